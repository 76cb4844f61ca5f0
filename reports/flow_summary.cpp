#include "reports/flow_summary.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/queries.h"

namespace consentflow {
namespace {

struct PartyFlows {
  std::set<std::string> data;  // labels, sorted
  bool some_without_consent = false;
  bool cross_border = false;
};

std::string joined(const std::set<std::string>& labels, std::size_t shown) {
  std::string text;
  std::size_t count = 0;
  for (const std::string& label : labels) {
    if (count++ == shown) return text + " +" + std::to_string(labels.size() - shown);
    text += (text.empty() ? "" : ", ") + label;
  }
  return text;
}

}  // namespace

void write_flow_summary(std::ostream& out, const FlowGraph& graph) {
  const FlowGraphBase& g = graph.graph();
  std::map<std::string, PartyFlows> by_party;  // key: party node id, for a stable order
  for (const Flow& flow : flows(graph)) {
    PartyFlows& party = by_party[g[flow.party].id];
    party.data.insert(g[flow.data].label);
    party.some_without_consent |= g[flow.edge].consent == ConsentKind::NoneStated;
    party.cross_border |= g[flow.edge].cross_border;
  }
  out << "Data flows to other parties: " << by_party.size() << "\n";
  for (const auto& [id, party] : by_party) {
    const Node& node = g[*graph.find(id)];
    out << "  " << node.label << " [" << to_string(node.party_kind)
        << (node.country.empty() ? "" : ", " + node.country) << "] ← " << joined(party.data, 8);
    if (party.some_without_consent) out << "  (no consent stated)";
    if (party.cross_border) out << "  (cross-border)";
    out << "\n";
  }
  out << "\n";
}

}  // namespace consentflow
