#include "reports/graph_json.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace consentflow {

std::string practice_ref_label(const PracticeRef& ref) {
  return ref.source == 0 ? ref.practice : std::to_string(ref.source) + ":" + ref.practice;
}

void write_graph(JsonWriter& out, const FlowGraph& graph) {
  const FlowGraphBase& g = graph.graph();
  std::vector<const Node*> nodes;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) nodes.push_back(&g[*it]);
  std::sort(nodes.begin(), nodes.end(), [](const Node* a, const Node* b) { return a->id < b->id; });

  // Edges sorted by (source id, target id, kind), the keys made once.
  struct SortedEdge {
    const std::string* source;
    const std::string* target;
    std::string kind;
    EdgeHandle edge;
  };
  std::vector<SortedEdge> edges;
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    edges.push_back({&g[boost::source(*it, g)].id, &g[boost::target(*it, g)].id, to_string(g[*it].kind), *it});
  std::sort(edges.begin(), edges.end(), [](const SortedEdge& a, const SortedEdge& b) {
    return std::tie(*a.source, *a.target, a.kind) < std::tie(*b.source, *b.target, b.kind);
  });

  out.begin_object().key("nodes").begin_array();
  for (const Node* node : nodes)
    out.begin_object().field("id", node->id).field("kind", to_string(node->kind)).field("label", node->label).end_object();
  out.end_array().key("edges").begin_array();
  for (const SortedEdge& edge : edges) {
    out.begin_object()
        .field("source", *edge.source)
        .field("target", *edge.target)
        .field("kind", edge.kind)
        .key("practices")
        .begin_array();
    for (const PracticeRef& ref : g[edge.edge].practices) out.value(practice_ref_label(ref));
    out.end_array().end_object();
  }
  out.end_array().end_object();
}

std::string graph_json(const FlowGraph& graph, int indent) {
  JsonWriter out(indent);
  write_graph(out, graph);
  return out.take();
}

}  // namespace consentflow
