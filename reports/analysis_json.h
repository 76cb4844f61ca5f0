// The `analyze --format json` object, in DESIGN.md's shape and key order:
// {"file", "documents", "practices", "graph", "findings", "summary"}, followed by
// "statements" (retention, rights, contact, … with their evidence).
#pragma once

#include <vector>

#include "graph/flow_graph.h"
#include "model/analysis.h"
#include "model/finding.h"
#include "reports/json_span.h"

namespace consentflow {

// One document without its clauses: {"kind", "title", "start", "end"}.
Json document_json(const Document& document);

// One practice: {"id", "action", "actor", "data", "recipient", "purposes", "consent",
// "condition", "negated", "cross_border", "evidence"}, then "document" and "clause".
Json practice_json(const Analysis& analysis, const Practice& practice);

Json statement_json(const Analysis& analysis, const Statement& statement);

// `sources[0]` is the main file; documents and practices of other inputs (the
// --agreement file) carry "file" and their practice ids are prefixed "1:".
Json analysis_json(const std::vector<const Analysis*>& sources, const FlowGraph& graph,
                   const std::vector<Finding>& findings);

}  // namespace consentflow
