// FlowGraph: the data-flow graph built from practices. Plain bundled structs on a
// boost::adjacency_list; queries are free functions (graph/queries.h).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "model/ontology.h"
#include "model/practice.h"

namespace consentflow {

enum class NodeKind { Party, DataType, Purpose, Region };
enum class EdgeKind {
  Collects,  // party -> data type
  FlowsTo,   // data type -> receiving party (share, entrust, transfer, disclose, sell)
  UsedFor,   // data type -> purpose
  Subsumes,  // broader data type -> narrower data type (ontology parent)
  StoredIn,  // data type -> region (e.g. "abroad")
};

std::string to_string(NodeKind kind);  // "party" | "data" | "purpose" | "region"
std::string to_string(EdgeKind kind);  // "collects" | "flows-to" | "used-for" | "subsumes" | "stored-in"

// Orders consent kinds so an edge can keep the strongest one stated for it:
// separate > explicit > prior > legal exception > opt-out > deemed > none stated.
int consent_strength(ConsentKind consent);

struct Node {
  NodeKind kind = NodeKind::Party;
  std::string id;     // unique across kinds: "party:talkingdata", "data:imei", "purpose:analytics", "region:abroad"
  std::string label;  // display name ("TalkingData", "IMEI", "统计分析", "境外")
  PartyKind party_kind = PartyKind::FirstParty;  // for parties
  std::string country;                           // for parties, when known
  bool sensitive = false;                        // for data types
};

// A reference to the practice behind an edge: the analysed input it comes from
// (0 = main file, 1 = --agreement file) and the practice id within it.
struct PracticeRef {
  int source = 0;
  std::string practice;  // Practice::id
  friend bool operator==(const PracticeRef&, const PracticeRef&) = default;
  friend auto operator<=>(const PracticeRef&, const PracticeRef&) = default;
};

struct Edge {
  EdgeKind kind = EdgeKind::Collects;
  std::vector<PracticeRef> practices;  // sorted, unique
  ConsentKind consent = ConsentKind::NoneStated;  // strongest consent stated for the flow
  bool cross_border = false;
};

using FlowGraphBase = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = FlowGraphBase::vertex_descriptor;
using EdgeHandle = FlowGraphBase::edge_descriptor;

class FlowGraph {
 public:
  FlowGraphBase& graph() { return graph_; }
  const FlowGraphBase& graph() const { return graph_; }

  // The vertex with this node id, adding `node` if absent (identical nodes merge).
  Vertex add_node(const Node& node);
  // Adds the practice to the edge source->target of `kind`, creating it if absent.
  EdgeHandle add_edge(Vertex source, Vertex target, EdgeKind kind, const PracticeRef& practice,
                      ConsentKind consent, bool cross_border);
  // An edge that no practice states but the ontology implies (subsumes).
  EdgeHandle add_structural_edge(Vertex source, Vertex target, EdgeKind kind);
  const Vertex* find(const std::string& node_id) const;  // nullptr when absent
  std::size_t node_count() const { return boost::num_vertices(graph_); }
  std::size_t edge_count() const { return boost::num_edges(graph_); }

 private:
  FlowGraphBase graph_;
  std::map<std::string, Vertex> index_;
};


}  // namespace consentflow
