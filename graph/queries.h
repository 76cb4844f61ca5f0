// Questions asked of the flow graph; free functions over FlowGraph.
#pragma once

#include <string>
#include <vector>

#include "graph/flow_graph.h"

namespace consentflow {

// Personal data reaching a party: a flows-to edge (data -> party), or a collects
// edge whose collector is not the first party (an SDK collecting through the app).
struct Flow {
  Vertex data;
  Vertex party;
  EdgeHandle edge;
};

// Every flow of the graph, in vertex order.
std::vector<Flow> flows(const FlowGraph& graph);

// Node ids of the parties receiving `data_node_id` itself or a broader type that
// subsumes it ("设备信息" reaching X means X receives IMEI too); sorted.
std::vector<std::string> recipients_of(const FlowGraph& graph, const std::string& data_node_id);

// Node ids of the data types reaching `party_node_id`; sorted.
std::vector<std::string> data_reaching(const FlowGraph& graph, const std::string& party_node_id);

// Flows for which the text states no consent at all.
std::vector<Flow> flows_without_consent(const FlowGraph& graph);

// Flows the text marks as leaving the country, and flows to a party the ontology
// places outside China (presumptive transfers: Google, Facebook, AppsFlyer…).
std::vector<Flow> cross_border_flows(const FlowGraph& graph);

// Flows reaching an SDK.
std::vector<Flow> sdk_flows(const FlowGraph& graph);

// Data types stored abroad (a stored-in edge to "region:abroad").
std::vector<Vertex> data_stored_abroad(const FlowGraph& graph);

}  // namespace consentflow
