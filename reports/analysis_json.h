// The `analyze --format json` object, in DESIGN.md's shape and key order:
// {"file", "documents", "practices", "graph", "findings", "summary"}, followed by
// "statements" (retention, rights, contact, … with their evidence).
#pragma once

#include <string>
#include <vector>

#include "graph/flow_graph.h"
#include "model/analysis.h"
#include "model/finding.h"
#include "reports/json_writer.h"

namespace consentflow {

// Documents are {"kind", "title", "start", "end"}; practices {"id", "action", "actor",
// "data", "recipient", "purposes", "consent", "condition", "negated", "cross_border",
// "evidence", "document", "clause"} and "basis" when stated; statements {"kind",
// "detail", "value", "document", "clause", "evidence"}.
// `sources[0]` is the main file; documents, practices and statements of other inputs
// (the --agreement file) carry "file" and their practice ids are prefixed "1:".
// Writes the members into the object `out` has open, so callers can put their own first.
void write_analysis_members(JsonWriter& out, const std::vector<const Analysis*>& sources, const FlowGraph& graph,
                            const std::vector<Finding>& findings);

// The whole object as text; `indent` as for JsonWriter (-1 compact).
std::string analysis_json(const std::vector<const Analysis*>& sources, const FlowGraph& graph,
                          const std::vector<Finding>& findings, int indent = -1);

}  // namespace consentflow
