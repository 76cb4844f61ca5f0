// The seed (../shared/seeds/000_57b2305b7dc90c1d.txt) end to end: the flows of
// DESIGN.md's seed oracle, the findings it expects, and a readable golden file
// of every practice (one line each) that a reviewer diffs. Set
// CONSENTFLOW_UPDATE_GOLDEN=1 to rewrite the golden file after a reviewed change.
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "checks/registry.h"
#include "cli/pipeline.h"
#include "graph/queries.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

const std::string kSeed = std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/000_57b2305b7dc90c1d.txt";
const std::string kGolden = std::string(CONSENTFLOW_SOURCE_DIR) + "/tests/golden/seed_practices.txt";

const CheckedAnalysis& seed() {
  static const CheckedAnalysis checked = [] {
    const Engine& engine = testing::engine();
    Result<Analysis> analysis = analyze_file(engine, kSeed, IngestOptions{});
    REQUIRE(analysis.ok());
    std::vector<const Check*> checks;
    for (const auto& check : all_checks()) checks.push_back(check.get());
    std::vector<Analysis> sources;
    sources.push_back(std::move(analysis).value());
    return check_analyses(engine, std::move(sources), checks, nullptr);
  }();
  return checked;
}

std::string one_line(std::string_view text, std::size_t limit) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && count++ == limit) break;  // stop at a character boundary
    out += c == '\n' ? ' ' : static_cast<char>(c);
  }
  return out;
}

std::string practice_line(const Analysis& analysis, const Practice& practice) {
  std::ostringstream line;
  line << practice.id << " [" << practice.clause << "] " << to_string(practice.action) << " "
       << practice.actor.name;
  if (practice.recipient) line << " -> " << practice.recipient->name;
  line << " {";
  std::set<std::string> data;
  for (const DataMention& mention : practice.data) data.insert(mention.id);
  for (auto it = data.begin(); it != data.end(); ++it) line << (it == data.begin() ? "" : ",") << *it;
  line << "} for {";
  for (std::size_t i = 0; i < practice.purposes.size(); ++i) line << (i ? "," : "") << practice.purposes[i].id;
  line << "} consent=" << to_string(practice.consent);
  if (practice.negated) line << " NEGATED";
  if (practice.cross_border) line << " cross-border";
  const LineColumn at = analysis.source.position(practice.evidence.front().begin);
  line << " @" << at.line << ":" << at.column << " 「" << one_line(analysis.source.slice(practice.evidence.front()), 24) << "」";
  return line.str();
}

std::set<std::string> data_to(const FlowGraph& graph, const std::string& party) {
  std::set<std::string> data;
  for (const std::string& id : data_reaching(graph, party)) data.insert(id.substr(5));
  return data;
}

TEST_CASE("seed oracle: the flows of DESIGN.md are in the graph") {
  const CheckedAnalysis& checked = seed();
  const std::set<std::string> talkingdata = data_to(checked.graph, "party:talkingdata");
  for (const char* id : {"idfv", "idfa", "gaid", "mac_address", "imei", "device_model", "manufacturer", "time_zone"})
    CHECK(talkingdata.count(id));
  CHECK(data_to(checked.graph, "party:third_party").count("registration_info"));
  CHECK(data_to(checked.graph, "party:affiliate").count("personal_info"));
  CHECK(!data_stored_abroad(checked.graph).empty());
  // 小红书 collects the page-visit data of policy 1.b.
  const std::string* collected = nullptr;
  std::set<std::string> first_party;
  for (const Practice& practice : checked.sources[0].practices)
    if (practice.action == Action::Collect && !practice.negated) {
      collected = &practice.actor.name;
      for (const DataMention& mention : practice.data) first_party.insert(mention.id);
    }
  REQUIRE(collected != nullptr);
  CHECK(*collected == "小红书");
  for (const char* id : {"ip_address", "browser_type", "locale", "access_time", "browsing_history"})
    CHECK(first_party.count(id));
  // No practice comes from the site menus or the footer.
  const Document& agreement = checked.sources[0].documents.front();
  for (const Practice& practice : checked.sources[0].practices)
    CHECK(practice.evidence.front().begin >= agreement.span.begin);
}

TEST_CASE("seed oracle: the findings DESIGN.md and the lawyer expect") {
  std::set<std::string> fired;
  for (const Finding& finding : seed().findings) fired.insert(finding.check);
  for (const char* id : {
           "pipl-23-sharing-without-separate-consent", "pipl-23-recipient-details-missing",
           "pipl-catch-all-disclosure", "pipl-13-exception-outside-legal-basis", "pipl-14-deemed-consent",
           "pipl-38-cross-border-without-mechanism", "pipl-39-cross-border-without-separate-consent",
           "pipl-cookies-for-promotion-opt-out-only", "pipl-24-personalisation-without-opt-out",
           "pipl-15-no-withdrawal", "pipl-44-rights-missing", "pipl-47-no-account-cancellation",
           "pipl-19-no-retention-period", "pipl-17-no-contact-channel", "pipl-31-children-without-guardian-consent",
           "pipl-17-scope-carve-out",
           // the lawyer's seven problems of the agreement
           "terms-unilateral-change", "terms-account-risk-on-user", "terms-commercial-use-of-user-data",
           "terms-unilateral-termination", "terms-no-content-review-duty", "terms-limitation-of-liability",
           "terms-unsolicited-messages"})
    CHECK(fired.count(id));
  // TalkingData is named in the sharing findings.
  bool talkingdata = false;
  for (const Finding& finding : seed().findings)
    talkingdata |= finding.check == "pipl-23-sharing-without-separate-consent" &&
                   finding.message_en.find("TalkingData") != std::string::npos;
  CHECK(talkingdata);
}

TEST_CASE("seed practices match the reviewed golden file") {
  const Analysis& analysis = seed().sources[0];
  std::string lines;
  for (const Practice& practice : analysis.practices) lines += practice_line(analysis, practice) + "\n";
  if (std::getenv("CONSENTFLOW_UPDATE_GOLDEN")) std::ofstream(kGolden) << lines;
  std::ifstream in(kGolden);
  std::ostringstream golden;
  golden << in.rdbuf();
  CHECK(lines == golden.str());
}

}  // namespace
}  // namespace consentflow
