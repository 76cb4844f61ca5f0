#include "graph/queries.h"

#include <algorithm>
#include <set>

#include "graph/build_graph.h"

namespace consentflow {
namespace {

bool is_foreign(const Node& party) { return !party.country.empty() && party.country != "CN"; }

template <class Keep>
std::vector<Flow> flows_where(const FlowGraph& graph, Keep keep) {
  std::vector<Flow> kept;
  for (const Flow& flow : flows(graph))
    if (keep(flow)) kept.push_back(flow);
  return kept;
}

// The data vertex and every broader type above it (through subsumes edges).
std::set<Vertex> with_ancestors(const FlowGraphBase& g, Vertex data) {
  std::set<Vertex> seen{data};
  std::vector<Vertex> pending{data};
  while (!pending.empty()) {
    const Vertex current = pending.back();
    pending.pop_back();
    for (auto [it, end] = boost::in_edges(current, g); it != end; ++it)
      if (g[*it].kind == EdgeKind::Subsumes && seen.insert(boost::source(*it, g)).second)
        pending.push_back(boost::source(*it, g));
  }
  return seen;
}

std::vector<std::string> sorted_ids(const FlowGraphBase& g, const std::set<Vertex>& vertices) {
  std::vector<std::string> ids;
  for (Vertex vertex : vertices) ids.push_back(g[vertex].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::vector<Flow> flows(const FlowGraph& graph) {
  const FlowGraphBase& g = graph.graph();
  std::vector<Flow> found;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const Vertex source = boost::source(*it, g);
    const Vertex target = boost::target(*it, g);
    if (g[*it].kind == EdgeKind::FlowsTo)
      found.push_back({source, target, *it});
    else if (g[*it].kind == EdgeKind::Collects && g[source].party_kind != PartyKind::FirstParty &&
             g[source].party_kind != PartyKind::User)
      found.push_back({target, source, *it});
  }
  return found;
}

std::vector<std::string> recipients_of(const FlowGraph& graph, const std::string& data_node_id) {
  const Vertex* data = graph.find(data_node_id);
  if (!data) return {};
  const FlowGraphBase& g = graph.graph();
  const std::set<Vertex> covering = with_ancestors(g, *data);
  std::set<Vertex> parties;
  for (const Flow& flow : flows(graph))
    if (covering.count(flow.data)) parties.insert(flow.party);
  return sorted_ids(g, parties);
}

std::vector<std::string> data_reaching(const FlowGraph& graph, const std::string& party_node_id) {
  const Vertex* party = graph.find(party_node_id);
  if (!party) return {};
  std::set<Vertex> data;
  for (const Flow& flow : flows(graph))
    if (flow.party == *party) data.insert(flow.data);
  return sorted_ids(graph.graph(), data);
}

std::vector<Flow> flows_without_consent(const FlowGraph& graph) {
  return flows_where(graph, [&](const Flow& flow) {
    return graph.graph()[flow.edge].consent == ConsentKind::NoneStated;
  });
}

std::vector<Flow> cross_border_flows(const FlowGraph& graph) {
  return flows_where(graph, [&](const Flow& flow) {
    return graph.graph()[flow.edge].cross_border || is_foreign(graph.graph()[flow.party]);
  });
}

std::vector<Flow> sdk_flows(const FlowGraph& graph) {
  return flows_where(graph, [&](const Flow& flow) {
    return graph.graph()[flow.party].party_kind == PartyKind::Sdk;
  });
}

std::vector<Vertex> data_stored_abroad(const FlowGraph& graph) {
  const FlowGraphBase& g = graph.graph();
  std::vector<Vertex> stored;
  const Vertex* abroad = graph.find(kAbroadNodeId);
  if (!abroad) return stored;
  for (auto [it, end] = boost::in_edges(*abroad, g); it != end; ++it)
    if (g[*it].kind == EdgeKind::StoredIn) stored.push_back(boost::source(*it, g));
  return stored;
}

}  // namespace consentflow
