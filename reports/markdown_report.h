// A Markdown report fit for a pull-request comment: a summary table per pack,
// the data flows, and the findings by severity with their references and the
// policy's own words as file:line:column.
#pragma once

#include <ostream>
#include <vector>

#include "graph/flow_graph.h"
#include "model/analysis.h"
#include "model/finding.h"

namespace consentflow {

void write_markdown_report(std::ostream& out, const std::vector<const Analysis*>& sources,
                           const FlowGraph& graph, const std::vector<Finding>& findings,
                           const std::vector<CheckInfo>& checks);

}  // namespace consentflow
