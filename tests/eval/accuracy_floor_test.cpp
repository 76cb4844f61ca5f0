// Accuracy floors on the development corpora: a little under the scores
// measured when they were set (docs/accuracy.md), so a regression fails CI.
// Raise them when the method improves on the whole corpus; never fit files.
#include <catch2/catch.hpp>

#include "cli/pipeline.h"
#include "eval/ca4p_evaluation.h"
#include "eval/capp_scoring.h"
#include "extract/sentence_labels.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

const std::string kCorpus = std::string(CONSENTFLOW_SHARED_DIR) + "/corpus/";

TEST_CASE("CA4P dev, in-scope overlap F1 per label stays above its floor") {
  Result<std::vector<Ca4pDocument>> corpus = load_ca4p_corpus(kCorpus + "ca4p-dev");
  REQUIRE(corpus.ok());
  const Engine& shared = testing::engine();
  Result<Ca4pEvaluation> evaluation = evaluate_ca4p(
      corpus.value(),
      [&](const std::string& path) -> Result<std::vector<LabelledSpan>> {
        Result<Analysis> analysis = analyze_file(shared, path, IngestOptions{});
        if (!analysis.ok()) return analysis.error();
        return labelled_spans(shared, analysis.value());
      },
      [](std::size_t, std::size_t, const std::string&) {});
  REQUIRE(evaluation.ok());
  const std::map<std::string, double> floors = {{"data", 0.83},    {"collect", 0.83}, {"share", 0.81},
                                                {"handler", 0.78}, {"subject", 0.83}, {"purpose", 0.70},
                                                {"condition", 0.72}};
  for (const auto& [label, floor] : floors) {
    const double f1 = evaluation->in_scope.labels.at(label).overlap.f1();
    INFO(label << " overlap F1 " << f1 << " (floor " << floor << ")");
    CHECK(f1 >= floor);
  }
}

TEST_CASE("CAPP dev, sentence F1 per label stays above its floor") {
  Result<std::vector<LabelledSentences>> corpus = load_capp_corpus(kCorpus + "capp-dev");
  REQUIRE(corpus.ok());
  const CappSentenceLabeller labeller(engine_ontology(testing::engine()));
  Result<SentenceEvaluation> evaluation = evaluate_sentences(
      corpus.value(), capp_labels(), [&](const std::vector<std::string>& sentences) { return labeller.label(sentences); },
      [](std::size_t, std::size_t, const std::string&) {});
  REQUIRE(evaluation.ok());
  const std::map<std::string, double> floors = {
      {"数据收集", 0.63}, {"共享、委托、转让、公开（披露）", 0.70}, {"使用", 0.48}, {"存储方式", 0.70},
      {"特殊人群", 0.80}, {"数据、权限管理", 0.68}, {"联系方式", 0.75},
      {"权限获取", 0.59},  {"安全措施", 0.61}, {"隐私政策的授权、修改与变更", 0.56}, {"停止运营", 0.80}};
  for (const auto& [label, floor] : floors) {
    const double f1 = evaluation->labels.at(label).f1();
    INFO(label << " F1 " << f1 << " (floor " << floor << ")");
    CHECK(f1 >= floor);
  }
}

}  // namespace
}  // namespace consentflow
