#include "eval/ca4p_evaluation.h"

namespace consentflow {

Result<Ca4pEvaluation> evaluate_ca4p(const std::vector<Ca4pDocument>& documents,
                                     const SpanPredictor& predict,
                                     const ProgressObserver& progress) {
  Ca4pEvaluation evaluation;
  for (const Ca4pDocument& document : documents) {
    Result<std::vector<LabelledSpan>> predicted = predict(document.text_path);
    if (!predicted) return predicted.error();
    evaluation.in_scope += score_spans_in_scope(document.text, document.gold, *predicted);
    evaluation.whole_document += score_spans(document.gold, *predicted);
    ++evaluation.documents;
    if (progress) progress(evaluation.documents, documents.size(), document.id);
  }
  return evaluation;
}

}  // namespace consentflow
