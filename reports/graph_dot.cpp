#include "reports/graph_dot.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "graph/queries.h"

namespace consentflow {
namespace {

// Beyond this many data types an edge label groups them under their parents.
constexpr std::size_t kMaxListedData = 5;

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";  // a line break inside a DOT label
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string data_label(const Ontology& ontology, const std::string& id) {
  const DataType* type = ontology.data_type(id);
  return type ? type->zh : id;
}

// "IMEI, IDFA, 设备型号" or, when long, "设备信息 (IMEI, IDFA, +6)\n位置信息 (…)".
std::string data_summary(const Ontology& ontology, const std::set<std::string>& data) {
  std::ostringstream out;
  if (data.size() <= kMaxListedData) {
    bool first = true;
    for (const std::string& id : data) {
      out << (first ? "" : ", ") << data_label(ontology, id);
      first = false;
    }
    return out.str();
  }
  std::map<std::string, std::vector<std::string>> by_root;
  for (const std::string& id : data) {
    const DataType* type = ontology.data_type(id);
    std::string root = id;
    // Group under the child of the top root (设备信息, 位置信息 …), not under 个人信息 itself.
    while (type && !type->parent.empty() && type->parent != "personal_info") {
      root = type->parent;
      type = ontology.data_type(type->parent);
    }
    by_root[root].push_back(id);
  }
  // Identifiers first: they are what makes a flow track a person.
  for (auto& [root, members] : by_root)
    std::stable_partition(members.begin(), members.end(),
                          [&](const std::string& id) { return ontology.data_subsumes("device_id", id); });
  bool first_group = true;
  for (const auto& [root, members] : by_root) {
    out << (first_group ? "" : "\n") << data_label(ontology, root);
    first_group = false;
    if (members.size() == 1 && members.front() == root) continue;
    out << " (";
    for (std::size_t i = 0; i < members.size() && i < 3; ++i) out << (i ? ", " : "") << data_label(ontology, members[i]);
    if (members.size() > 3) out << ", +" << members.size() - 3;
    out << ")";
  }
  return out.str();
}

struct Cluster {
  const char* name;
  const char* label;
  const char* colour;
};

Cluster cluster_of(PartyKind kind) {
  switch (kind) {
    case PartyKind::FirstParty: return {"first_party", "第一方 first party", "#e8f1fb"};
    case PartyKind::Affiliate: return {"affiliates", "关联公司 affiliates", "#eef7ee"};
    case PartyKind::Sdk: return {"sdks", "SDK", "#fff4e5"};
    case PartyKind::NamedThirdParty: return {"named", "第三方 named third parties", "#f3eefb"};
    case PartyKind::UnnamedPartner: return {"unnamed", "未具名第三方 unnamed partners", "#f5f5f5"};
    case PartyKind::Authority: return {"authorities", "机关 authorities", "#eef6f6"};
    case PartyKind::Public: return {"public", "公众 the public", "#fbeeee"};
    case PartyKind::User: return {"user", "用户 user", "#ffffff"};
  }
  return {"other", "other", "#ffffff"};
}

struct EdgeFacts {
  std::set<std::string> data;
  std::set<std::string> purposes;
  bool without_consent = false;
  bool cross_border = false;
};

}  // namespace

std::string graph_dot(const FlowGraph& graph, const Ontology& ontology) {
  const FlowGraphBase& g = graph.graph();
  std::map<std::string, EdgeFacts> received;  // by recipient party node id
  for (const Flow& flow : flows(graph)) {
    EdgeFacts& facts = received[g[flow.party].id];
    facts.data.insert(g[flow.data].id.substr(5));
    facts.without_consent |= g[flow.edge].consent == ConsentKind::NoneStated;
    facts.cross_border |= g[flow.edge].cross_border;
    for (auto [it, end] = boost::out_edges(flow.data, g); it != end; ++it)
      if (g[*it].kind == EdgeKind::UsedFor) facts.purposes.insert(g[boost::target(*it, g)].label);
  }
  // What the first party itself collects (collects edges from a first-party node).
  EdgeFacts collected;
  std::string first_party_id = "party:first_party";
  std::string first_party_label = "我们";
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const Node& source = g[boost::source(*it, g)];
    if (g[*it].kind != EdgeKind::Collects || source.party_kind != PartyKind::FirstParty) continue;
    first_party_id = source.id;
    first_party_label = source.label;
    collected.data.insert(g[boost::target(*it, g)].id.substr(5));
    collected.without_consent |= g[*it].consent == ConsentKind::NoneStated;
  }
  std::vector<Vertex> abroad = data_stored_abroad(graph);

