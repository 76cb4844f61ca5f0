// The lexicon: one Vectorscan scan per document, leftmost-longest between data and
// parties, and the build-time image of the embedded ontology's database.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cli/embedded_images.h"
#include "extract/lexicon.h"
#include "model/ontology.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

const Ontology& embedded() { return engine_ontology(testing::engine()); }

std::vector<std::string> ids_of(const std::vector<LexiconMatch>& matches, LexiconKind kind) {
  std::vector<std::string> ids;
  for (const LexiconMatch& match : matches)
    if (match.kind == kind) ids.emplace_back(match.id);
  return ids;
}

bool same_matches(const std::vector<LexiconMatch>& a, const std::vector<LexiconMatch>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const LexiconMatch& x, const LexiconMatch& y) {
    return x.kind == y.kind && x.id == y.id && x.begin == y.begin && x.end == y.end;
  });
}

TEST_CASE("data and parties resolve leftmost-longest") {
  const auto lexicon = Lexicon::compile(embedded()).value();
  const std::vector<LexiconMatch> matches = lexicon->scan(normalize_phrase("我们会收集您的设备识别码和微信号。"));
  const std::vector<std::string> data = ids_of(matches, LexiconKind::Data);
  CHECK(std::find(data.begin(), data.end(), "device_info") == data.end());  // 设备 inside 设备识别码
  // 我们 and 您 are parties; 微信号 is data, not the party 微信.
  CHECK(ids_of(matches, LexiconKind::Party) == std::vector<std::string>{"first_party", "user"});
  CHECK(data.size() == 2);
}

TEST_CASE("SDK names match whatever their case") {
  const auto lexicon = Lexicon::compile(embedded()).value();
  const std::vector<std::string> parties = ids_of(lexicon->scan("接入了talkingdata与Umeng的SDK"), LexiconKind::Party);
  CHECK(parties.size() == 2);
}

TEST_CASE("the build-time image is used for the embedded ontology and scans the same") {
  const auto from_image = Lexicon::compile(embedded(), embedded_lexicon_image()).value();
  const auto compiled = Lexicon::compile(embedded()).value();
  CHECK(from_image->loaded_from_image());
  CHECK_FALSE(compiled->loaded_from_image());
  const std::string text = normalize_phrase(
      "我们将通过TalkingData SDK收集您的IMEI、IDFA与位置信息，用于统计分析；如您不同意，可在设置中关闭。");
  CHECK(same_matches(from_image->scan(text), compiled->scan(text)));
  CHECK(from_image->scan(text).size() >= 5);
}

TEST_CASE("an image built from other phrases, or damaged, is not used") {
  Ontology changed = embedded();
  changed.data_types.front().synonyms.push_back("一个只为测试而加的同义词");
  const auto lexicon = Lexicon::compile(changed, embedded_lexicon_image()).value();
  CHECK_FALSE(lexicon->loaded_from_image());
  CHECK(ids_of(lexicon->scan(normalize_phrase("一个只为测试而加的同义词")), LexiconKind::Data).size() == 1);

  std::string damaged(embedded_lexicon_image());
  REQUIRE(damaged.size() > 100);
  std::fill(damaged.begin() + 8, damaged.begin() + 100, '\x5a');  // fingerprint intact, database not
  const auto recompiled = Lexicon::compile(embedded(), damaged).value();
  CHECK_FALSE(recompiled->loaded_from_image());
  CHECK(!recompiled->scan(normalize_phrase("您的手机号码")).empty());
}

}  // namespace
}  // namespace consentflow
