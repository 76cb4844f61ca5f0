#include "eval/sentence_corpus.h"

namespace consentflow {

double SentenceEvaluation::macro_f1() const {
  if (labels.empty()) return 0.0;
  double sum = 0.0;
  for (const auto& entry : labels) sum += entry.second.f1();
  return sum / static_cast<double>(labels.size());
}

Result<SentenceEvaluation> evaluate_sentences(const std::vector<LabelledSentences>& documents,
                                              const std::vector<std::string>& labels,
                                              const SentenceLabeller& labeller,
                                              const ProgressObserver& progress) {
  SentenceEvaluation evaluation;
  for (const std::string& label : labels) evaluation.labels[label] = Score{};
  for (const LabelledSentences& document : documents) {
    const std::vector<std::set<std::string>> predicted = labeller(document.sentences);
    if (predicted.size() != document.sentences.size())
      return Error{"labeller returned " + std::to_string(predicted.size()) + " label sets for " +
                       std::to_string(document.sentences.size()) + " sentences",
                   document.id};
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      for (const std::string& label : labels) {
        const bool in_gold = document.labels[i].contains(label);
        const bool in_predicted = predicted[i].contains(label);
        Score& score = evaluation.labels[label];
        score.gold += in_gold ? 1 : 0;
        score.predicted += in_predicted ? 1 : 0;
        const int hit = in_gold && in_predicted ? 1 : 0;
        score.gold_found += hit;
        score.predicted_right += hit;
      }
    }
    evaluation.sentences += document.sentences.size();
    ++evaluation.documents;
    if (progress) progress(evaluation.documents, documents.size(), document.id);
  }
  return evaluation;
}

}  // namespace consentflow
