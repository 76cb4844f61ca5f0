// Evaluation results as a text table and as JSON ({"corpus", "documents",
// "labels": {label: {"exact": {"precision", "recall", "f1"}, "overlap": {…}}},
// "macro_f1"}, DESIGN.md), shared by every `consentflow eval` corpus.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "eval/ca4p_evaluation.h"
#include "eval/notice_scoring.h"
#include "eval/sentence_corpus.h"

namespace consentflow {

using EvalJson = nlohmann::ordered_json;

EvalJson score_json(const Score& score);

// CA4P: the in-scope score is primary ("labels", "macro_f1" = overlap macro F1);
// the whole-document score and the notice elements follow.
EvalJson ca4p_json(const std::string& corpus, const Ca4pEvaluation& spans,
                   const NoticeEvaluation& notice);
void write_ca4p_table(std::ostream& out, const std::string& corpus, const Ca4pEvaluation& spans,
                      const NoticeEvaluation& notice);

EvalJson sentences_json(const std::string& corpus, const SentenceEvaluation& evaluation);
void write_sentences_table(std::ostream& out, const std::string& corpus,
                           const SentenceEvaluation& evaluation);

}  // namespace consentflow
