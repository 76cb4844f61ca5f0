// Builds the data-flow graph from the practices of the analysed inputs.
#pragma once

#include <string>
#include <vector>

#include "graph/flow_graph.h"
#include "model/analysis.h"
#include "model/ontology.h"

namespace consentflow {

// Node ids, shared by the builder, the queries and the checks.
std::string party_node_id(const PartyMention& party);  // "party:talkingdata"
std::string data_node_id(const std::string& data_type);  // "data:imei"
std::string purpose_node_id(const std::string& purpose);  // "purpose:analytics"
inline constexpr const char* kAbroadNodeId = "region:abroad";

// Who receives an outward practice's data: its recipient, or an unnamed third
// party when the text names none ("向第三方披露").
PartyMention recipient_of(const Practice& practice);

// True for the actions that hand data to someone else (share, entrust, transfer,
// disclose, sell).
bool is_outward_flow(Action action);

// `sources[i]` is the analysed input i (0 = main file, 1 = --agreement file).
// Negated practices ("不会…") add nothing; identical nodes merge; each edge keeps
// the practices stating it and the strongest consent among them.
FlowGraph build_graph(const std::vector<const Analysis*>& sources, const Ontology& ontology);

}  // namespace consentflow
