#include "eval/span_scoring.h"

#include <algorithm>
#include <set>

#include "eval/ca4p_corpus.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

bool is_sentence_end(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'!':
    case U'?':
    case U';':
    case U'\n':
    case U'\r':
      return true;
    default:
      return false;
  }
}

std::map<std::string, std::vector<Span>> spans_by_label(const std::vector<LabelledSpan>& spans) {
  std::set<LabelledSpan> unique(spans.begin(), spans.end());
  std::map<std::string, std::vector<Span>> by_label;
  for (const LabelledSpan& span : unique) by_label[span.label].push_back(span.span);
  return by_label;
}

bool any_equal(const std::vector<Span>& spans, const Span& span) {
  return std::binary_search(spans.begin(), spans.end(), span);
}

bool any_overlap(const std::vector<Span>& spans, const Span& span) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const Span& other) { return other.overlaps(span); });
}

LabelScore score_label(const std::vector<Span>& gold, const std::vector<Span>& predicted) {
  LabelScore score;
  score.exact.gold = score.overlap.gold = static_cast<int>(gold.size());
  score.exact.predicted = score.overlap.predicted = static_cast<int>(predicted.size());
  for (const Span& span : predicted) {
    score.exact.predicted_right += any_equal(gold, span) ? 1 : 0;
    score.overlap.predicted_right += any_overlap(gold, span) ? 1 : 0;
  }
  for (const Span& span : gold) {
    score.exact.gold_found += any_equal(predicted, span) ? 1 : 0;
    score.overlap.gold_found += any_overlap(predicted, span) ? 1 : 0;
  }
  return score;
}

// True when `position` lies in one of `sentences` (sorted, disjoint).
bool inside_any(const std::vector<Span>& sentences, int32_t position) {
  auto after = std::upper_bound(sentences.begin(), sentences.end(), position,
                                [](int32_t value, const Span& s) { return value < s.begin; });
  if (after == sentences.begin()) return false;
  return position < std::prev(after)->end;
}

}  // namespace

SpanScores& SpanScores::operator+=(const SpanScores& other) {
  for (const auto& [label, score] : other.labels) {
    labels[label].exact += score.exact;
    labels[label].overlap += score.overlap;
  }
  return *this;
}

double SpanScores::macro_exact_f1() const {
  if (labels.empty()) return 0.0;
  double sum = 0.0;
  for (const auto& entry : labels) sum += entry.second.exact.f1();
  return sum / static_cast<double>(labels.size());
}

double SpanScores::macro_overlap_f1() const {
  if (labels.empty()) return 0.0;
  double sum = 0.0;
  for (const auto& entry : labels) sum += entry.second.overlap.f1();
  return sum / static_cast<double>(labels.size());
}

std::vector<Span> split_scoring_sentences(std::string_view utf8_text) {
  std::vector<Span> sentences;
  int32_t begin = 0;
  int32_t position = 0;
  std::size_t byte = 0;
  while (byte < utf8_text.size()) {
    const char32_t c = utf8::decode(utf8_text, byte);
    ++position;
    if (is_sentence_end(c)) {
      sentences.push_back({begin, position});
      begin = position;
    }
  }
  if (begin < position) sentences.push_back({begin, position});
  return sentences;
}

std::vector<Span> in_scope_sentences(const std::vector<Span>& sentences,
                                     const std::vector<LabelledSpan>& gold) {
  std::vector<Span> in_scope;
  for (const Span& sentence : sentences) {
    const bool touched = std::any_of(gold.begin(), gold.end(), [&](const LabelledSpan& span) {
      return span.span.overlaps(sentence);
    });
    if (touched) in_scope.push_back(sentence);
  }
  return in_scope;
}

SpanScores score_spans(const std::vector<LabelledSpan>& gold,
                       const std::vector<LabelledSpan>& predicted) {
  const auto gold_by_label = spans_by_label(gold);
  const auto predicted_by_label = spans_by_label(predicted);
  std::set<std::string> labels(ca4p_labels().begin(), ca4p_labels().end());
  for (const auto& entry : gold_by_label) labels.insert(entry.first);
  for (const auto& entry : predicted_by_label) labels.insert(entry.first);

  static const std::vector<Span> none;
  SpanScores scores;
  for (const std::string& label : labels) {
    const auto g = gold_by_label.find(label);
    const auto p = predicted_by_label.find(label);
    scores.labels[label] = score_label(g == gold_by_label.end() ? none : g->second,
                                       p == predicted_by_label.end() ? none : p->second);
  }
  return scores;
}

SpanScores score_spans_in_scope(std::string_view utf8_text, const std::vector<LabelledSpan>& gold,
                                const std::vector<LabelledSpan>& predicted) {
  const std::vector<Span> scope = in_scope_sentences(split_scoring_sentences(utf8_text), gold);
  std::vector<LabelledSpan> counted;
  for (const LabelledSpan& span : predicted)
    if (inside_any(scope, span.span.begin)) counted.push_back(span);
  return score_spans(gold, counted);
}

}  // namespace consentflow