  std::ostringstream dot;
  dot << "digraph consentflow {\n"
      << "  graph [rankdir=LR, fontname=\"WenQuanYi Zen Hei,Noto Sans CJK SC,sans-serif\", fontsize=12, nodesep=0.4, ranksep=1.2];\n"
      << "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"WenQuanYi Zen Hei,Noto Sans CJK SC,sans-serif\", fontsize=12];\n"
      << "  edge [fontname=\"WenQuanYi Zen Hei,Noto Sans CJK SC,sans-serif\", fontsize=10, color=\"#3b6ea5\"];\n";
  // Parties, in clusters by kind, sorted by id.
  std::map<std::string, std::vector<const Node*>> clusters;
  std::set<std::string> drawn = {first_party_id};
  for (const auto& [id, facts] : received) clusters[cluster_of(g[*graph.find(id)].party_kind).name].push_back(&g[*graph.find(id)]);
  dot << "  subgraph cluster_first_party { label=\"" << cluster_of(PartyKind::FirstParty).label
      << "\"; style=filled; color=\"" << cluster_of(PartyKind::FirstParty).colour << "\";\n"
      << "    \"" << escaped(first_party_id) << "\" [label=\"" << escaped(first_party_label) << "\", fillcolor=\"#cfe2f7\"];\n  }\n";
  dot << "  \"user\" [label=\"用户 (you)\", shape=ellipse];\n";
  for (const auto& [name, nodes] : clusters) {
    if (nodes.empty()) continue;
    const Cluster cluster = cluster_of(nodes.front()->party_kind);
    dot << "  subgraph cluster_" << name << " { label=\"" << cluster.label << "\"; style=filled; color=\"" << cluster.colour
        << "\";\n";
    for (const Node* node : nodes) {
      if (!drawn.insert(node->id).second) continue;
      dot << "    \"" << escaped(node->id) << "\" [label=\"" << escaped(node->label)
          << (node->country.empty() ? "" : " [" + node->country + "]") << "\"];\n";
    }
    dot << "  }\n";
  }
  if (!abroad.empty())
    dot << "  subgraph cluster_abroad { label=\"境外 abroad\"; style=filled; color=\"#fdecea\";\n"
        << "    \"region:abroad\" [label=\"境外服务器 servers abroad\", shape=cylinder];\n  }\n";
  // Edges: the user's data into the first party, then out to every recipient.
  if (!collected.data.empty())
    dot << "  \"user\" -> \"" << escaped(first_party_id) << "\" [label=\"" << escaped(data_summary(ontology, collected.data))
        << "\"" << (collected.without_consent ? ", color=\"#c0392b\", style=dashed" : "") << "];\n";
  for (const auto& [id, facts] : received) {
    std::string label = data_summary(ontology, facts.data);
    if (!facts.purposes.empty()) {
      label += "\n用于 ";
      bool first = true;
      for (const std::string& purpose : facts.purposes) {
        label += (first ? "" : "、") + purpose;
        first = false;
      }
    }
    if (facts.without_consent) label += "\n未说明同意 no consent stated";
    dot << "  \"" << escaped(first_party_id) << "\" -> \"" << escaped(id) << "\" [label=\"" << escaped(label) << "\""
        << (facts.without_consent ? ", color=\"#c0392b\", fontcolor=\"#c0392b\", style=dashed, penwidth=2" : "")
        << "];\n";
  }
  if (!abroad.empty()) {
    std::set<std::string> data;
    for (Vertex vertex : abroad) data.insert(g[vertex].id.substr(5));
    dot << "  \"" << escaped(first_party_id) << "\" -> \"region:abroad\" [label=\"" << escaped(data_summary(ontology, data))
        << "\", color=\"#c0392b\", style=dashed];\n";
  }
  dot << "  subgraph cluster_legend { label=\"图例 legend\"; style=dashed; color=\"#999999\"; fontsize=10;\n"
      << "    legend_ok [label=\"已说明同意 consent stated\", shape=plaintext, fillcolor=none];\n"
      << "    legend_no [label=\"未说明同意 no consent stated\", shape=plaintext, fontcolor=\"#c0392b\", fillcolor=none];\n"
      << "  }\n}\n";
  return dot.str();
}

}  // namespace consentflow
