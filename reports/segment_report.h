// The `segment` output: documents and their clause trees, as JSON in DESIGN.md's
// shape ({"file", "encoding", "documents": [{"kind", "title", "start", "end",
// "clauses": [{"number", "heading", "start", "end", "children"}]}]}) or as an
// indented text tree with line:column.
#pragma once

#include <ostream>

#include "model/analysis.h"
#include "reports/json_span.h"

namespace consentflow {

Json segment_json(const Analysis& analysis);
void write_segment_text(std::ostream& out, const Analysis& analysis);

}  // namespace consentflow
