// Scoring predicted CA4P spans against gold (../shared/corpus/README.md):
// per label precision/recall/F1 under exact match (same label, start and end)
// and overlap match (same label, at least one shared code point). Overlap
// precision counts predictions that touch a gold span; overlap recall counts gold
// spans touched by a prediction. Identical spans on either side count once.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "eval/score.h"
#include "model/labelled_span.h"
#include "model/span.h"

namespace consentflow {

struct LabelScore {
  Score exact;
  Score overlap;
};

// Per label (every label of ca4p_labels(), plus any other label seen).
struct SpanScores {
  std::map<std::string, LabelScore> labels;

  SpanScores& operator+=(const SpanScores& other);
  double macro_exact_f1() const;    // mean over labels
  double macro_overlap_f1() const;  // mean over labels
};

// Sentences of `utf8_text` as code-point spans: maximal runs ending at one of
// 。！？；!?; or a line break (the terminator belongs to its sentence).
std::vector<Span> split_scoring_sentences(std::string_view utf8_text);

// The sentences that overlap at least one gold span: what CA4P's annotators read.
std::vector<Span> in_scope_sentences(const std::vector<Span>& sentences,
                                     const std::vector<LabelledSpan>& gold);

// Scores one document with every prediction counted (the whole-document score).
SpanScores score_spans(const std::vector<LabelledSpan>& gold,
                       const std::vector<LabelledSpan>& predicted);

// Scores one document counting only predictions that start inside an in-scope
// sentence of `utf8_text` (the primary score).
SpanScores score_spans_in_scope(std::string_view utf8_text, const std::vector<LabelledSpan>& gold,
                                const std::vector<LabelledSpan>& predicted);

}  // namespace consentflow
