#include <catch2/catch.hpp>

#include "eval/ca4p_corpus.h"
#include "eval/span_scoring.h"

namespace consentflow {
namespace {

LabelledSpan labelled(const char* label, int32_t begin, int32_t end) {
  return {label, Span{begin, end}};
}

TEST_CASE("exact and overlap matching count predictions and gold separately") {
  const std::vector<LabelledSpan> gold = {labelled("data", 0, 4), labelled("data", 10, 14)};
  // One long prediction touches both gold spans; one prediction is exact.
  const std::vector<LabelledSpan> predicted = {labelled("data", 0, 4), labelled("data", 3, 12),
                                               labelled("data", 20, 22)};
  const SpanScores scores = score_spans(gold, predicted);
  const LabelScore& data = scores.labels.at("data");
  CHECK(data.exact.predicted_right == 1);
  CHECK(data.exact.gold_found == 1);
  CHECK(data.overlap.predicted_right == 2);
  CHECK(data.overlap.gold_found == 2);
  CHECK(data.overlap.precision() == Approx(2.0 / 3.0));
  CHECK(data.overlap.recall() == Approx(1.0));
}

TEST_CASE("a label predicted but never annotated scores zero, not a division by zero") {
  const SpanScores scores = score_spans({}, {labelled("purpose", 0, 2)});
  CHECK(scores.labels.at("purpose").overlap.precision() == 0.0);
  CHECK(scores.labels.at("purpose").overlap.recall() == 0.0);
  CHECK(scores.labels.at("purpose").overlap.f1() == 0.0);
}

TEST_CASE("scoring sentences end at Chinese and Latin terminators and line breaks") {
  const std::vector<Span> sentences = split_scoring_sentences("我们收集手机号。用于登录；\n第二行!");
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0] == Span{0, 8});
  CHECK(sentences[1] == Span{8, 13});
}

TEST_CASE("only predictions starting inside annotated sentences count in scope") {
  const std::string text = "我们收集手机号。我们也收集设备信息。";
  const std::vector<LabelledSpan> gold = {labelled("data", 4, 7)};
  const std::vector<LabelledSpan> predicted = {labelled("data", 4, 7), labelled("data", 13, 17)};
  const SpanScores in_scope = score_spans_in_scope(text, gold, predicted);
  CHECK(in_scope.labels.at("data").overlap.predicted == 1);
  CHECK(in_scope.labels.at("data").overlap.precision() == 1.0);
  const SpanScores whole = score_spans(gold, predicted);
  CHECK(whole.labels.at("data").overlap.predicted == 2);
}

TEST_CASE("the CA4P development split loads with its gold spans") {
  Result<std::vector<Ca4pDocument>> corpus =
      load_ca4p_corpus(std::string(CONSENTFLOW_SHARED_DIR) + "/corpus/ca4p-dev");
  REQUIRE(corpus.ok());
  CHECK(corpus->size() == 120);
  std::size_t gold = 0;
  for (const Ca4pDocument& document : corpus.value()) gold += document.gold.size();
  CHECK(gold > 9000);
}

TEST_CASE("a corpus folder that does not exist is an error naming it") {
  Result<std::vector<Ca4pDocument>> corpus = load_ca4p_corpus("/nonexistent/corpus");
  REQUIRE_FALSE(corpus.ok());
  CHECK_THAT(describe(corpus.error()), Catch::Contains("/nonexistent/corpus"));
}

}  // namespace
}  // namespace consentflow
