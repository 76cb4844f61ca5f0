#include <catch2/catch.hpp>

#include "graph/build_graph.h"
#include "tests/support/hand_made.h"

using namespace consentflow;
namespace hm = consentflow::hand_made;

namespace {

Practice sharing(std::string id, std::vector<std::string> data, PartyMention recipient,
                 ConsentKind consent = ConsentKind::NoneStated) {
  Practice practice;
  practice.id = std::move(id);
  practice.action = Action::Share;
  practice.actor = hm::first_party();
  for (auto& item : data) practice.data.push_back(hm::data(item));
  practice.recipient = std::move(recipient);
  practice.consent = consent;
  return practice;
}

bool has_edge(const FlowGraph& graph, const std::string& from, const std::string& to, EdgeKind kind) {
  const Vertex* source = graph.find(from);
  const Vertex* target = graph.find(to);
  if (!source || !target) return false;
  for (auto [it, end] = boost::out_edges(*source, graph.graph()); it != end; ++it)
    if (boost::target(*it, graph.graph()) == *target && graph.graph()[*it].kind == kind) return true;
  return false;
}

}  // namespace

TEST_CASE("a shared data type flows to its recipient and the sharer collects nothing") {
  const Ontology ontology = hm::ontology();
  Analysis analysis = hm::policy("我们会与TalkingData共享IMEI。");
  analysis.practices.push_back(
      sharing("p1", {"imei"}, hm::party("talkingdata", "TalkingData", PartyKind::Sdk)));
  const FlowGraph graph = build_graph({&analysis}, ontology);
  CHECK(has_edge(graph, "data:imei", "party:talkingdata", EdgeKind::FlowsTo));
  CHECK_FALSE(has_edge(graph, "party:first_party", "data:imei", EdgeKind::Collects));
  REQUIRE(graph.find("party:talkingdata"));
  const Node& sdk = graph.graph()[*graph.find("party:talkingdata")];
  CHECK(sdk.party_kind == PartyKind::Sdk);
  CHECK(sdk.country == "CN");
  CHECK(graph.graph()[*graph.find("data:imei")].label == "IMEI");
}

TEST_CASE("negated practices add no edges") {
  Analysis analysis = hm::policy("我们不会向第三方出售您的手机号码。");
  Practice sold = sharing("p1", {"phone_number"}, hm::party("third_party", "第三方", PartyKind::UnnamedPartner));
  sold.action = Action::Sell;
  sold.negated = true;
  analysis.practices.push_back(sold);
  const FlowGraph graph = build_graph({&analysis}, hm::ontology());
  CHECK(graph.edge_count() == 0);
  CHECK(graph.node_count() == 0);
}

TEST_CASE("identical nodes merge and an edge keeps every practice and the strongest consent") {
  Analysis analysis = hm::policy("text");
  const PartyMention partner = hm::party("partners", "合作伙伴", PartyKind::UnnamedPartner);
  analysis.practices.push_back(sharing("p2", {"imei"}, partner, ConsentKind::Deemed));
  analysis.practices.push_back(sharing("p1", {"imei"}, partner, ConsentKind::Separate));
  analysis.practices.push_back(sharing("p3", {"imei"}, partner, ConsentKind::NoneStated));
  const FlowGraph graph = build_graph({&analysis}, hm::ontology());
  CHECK(graph.node_count() == 2);
  REQUIRE(graph.edge_count() == 1);
  const Edge& edge = graph.graph()[*boost::edges(graph.graph()).first];
  CHECK(edge.consent == ConsentKind::Separate);
  CHECK(edge.practices == std::vector<PracticeRef>{{0, "p1"}, {0, "p2"}, {0, "p3"}});
}

TEST_CASE("collection, purposes, cross-border storage and subsumption become edges") {
  Analysis analysis = hm::policy("text");
  Practice collect;
  collect.id = "p1";
  collect.action = Action::Collect;
  collect.actor = hm::first_party();
  collect.data = {hm::data("device_info"), hm::data("imei")};
  collect.purposes = {hm::purpose("analytics")};
  Practice store;
  store.id = "p2";
  store.action = Action::Store;
  store.actor = hm::first_party();
  store.data = {hm::data("imei")};
  store.cross_border = true;
  analysis.practices = {collect, store};
  const FlowGraph graph = build_graph({&analysis}, hm::ontology());
  CHECK(has_edge(graph, "party:first_party", "data:imei", EdgeKind::Collects));
  CHECK(has_edge(graph, "data:device_info", "purpose:analytics", EdgeKind::UsedFor));
  CHECK(has_edge(graph, "data:imei", "region:abroad", EdgeKind::StoredIn));
  CHECK(has_edge(graph, "data:device_info", "data:imei", EdgeKind::Subsumes));
  CHECK_FALSE(has_edge(graph, "data:device_info", "region:abroad", EdgeKind::StoredIn));
  CHECK(graph.graph()[*graph.find("purpose:analytics")].label == "统计分析");
}

TEST_CASE("a disclosure without a named recipient reaches an unnamed third party") {
  Analysis analysis = hm::policy("text");
  Practice disclose;
  disclose.id = "p1";
  disclose.action = Action::Disclose;
  disclose.actor = hm::first_party();
  disclose.data = {hm::data("phone_number")};
  analysis.practices = {disclose};
  const FlowGraph graph = build_graph({&analysis}, hm::ontology());
  CHECK(has_edge(graph, "data:phone_number", "party:third_party", EdgeKind::FlowsTo));
}

TEST_CASE("practices of the agreement file are referenced with their input index") {
  Analysis policy = hm::policy("text");
  Analysis agreement = hm::policy("text", DocumentKind::Agreement);
  agreement.practices.push_back(
      sharing("p1", {"registration_info"}, hm::party("partners", "合作伙伴", PartyKind::UnnamedPartner)));
  const FlowGraph graph = build_graph({&policy, &agreement}, hm::ontology());
  REQUIRE(graph.edge_count() == 1);
  CHECK(graph.graph()[*boost::edges(graph.graph()).first].practices ==
        std::vector<PracticeRef>{{1, "p1"}});
}
