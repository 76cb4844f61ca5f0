#include "graph/flow_graph.h"

#include <algorithm>

namespace consentflow {

std::string to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::Party: return "party";
    case NodeKind::DataType: return "data";
    case NodeKind::Purpose: return "purpose";
    case NodeKind::Region: return "region";
  }
  return "party";
}

std::string to_string(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Collects: return "collects";
    case EdgeKind::FlowsTo: return "flows-to";
    case EdgeKind::UsedFor: return "used-for";
    case EdgeKind::Subsumes: return "subsumes";
    case EdgeKind::StoredIn: return "stored-in";
  }
  return "collects";
}

int consent_strength(ConsentKind consent) {
  switch (consent) {
    case ConsentKind::Separate: return 6;
    case ConsentKind::Explicit: return 5;
    case ConsentKind::Prior: return 4;
    case ConsentKind::LegalException: return 3;
    case ConsentKind::OptOut: return 2;
    case ConsentKind::Deemed: return 1;
    case ConsentKind::NoneStated: return 0;
  }
  return 0;
}

Vertex FlowGraph::add_node(const Node& node) {
  if (auto found = index_.find(node.id); found != index_.end()) return found->second;
  const Vertex vertex = boost::add_vertex(node, graph_);
  index_.emplace(node.id, vertex);
  return vertex;
}

EdgeHandle FlowGraph::add_edge(Vertex source, Vertex target, EdgeKind kind,
                               const PracticeRef& practice, ConsentKind consent,
                               bool cross_border) {
  const EdgeHandle edge = add_structural_edge(source, target, kind);
  Edge& bundle = graph_[edge];
  auto at = std::lower_bound(bundle.practices.begin(), bundle.practices.end(), practice);
  if (at == bundle.practices.end() || *at != practice) bundle.practices.insert(at, practice);
  if (consent_strength(consent) > consent_strength(bundle.consent)) bundle.consent = consent;
  bundle.cross_border = bundle.cross_border || cross_border;
  return edge;
}

EdgeHandle FlowGraph::add_structural_edge(Vertex source, Vertex target, EdgeKind kind) {
  for (auto [it, end] = boost::out_edges(source, graph_); it != end; ++it)
    if (boost::target(*it, graph_) == target && graph_[*it].kind == kind) return *it;
  Edge bundle;
  bundle.kind = kind;
  return boost::add_edge(source, target, bundle, graph_).first;
}

const Vertex* FlowGraph::find(const std::string& node_id) const {
  auto found = index_.find(node_id);
  return found == index_.end() ? nullptr : &found->second;
}

}  // namespace consentflow
