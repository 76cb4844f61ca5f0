#include "eval/eval_report.h"

#include <cstdio>
#include <string>

namespace consentflow {
namespace {

// "0.853" — three decimals keep tables aligned and diffs readable.
std::string fixed(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

EvalJson rounded(double value) { return std::stod(fixed(value)); }

EvalJson span_labels_json(const SpanScores& scores) {
  EvalJson labels = EvalJson::object();
  for (const auto& [label, score] : scores.labels)
    labels[label] = {{"exact", score_json(score.exact)}, {"overlap", score_json(score.overlap)}};
  return labels;
}

std::string padded(const std::string& text, std::size_t width) {
  // Width in display columns: CJK characters take two.
  std::size_t columns = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;
    columns += byte >= 0xE0 ? 2 : 1;
  }
  return columns >= width ? text + " " : text + std::string(width - columns, ' ');
}

void write_score_cells(std::ostream& out, const Score& score) {
  out << fixed(score.precision()) << "  " << fixed(score.recall()) << "  " << fixed(score.f1());
}

void write_span_table(std::ostream& out, const SpanScores& scores) {
  out << padded("label", 12) << "exact P  R      F1     overlap P  R      F1     gold\n";
  for (const auto& [label, score] : scores.labels) {
    out << padded(label, 12);
    write_score_cells(out, score.exact);
    out << "  ";
    write_score_cells(out, score.overlap);
    out << "  " << score.overlap.gold << "\n";
  }
  out << padded("macro F1", 12) << fixed(scores.macro_exact_f1()) << std::string(17, ' ')
      << fixed(scores.macro_overlap_f1()) << "\n";
}

}  // namespace

EvalJson score_json(const Score& score) {
  return {{"precision", rounded(score.precision())},
          {"recall", rounded(score.recall())},
          {"f1", rounded(score.f1())}};
}

EvalJson ca4p_json(const std::string& corpus, const Ca4pEvaluation& spans,
                   const NoticeEvaluation& notice) {
  EvalJson json;
  json["corpus"] = corpus;
  json["documents"] = spans.documents;
  json["labels"] = span_labels_json(spans.in_scope);
  json["macro_f1"] = rounded(spans.in_scope.macro_overlap_f1());
  json["whole_document"] = {{"labels", span_labels_json(spans.whole_document)},
                            {"macro_f1", rounded(spans.whole_document.macro_overlap_f1())}};
  EvalJson elements = EvalJson::object();
  for (const auto& [element, score] : notice.elements) elements[element] = score_json(score);
  json["notice_elements"] = std::move(elements);
  return json;
}

void write_ca4p_table(std::ostream& out, const std::string& corpus, const Ca4pEvaluation& spans,
                      const NoticeEvaluation& notice) {
  out << "CA4P " << corpus << ": " << spans.documents << " documents\n\n";
  out << "In scope (primary: predictions inside annotated sentences)\n";
  write_span_table(out, spans.in_scope);
  out << "\nWhole document\n";
  write_span_table(out, spans.whole_document);
  out << "\nNotice elements (document level)\n" << padded("element", 14) << "P      R      F1\n";
  for (const auto& [element, score] : notice.elements) {
    out << padded(element, 14);
    write_score_cells(out, score);
    out << "\n";
  }
}

EvalJson sentences_json(const std::string& corpus, const SentenceEvaluation& evaluation) {
  EvalJson json;
  json["corpus"] = corpus;
  json["documents"] = evaluation.documents;
  json["sentences"] = evaluation.sentences;
  EvalJson labels = EvalJson::object();
  for (const auto& [label, score] : evaluation.labels) labels[label] = score_json(score);
  json["labels"] = std::move(labels);
  json["macro_f1"] = rounded(evaluation.macro_f1());
  return json;
}

void write_sentences_table(std::ostream& out, const std::string& corpus,
                           const SentenceEvaluation& evaluation) {
  out << corpus << ": " << evaluation.documents << " documents, " << evaluation.sentences
      << " sentences\n"
      << padded("label", 34) << "P      R      F1     gold\n";
  for (const auto& [label, score] : evaluation.labels) {
    out << padded(label, 34);
    write_score_cells(out, score);
    out << "  " << score.gold << "\n";
  }
  out << padded("macro F1", 34) << fixed(evaluation.macro_f1()) << "\n";
}

}  // namespace consentflow
