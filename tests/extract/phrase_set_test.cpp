// PhraseSet: one pass over a sentence for a whole cue list, with gapped phrases.
#include <catch2/catch.hpp>

#include "model/phrase_set.h"

namespace consentflow {
namespace {

std::string_view matched(std::string_view text, const PhraseMatch& match) {
  return text.substr(match.begin, match.end - match.begin);
}

TEST_CASE("find gives the leftmost match, the longest at that place") {
  const PhraseSet cues({"同意", "单独同意", "明示同意"});
  const std::string text = "我们会征得您的单独同意或明示同意。";
  const std::optional<PhraseMatch> first = cues.find(text);
  REQUIRE(first);
  CHECK(matched(text, *first) == "单独同意");
  CHECK(cues.phrase(first->phrase) == "单独同意");
  const std::optional<PhraseMatch> next = cues.find(text, first->end);
  REQUIRE(next);
  CHECK(matched(text, *next) == "明示同意");
  CHECK_FALSE(cues.find(text, next->end));
}

TEST_CASE("a gapped phrase matches its parts in order within the text") {
  const PhraseSet cues({"继续使用…视为", "点击...即表示"});
  const std::string deemed = "若您继续使用本服务，即视为您同意。";
  const std::optional<PhraseMatch> match = cues.find(deemed);
  REQUIRE(match);
  CHECK(matched(deemed, *match) == "继续使用本服务，即视为");
  CHECK(cues.occurs_in("您点击同意即表示接受。"));
  CHECK_FALSE(cues.occurs_in("视为您已继续使用。"));  // the parts out of order
}

TEST_CASE("find_all gives non-overlapping matches left to right") {
  const PhraseSet cues({"查阅", "更正", "删除"});
  const std::string text = "您有权查阅、更正、删除您的个人信息。";
  const std::vector<PhraseMatch> all = cues.find_all(text);
  REQUIRE(all.size() == 3);
  CHECK(matched(text, all[0]) == "查阅");
  CHECK(matched(text, all[2]) == "删除");
}

TEST_CASE("matches_starting_at gives every phrase that starts there, gapped ones with their rest") {
  const PhraseSet cues({"个人信息", "个人", "信息", "个人…同意"});
  const std::string text = "个人信息需经您同意";
  const std::vector<PhraseMatch> at_start = cues.matches_starting_at(text, 0);
  REQUIRE(at_start.size() == 3);
  CHECK(cues.phrase(at_start[0].phrase) == "个人信息");
  CHECK(cues.phrase(at_start[1].phrase) == "个人");
  CHECK(cues.phrase(at_start[2].phrase) == "个人…同意");
  CHECK(at_start[2].end == text.size());
  const std::vector<PhraseMatch> later = cues.matches_starting_at(text, std::string("个人").size());
  REQUIRE(later.size() == 1);
  CHECK(cues.phrase(later[0].phrase) == "信息");
  CHECK(cues.matches_starting_at("个人资料", 0).size() == 1);  // 个人 alone: no 同意 follows
  CHECK(cues.matches_starting_at(text, text.size()).empty());
}

TEST_CASE("all_matches gives every occurrence, overlaps included") {
  const PhraseSet openers({"的", "您的", "包括"});
  const std::string text = "您的信息包括您的姓名";
  const std::vector<PhraseMatch> all = openers.all_matches(text);
  REQUIRE(all.size() == 5);  // 您的, 的, 包括, 您的, 的
  CHECK(matched(text, all[0]) == "您的");
  CHECK(matched(text, all[1]) == "的");
  CHECK(matched(text, all[2]) == "包括");
  CHECK(all.back().end == text.size() - std::string("姓名").size());
}

TEST_CASE("Latin, mixed and empty inputs") {
  const PhraseSet cues({"cookie", "IDFA", "Cookie…追踪", ""});
  CHECK(cues.size() == 3);  // the empty phrase is dropped
  CHECK(cues.occurs_in("we read the IDFA"));
  CHECK_FALSE(cues.occurs_in("idfa"));  // bytes as given: callers fold case when they need to
  CHECK(cues.occurs_in("使用Cookie进行追踪"));
  CHECK_FALSE(cues.occurs_in(""));
  CHECK_FALSE(PhraseSet().occurs_in("cookie"));
  // A truncated multi-byte sequence at the end is stepped over, not read past.
  CHECK_FALSE(cues.occurs_in(std::string("cooki") + "\xE4\xB8"));
}

}  // namespace
}  // namespace consentflow
