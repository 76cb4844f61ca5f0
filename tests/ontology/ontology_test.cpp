#include <filesystem>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>

#include "model/ontology.h"
#include "tests/support/source_ontology.h"

namespace consentflow {
namespace {

namespace fs = std::filesystem;

const Ontology& embedded() { return testing::embedded_yaml_ontology(); }

TEST_CASE("the embedded ontology loads, validates and has the promised coverage") {
  const Ontology& ontology = embedded();
  CHECK(ontology.data_types.size() >= 200);
  CHECK(ontology.purposes.size() >= 15);
  CHECK(ontology.app_types.size() == 39);
  std::size_t sdks = 0;
  for (const Party& party : ontology.parties) sdks += party.kind == PartyKind::Sdk ? 1 : 0;
  CHECK(sdks >= 40);
  for (const char* cue : {"consent_separate", "consent_deemed", "negation", "exception_intro",
                          "legal_exception_grounds", "cross_border", "retention", "right_withdraw",
                          "unilateral_change", "arbitration"})
    CHECK(ontology.cue_list(cue) != nullptr);
}

TEST_CASE("lookups and subsumption follow the parent chain") {
  const Ontology& ontology = embedded();
  REQUIRE(ontology.data_type("imei") != nullptr);
  CHECK(ontology.data_type("imei")->fides_category == "user.device.device_id");
  CHECK(ontology.data_subsumes("device_info", "imei"));
  CHECK(ontology.data_subsumes("device_id", "idfa"));
  CHECK(ontology.data_subsumes("location_info", "precise_location"));
  CHECK_FALSE(ontology.data_subsumes("imei", "device_info"));
  CHECK_FALSE(ontology.data_subsumes("location_info", "imei"));
  CHECK(ontology.data_type("precise_location")->sensitivity == Sensitivity::Sensitive);
  CHECK(ontology.data_type("device_model")->sensitivity == Sensitivity::Ordinary);
  const Party* talkingdata = ontology.party("talkingdata");
  REQUIRE(talkingdata != nullptr);
  CHECK(talkingdata->kind == PartyKind::Sdk);
  CHECK(talkingdata->country == "CN");
  CHECK(ontology.app_type("网络社区类") == ontology.app_type("online_community"));
  CHECK(ontology.app_type("online_community") != nullptr);
  CHECK(ontology.app_type("no_such_type") == nullptr);
}

TEST_CASE("no surface form names two data types") {
  std::map<std::string, std::string> owner;
  for (const DataType& type : embedded().data_types) {
    std::set<std::string> forms(type.synonyms.begin(), type.synonyms.end());
    forms.insert(type.zh);
    forms.insert(type.en);
    for (const std::string& form : forms) {
      auto [at, inserted] = owner.emplace(form, type.id);
      INFO(form << " is claimed by " << at->second << " and " << type.id);
      CHECK((inserted || at->second == type.id));
    }
  }
}

TEST_CASE("a file in --ontology DIR overrides the embedded one; the others still load") {
  const fs::path dir = fs::temp_directory_path() / "consentflow_ontology_override";
  fs::create_directories(dir);
  std::ofstream(dir / "purposes.yaml") << "purposes:\n  - {id: only_one, zh: 唯一, en: the only one}\n";
  Result<Ontology> loaded = load_ontology_dir(dir.string());
  fs::remove_all(dir);
  REQUIRE(loaded.ok());
  CHECK(loaded->purposes.size() == 1);
  CHECK(loaded->data_types.size() == embedded().data_types.size());
}

TEST_CASE("malformed and ill-typed files are errors with file:line:column") {
  Ontology ontology;
  Status broken = load_ontology_file("data_types.yaml", "data_types:\n  - {id: a, zh: [unclosed\n", ontology);
  REQUIRE_FALSE(broken.ok());
  CHECK_THAT(describe(broken.error()), Catch::Matches("data_types\\.yaml:\\d+:\\d+: .*"));

  Status typed = load_ontology_file("data_types.yaml",
                                    "data_types:\n  - id: a\n    zh: 甲\n    en: a\n    synonyms: x\n", ontology);
  REQUIRE_FALSE(typed.ok());
  CHECK(describe(typed.error()) == "data_types.yaml:5:15: expected a list for 'synonyms'");

  Status missing = load_ontology_file("purposes.yaml", "purposes:\n  - {zh: 甲, en: a}\n", ontology);
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(describe(missing.error()), Catch::Contains("missing required key 'id'"));
}

TEST_CASE("validation rejects unknown parents, cycles and duplicate ids") {
  Ontology ontology;
  REQUIRE(load_ontology_file("data_types.yaml",
                             "data_types:\n  - {id: a, zh: 甲, en: a, parent: b}\n", ontology).ok());
  CHECK_THAT(describe(validate_ontology(ontology).error()), Catch::Contains("unknown parent 'b'"));

  Ontology cycle;
  REQUIRE(load_ontology_file("data_types.yaml",
                             "data_types:\n  - {id: a, zh: 甲, en: a, parent: b}\n"
                             "  - {id: b, zh: 乙, en: b, parent: a}\n", cycle).ok());
  CHECK_THAT(describe(validate_ontology(cycle).error()), Catch::Contains("its own ancestor"));

  Ontology duplicate;
  REQUIRE(load_ontology_file("data_types.yaml",
                             "data_types:\n  - {id: a, zh: 甲, en: a}\n  - {id: a, zh: 乙, en: b}\n",
                             duplicate).ok());
  CHECK_THAT(describe(validate_ontology(duplicate).error()), Catch::Contains("duplicate id 'a'"));
}

}  // namespace
}  // namespace consentflow
