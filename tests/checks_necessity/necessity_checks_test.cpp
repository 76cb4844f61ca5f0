// The necessity checks on hand-made collection practices: data outside the app
// type's necessary set whose refusal blocks the service, and mandatory
// collection justified by a vague purpose.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "checks/necessity/beyond_necessary.h"
#include "checks/necessity/vague_purpose.h"
#include "model/ontology.h"
#include "tests/support/hand_made.h"
#include "tests/support/source_ontology.h"

using namespace consentflow;

namespace {

// A messaging-like app type whose basic function needs only the phone number.
AppType phone_only_type() {
  AppType type;
  type.number = 3;
  type.id = "instant_messaging";
  type.zh = "即时通信类";
  type.necessary_data = {"phone_number"};
  return type;
}

// One policy sentence stating that the first party collects `data_ids`.
Analysis collecting(const std::string& sentence, const std::vector<std::string>& data_ids) {
  Analysis analysis = hand_made::policy(sentence);
  Practice practice;
  practice.id = "p1";
  practice.action = Action::Collect;
  practice.actor = hand_made::first_party();
  for (const std::string& id : data_ids) practice.data.push_back(hand_made::data(id));
  practice.evidence = {analysis.documents.front().sentences.front().span};
  analysis.practices.push_back(practice);
  return analysis;
}

std::vector<Finding> run(const Check& check, const Analysis& analysis, const AppType* type) {
  CheckInput input;
  input.sources = {&analysis};
  input.ontology = &testing::source_ontology();
  input.app_type = type;
  std::vector<Finding> findings;
  check.run(input, findings);
  return findings;
}

}  // namespace

TEST_CASE("collection outside the necessary set that blocks the service is found") {
  const AppType type = phone_only_type();
  const Analysis analysis = collecting("我们需要收集您的通讯录，如您拒绝提供，将无法使用本应用。", {"contacts"});
  const std::vector<Finding> findings = run(BeyondNecessaryCheck(), analysis, &type);
  REQUIRE(findings.size() == 1);
  CHECK(findings.front().check == "necessity-beyond-necessary");
  CHECK(findings.front().message_zh.find("通讯录") != std::string::npos);
  REQUIRE(!findings.front().evidence.empty());
}

TEST_CASE("beyond-necessary stays silent for necessary data, optional data and without an app type") {
  const AppType type = phone_only_type();
  const Analysis necessary = collecting("我们需要收集您的手机号码，如您拒绝提供，将无法使用本应用。", {"phone_number"});
  CHECK(run(BeyondNecessaryCheck(), necessary, &type).empty());
  const Analysis optional = collecting("我们会收集您的通讯录，您可以拒绝，拒绝不影响您使用其他功能。", {"contacts"});
  CHECK(run(BeyondNecessaryCheck(), optional, &type).empty());
  const Analysis blocking = collecting("我们需要收集您的通讯录，如您拒绝提供，将无法使用本应用。", {"contacts"});
  CHECK(run(BeyondNecessaryCheck(), blocking, nullptr).empty());
}

TEST_CASE("mandatory collection for improving the experience is a vague purpose") {
  const Analysis analysis =
      collecting("为改善用户体验，我们必须收集您的精确位置信息，否则您将无法使用本服务。", {"precise_location"});
  const std::vector<Finding> findings = run(VaguePurposeCheck(), analysis, nullptr);
  REQUIRE(findings.size() == 1);
  CHECK(findings.front().check == "necessity-vague-purpose");
}

TEST_CASE("optional collection for improving the experience is not flagged") {
  const Analysis analysis =
      collecting("为改善用户体验，我们会在您同意后收集您的精确位置信息，您可以随时关闭。", {"precise_location"});
  CHECK(run(VaguePurposeCheck(), analysis, nullptr).empty());
}

TEST_CASE("a vague purpose whose refusal is said not to affect the service is not flagged") {
  const Analysis analysis =
      collecting("为改善用户体验，我们会收集您的精确位置信息，拒绝不影响您使用其他功能。", {"precise_location"});
  CHECK(run(VaguePurposeCheck(), analysis, nullptr).empty());
}

// Naming the basic function is a mandatory marker, but here only to say it stays usable.
TEST_CASE("optional collection that leaves the basic function usable is not flagged") {
  const Analysis optional = collecting(
      "为提升用户体验，我们会收集您的通讯录。如您不提供通讯录，不会影响您使用本应用的基本功能。", {"contacts"});
  CHECK(run(VaguePurposeCheck(), optional, nullptr).empty());
  const Analysis mandatory = collecting(
      "为提升用户体验，我们会收集您的通讯录。通讯录是使用本应用基本功能的必要信息。", {"contacts"});
  CHECK(run(VaguePurposeCheck(), mandatory, nullptr).size() == 1);
}
