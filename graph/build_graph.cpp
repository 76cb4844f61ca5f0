#include "graph/build_graph.h"

#include <optional>

namespace consentflow {
namespace {

// A recipient the text leaves unnamed ("向第三方披露") still receives the data.
PartyMention unnamed_recipient() {
  PartyMention party;
  party.id = "third_party";
  party.name = "第三方";
  party.kind = PartyKind::UnnamedPartner;
  return party;
}

Node party_node(const PartyMention& party, const Ontology& ontology) {
  Node node;
  node.kind = NodeKind::Party;
  node.id = party_node_id(party);
  node.party_kind = party.kind;
  node.label = party.name;
  if (const Party* known = ontology.party(party.id)) {
    if (node.label.empty()) node.label = known->name;
    node.country = known->country;
  }
  if (node.label.empty()) node.label = party.id.empty() ? to_string(party.kind) : party.id;
  return node;
}

Node data_node(const std::string& data_type, const Ontology& ontology) {
  Node node;
  node.kind = NodeKind::DataType;
  node.id = data_node_id(data_type);
  node.label = data_type;
  if (const DataType* known = ontology.data_type(data_type)) {
    node.label = known->zh.empty() ? known->en : known->zh;
    node.sensitive = known->sensitivity == Sensitivity::Sensitive;
  }
  return node;
}

Node purpose_node(const std::string& purpose, const Ontology& ontology) {
  Node node;
  node.kind = NodeKind::Purpose;
  node.id = purpose_node_id(purpose);
  node.label = purpose;
  if (const Purpose* known = ontology.purpose(purpose))
    node.label = known->zh.empty() ? known->en : known->zh;
  return node;
}

Node abroad_node() {
  Node node;
  node.kind = NodeKind::Region;
  node.id = kAbroadNodeId;
  node.label = "境外";
  return node;
}

bool is_collection(Action action) {
  return action == Action::Collect || action == Action::Cookie;
}

void add_practice(FlowGraph& graph, const Practice& practice, int source,
                  const Ontology& ontology) {
  const PracticeRef ref{source, practice.id};
  std::optional<Vertex> actor;
  if (is_collection(practice.action) && !practice.data.empty())
    actor = graph.add_node(party_node(practice.actor, ontology));
  std::optional<Vertex> recipient;
  if (is_outward_flow(practice.action) && !practice.data.empty())
    recipient = graph.add_node(
        party_node(recipient_of(practice), ontology));

  for (const DataMention& mention : practice.data) {
    const Vertex data = graph.add_node(data_node(mention.id, ontology));
    if (actor)
      graph.add_edge(*actor, data, EdgeKind::Collects, ref, practice.consent, practice.cross_border);
    if (recipient)
      graph.add_edge(data, *recipient, EdgeKind::FlowsTo, ref, practice.consent,
                     practice.cross_border);
    for (const PurposeMention& purpose : practice.purposes)
      graph.add_edge(data, graph.add_node(purpose_node(purpose.id, ontology)), EdgeKind::UsedFor,
                     ref, practice.consent, practice.cross_border);
    if (practice.cross_border)
      graph.add_edge(data, graph.add_node(abroad_node()), EdgeKind::StoredIn, ref,
                     practice.consent, true);
  }
}

// Links each data type to its nearest broader type present in the graph.
void add_subsumption(FlowGraph& graph, const Ontology& ontology) {
  std::vector<std::pair<Vertex, std::string>> data_nodes;
  for (auto [it, end] = boost::vertices(graph.graph()); it != end; ++it)
    if (graph.graph()[*it].kind == NodeKind::DataType)
      data_nodes.emplace_back(*it, graph.graph()[*it].id.substr(5));
  for (const auto& [vertex, id] : data_nodes) {
    const DataType* type = ontology.data_type(id);
    // Walk up the parents; the ontology is validated acyclic, the bound guards anyway.
    for (int depth = 0; type && !type->parent.empty() && depth < 64; ++depth) {
      if (const Vertex* parent = graph.find(data_node_id(type->parent))) {
        graph.add_structural_edge(*parent, vertex, EdgeKind::Subsumes);
        break;
      }
      type = ontology.data_type(type->parent);
    }
  }
}

}  // namespace

PartyMention recipient_of(const Practice& practice) {
  return practice.recipient ? *practice.recipient : unnamed_recipient();
}

std::string party_node_id(const PartyMention& party) {
  return "party:" + (party.id.empty() ? to_string(party.kind) : party.id);
}

std::string data_node_id(const std::string& data_type) { return "data:" + data_type; }

std::string purpose_node_id(const std::string& purpose) { return "purpose:" + purpose; }

bool is_outward_flow(Action action) {
  return action == Action::Share || action == Action::Entrust || action == Action::Transfer ||
         action == Action::Disclose || action == Action::Sell;
}

FlowGraph build_graph(const std::vector<const Analysis*>& sources, const Ontology& ontology) {
  FlowGraph graph;
  for (std::size_t source = 0; source < sources.size(); ++source)
    for (const Practice& practice : sources[source]->practices)
      if (!practice.negated)
        add_practice(graph, practice, static_cast<int>(source), ontology);
  add_subsumption(graph, ontology);
  return graph;
}

}  // namespace consentflow
