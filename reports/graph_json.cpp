#include "reports/graph_json.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace consentflow {

std::string practice_ref_label(const PracticeRef& ref) {
  return ref.source == 0 ? ref.practice : std::to_string(ref.source) + ":" + ref.practice;
}

Json graph_json(const FlowGraph& graph) {
  const FlowGraphBase& g = graph.graph();
  std::vector<const Node*> nodes;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) nodes.push_back(&g[*it]);
  std::sort(nodes.begin(), nodes.end(), [](const Node* a, const Node* b) { return a->id < b->id; });

  std::vector<EdgeHandle> edges;
  for (auto [it, end] = boost::edges(g); it != end; ++it) edges.push_back(*it);
  auto key = [&](const EdgeHandle& e) {
    return std::make_tuple(g[boost::source(e, g)].id, g[boost::target(e, g)].id,
                           to_string(g[e].kind));
  };
  std::sort(edges.begin(), edges.end(),
            [&](const EdgeHandle& a, const EdgeHandle& b) { return key(a) < key(b); });

  Json json;
  json["nodes"] = Json::array();
  for (const Node* node : nodes)
    json["nodes"].push_back({{"id", node->id}, {"kind", to_string(node->kind)}, {"label", node->label}});
  json["edges"] = Json::array();
  for (const EdgeHandle& edge : edges) {
    Json practices = Json::array();
    for (const PracticeRef& ref : g[edge].practices) practices.push_back(practice_ref_label(ref));
    json["edges"].push_back({{"source", g[boost::source(edge, g)].id},
                             {"target", g[boost::target(edge, g)].id},
                             {"kind", to_string(g[edge].kind)},
                             {"practices", practices}});
  }
  return json;
}

}  // namespace consentflow
