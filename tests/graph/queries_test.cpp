#include <catch2/catch.hpp>

#include "graph/build_graph.h"
#include "graph/queries.h"
#include "tests/support/hand_made.h"

using namespace consentflow;
namespace hm = consentflow::hand_made;

namespace {

Practice practice(std::string id, Action action, PartyMention actor, std::vector<std::string> data) {
  Practice made;
  made.id = std::move(id);
  made.action = action;
  made.actor = std::move(actor);
  for (auto& item : data) made.data.push_back(hm::data(item));
  return made;
}

// 我们 collects device info and IMEI; shares device info with partners (prior
// consent); an SDK (TalkingData) collects IDFA itself; Firebase (US) gets MAC.
FlowGraph sample_graph(Analysis& analysis) {
  Practice collect = practice("p1", Action::Collect, hm::first_party(), {"device_info", "imei"});
  Practice share = practice("p2", Action::Share, hm::first_party(), {"device_info"});
  share.recipient = hm::party("partners", "合作伙伴", PartyKind::UnnamedPartner);
  share.consent = ConsentKind::Prior;
  Practice sdk = practice("p3", Action::Collect, hm::party("talkingdata", "TalkingData", PartyKind::Sdk), {"idfa"});
  Practice foreign = practice("p4", Action::Share, hm::first_party(), {"mac_address"});
  foreign.recipient = hm::party("firebase", "Firebase", PartyKind::Sdk);
  analysis.practices = {collect, share, sdk, foreign};
  return build_graph({&analysis}, hm::ontology());
}

}  // namespace

TEST_CASE("recipients of a data type include those receiving a broader type") {
  Analysis analysis = hm::policy("text");
  const FlowGraph graph = sample_graph(analysis);
  CHECK(recipients_of(graph, "data:imei") == std::vector<std::string>{"party:partners"});
  CHECK(recipients_of(graph, "data:idfa") ==
        std::vector<std::string>{"party:partners", "party:talkingdata"});
  CHECK(recipients_of(graph, "data:device_info") == std::vector<std::string>{"party:partners"});
  CHECK(recipients_of(graph, "data:unknown").empty());
}

TEST_CASE("data reaching a party counts an SDK's own collection") {
  Analysis analysis = hm::policy("text");
  const FlowGraph graph = sample_graph(analysis);
  CHECK(data_reaching(graph, "party:talkingdata") == std::vector<std::string>{"data:idfa"});
  CHECK(data_reaching(graph, "party:partners") == std::vector<std::string>{"data:device_info"});
  CHECK(data_reaching(graph, "party:first_party").empty());
}

TEST_CASE("flows without consent, cross-border flows and SDK flows") {
  Analysis analysis = hm::policy("text");
  const FlowGraph graph = sample_graph(analysis);
  const auto& g = graph.graph();
  std::vector<std::string> without;
  for (const Flow& flow : flows_without_consent(graph)) without.push_back(g[flow.party].id);
  std::sort(without.begin(), without.end());
  CHECK(without == std::vector<std::string>{"party:firebase", "party:talkingdata"});

  const auto abroad = cross_border_flows(graph);
  REQUIRE(abroad.size() == 1);
  CHECK(g[abroad.front().party].id == "party:firebase");
  CHECK(g[abroad.front().data].id == "data:mac_address");

  CHECK(sdk_flows(graph).size() == 2);
  CHECK(data_stored_abroad(graph).empty());
}
