// The build-time image of the embedded ontology must read back exactly what the
// YAML says, and must never be used for other YAML or when damaged.
#include <catch2/catch.hpp>

#include "cli/embedded_images.h"
#include "model/ontology_image.h"
#include "tests/support/source_ontology.h"

namespace consentflow {
namespace {

const Ontology& parsed_from_yaml() { return testing::embedded_yaml_ontology(); }

// Every field of every entry, the cue matchers by what they find.
void require_same(const Ontology& a, const Ontology& b) {
  REQUIRE(a.data_types.size() == b.data_types.size());
  for (std::size_t i = 0; i < a.data_types.size(); ++i) {
    const DataType& x = a.data_types[i];
    const DataType& y = b.data_types[i];
    CHECK(std::tie(x.id, x.zh, x.en, x.synonyms, x.parent, x.sensitivity, x.sensitivity_basis, x.fides_category) ==
          std::tie(y.id, y.zh, y.en, y.synonyms, y.parent, y.sensitivity, y.sensitivity_basis, y.fides_category));
  }
  REQUIRE(a.purposes.size() == b.purposes.size());
  for (std::size_t i = 0; i < a.purposes.size(); ++i) {
    const Purpose& x = a.purposes[i];
    const Purpose& y = b.purposes[i];
    CHECK(std::tie(x.id, x.zh, x.en, x.cues, x.fides_data_use, x.essential) ==
          std::tie(y.id, y.zh, y.en, y.cues, y.fides_data_use, y.essential));
  }
  REQUIRE(a.parties.size() == b.parties.size());
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    const Party& x = a.parties[i];
    const Party& y = b.parties[i];
    CHECK(std::tie(x.id, x.name, x.aliases, x.kind, x.company, x.country, x.service, x.typical_data, x.privacy_url) ==
          std::tie(y.id, y.name, y.aliases, y.kind, y.company, y.country, y.service, y.typical_data, y.privacy_url));
  }
  REQUIRE(a.cues.size() == b.cues.size());
  for (std::size_t i = 0; i < a.cues.size(); ++i) {
    CHECK(std::tie(a.cues[i].id, a.cues[i].description, a.cues[i].phrases) ==
          std::tie(b.cues[i].id, b.cues[i].description, b.cues[i].phrases));
    for (const std::string& phrase : a.cues[i].phrases)
      CHECK(a.cues[i].matcher.occurs_in(phrase) == b.cues[i].matcher.occurs_in(phrase));
  }
  REQUIRE(a.app_types.size() == b.app_types.size());
  for (std::size_t i = 0; i < a.app_types.size(); ++i) {
    const AppType& x = a.app_types[i];
    const AppType& y = b.app_types[i];
    CHECK(std::tie(x.number, x.id, x.zh, x.basic_function, x.necessary_data, x.necessary_text, x.no_pi_needed) ==
          std::tie(y.number, y.id, y.zh, y.basic_function, y.necessary_data, y.necessary_text, y.no_pi_needed));
  }
}

TEST_CASE("the embedded image reads back as the YAML parses") {
  const std::optional<Ontology> read = read_ontology_image(embedded_ontology_image(), embedded_ontology_fingerprint());
  REQUIRE(read.has_value());
  require_same(parsed_from_yaml(), *read);
  const Result<Ontology> loaded = load_embedded_ontology(embedded_ontology_image());
  REQUIRE(loaded.ok());
  require_same(parsed_from_yaml(), loaded.value());
}

TEST_CASE("an image of other YAML, or a damaged one, is not used") {
  const std::string image = ontology_image(parsed_from_yaml(), 42);
  CHECK(read_ontology_image(image, 42).has_value());
  CHECK_FALSE(read_ontology_image(image, embedded_ontology_fingerprint()).has_value());
  CHECK_FALSE(read_ontology_image(image.substr(0, image.size() / 2), 42).has_value());
  CHECK_FALSE(read_ontology_image("", 42).has_value());
  // A stale image makes the loader parse the YAML instead.
  const Result<Ontology> fallback = load_embedded_ontology(image);
  REQUIRE(fallback.ok());
  require_same(parsed_from_yaml(), fallback.value());
}

}  // namespace
}  // namespace consentflow
