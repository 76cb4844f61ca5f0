// The data-flow diagram as Graphviz DOT: who receives which personal data from
// the policy's handler. Parties sit in clusters (first party, SDKs, named third
// parties, unnamed partners, authorities, abroad); an edge carries the data it
// moves, grouped under the broader type when long ("设备信息 (IMEI, IDFA, +6)"),
// and its purposes; a flow with no consent stated is red and dashed. Output is
// sorted, so the same graph always gives the same bytes.
#pragma once

#include <string>

#include "graph/flow_graph.h"
#include "model/ontology.h"

namespace consentflow {

std::string graph_dot(const FlowGraph& graph, const Ontology& ontology);

}  // namespace consentflow
