// The data flows of a graph as readable text, one line per receiving party:
// "TalkingData [sdk, CN] ← IMEI, IDFA, … (no consent stated)". The text report
// starts with it so a reader sees who gets what before the findings.
#pragma once

#include <ostream>

#include "graph/flow_graph.h"

namespace consentflow {

void write_flow_summary(std::ostream& out, const FlowGraph& graph);

}  // namespace consentflow
