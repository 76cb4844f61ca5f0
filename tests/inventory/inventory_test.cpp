#include <regex>

#include <catch2/catch.hpp>

#include "checks/registry.h"
#include "cli/pipeline.h"
#include "model/inventory.h"
#include "reports/inventory_build.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

const std::string kSeed = std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/000_57b2305b7dc90c1d.txt";

const Analysis& seed() {
  static const Analysis analysis = analyze_file(testing::engine(), kSeed, IngestOptions{}).value();
  return analysis;
}

std::vector<Finding> findings_of(const Inventory& inventory) {
  std::vector<Analysis> sources;
  sources.push_back(inventory_analysis(inventory));
  return check_analyses(testing::engine(), std::move(sources), select_checks("pipl").value(), nullptr).findings;
}

bool talkingdata_unconsented(const std::vector<Finding>& findings) {
  for (const Finding& finding : findings)
    if (finding.check == "pipl-23-sharing-without-separate-consent" &&
        finding.message_en.find("TalkingData") != std::string::npos)
      return true;
  return false;
}

TEST_CASE("inventory export -> load -> export gives the same bytes") {
  const Ontology& ontology = engine_ontology(testing::engine());
  const std::string exported = inventory_yaml(inventory_of({&seed()}, ontology));
  CHECK_THAT(exported, Catch::Contains("to: talkingdata") && Catch::Contains("consent: none-stated"));
  CHECK_THAT(exported, Catch::Contains("cross_border: true") && Catch::Contains("at: "));
  Result<Inventory> loaded = load_inventory(exported, "seed.yaml");
  REQUIRE(loaded.ok());
  CHECK(inventory_yaml(loaded.value()) == exported);
}

TEST_CASE("editing the inventory to record separate consent clears the TalkingData finding") {
  const Ontology& ontology = engine_ontology(testing::engine());
  Inventory inventory = inventory_of({&seed()}, ontology);
  CHECK(talkingdata_unconsented(findings_of(inventory)));
  std::string text = inventory_yaml(inventory);
  // The edit a team would make by hand: every TalkingData flow now has separate consent.
  text = std::regex_replace(text, std::regex("(to: talkingdata\\n(?:.*\\n){0,3}?\\s+consent: )none-stated"), "$1separate");
  Result<Inventory> edited = load_inventory(text, "edited.yaml");
  REQUIRE(edited.ok());
  CHECK_FALSE(talkingdata_unconsented(findings_of(edited.value())));
}

TEST_CASE("load errors name file:line:column and the expected type") {
  const std::string base = "consentflow_inventory: 1\nsystem: demo\nflows:\n  - id: p1\n    action: collect\n"
                           "    from: first_party\n";
  const auto error_of = [](const std::string& text) {
    Result<Inventory> loaded = load_inventory(text, "inv.yaml");
    REQUIRE_FALSE(loaded.ok());
    return describe(loaded.error());
  };
  CHECK(error_of(base + "    consent: maybe\n").starts_with("inv.yaml:7:14: unknown consent 'maybe'"));
  CHECK(error_of(base + "    consent: separate\n    data: imei\n") == "inv.yaml:8:11: expected a list for 'data'");
  CHECK(error_of(base) == "inv.yaml:4:5: missing required key 'consent'");
  CHECK_THAT(error_of("flows: [unclosed\n"), Catch::StartsWith("inv.yaml:"));
  CHECK(error_of("just: text\n") == "inv.yaml: not a consentflow inventory (no 'consentflow_inventory' key)");
}

TEST_CASE("the fideslang manifest declares data uses, categories and recipients") {
  const Ontology& ontology = engine_ontology(testing::engine());
  const std::string manifest = fides_manifest(inventory_of({&seed()}, ontology), ontology);
  CHECK_THAT(manifest, Catch::Contains("privacy_declarations:") && Catch::Contains("data_use: analytics.reporting"));
  CHECK_THAT(manifest, Catch::Contains("user.device.device_id") && Catch::Contains("fides_key: talkingdata"));
  CHECK_THAT(manifest, Catch::Contains("legal_basis_for_processing:"));
}

}  // namespace
}  // namespace consentflow
