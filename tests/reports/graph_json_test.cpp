#include <catch2/catch.hpp>

#include "graph/build_graph.h"
#include "reports/graph_json.h"
#include "tests/support/hand_made.h"

using namespace consentflow;
namespace hm = consentflow::hand_made;

TEST_CASE("graph JSON lists nodes by id and edges by source, target and kind") {
  Analysis analysis = hm::policy("text");
  Practice share;
  share.id = "p2";
  share.action = Action::Share;
  share.actor = hm::first_party();
  share.data = {hm::data("imei"), hm::data("device_info")};
  share.recipient = hm::party("talkingdata", "TalkingData", PartyKind::Sdk);
  analysis.practices = {share};
  const std::string json = graph_json(build_graph({&analysis}, hm::ontology()));
  CHECK(json ==
        R"({"nodes":[{"id":"data:device_info","kind":"data","label":"设备信息"},)"
        R"({"id":"data:imei","kind":"data","label":"IMEI"},)"
        R"({"id":"party:talkingdata","kind":"party","label":"TalkingData"}],)"
        R"("edges":[{"source":"data:device_info","target":"data:imei","kind":"subsumes","practices":[]},)"
        R"({"source":"data:device_info","target":"party:talkingdata","kind":"flows-to","practices":["p2"]},)"
        R"({"source":"data:imei","target":"party:talkingdata","kind":"flows-to","practices":["p2"]}]})");
}

TEST_CASE("practices of another input are labelled with its index") {
  CHECK(practice_ref_label({0, "p3"}) == "p3");
  CHECK(practice_ref_label({1, "p3"}) == "1:p3");
}
