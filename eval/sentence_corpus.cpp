#include "eval/sentence_corpus.h"

#include <filesystem>

#include "eval/json_lines.h"

namespace consentflow {

Result<LabelledSentences> load_labelled_sentences(const std::string& path, const std::string& key,
                                                  const std::string& item, const LabelOf& label_of) {
  Result<std::vector<nlohmann::json>> lines = read_json_lines(path);
  if (!lines) return lines.error();
  LabelledSentences document;
  document.id = std::filesystem::path(path).stem().string();
  int number = 0;
  for (const nlohmann::json& line : *lines) {
    ++number;
    const std::string where = path + ": sentence " + std::to_string(number);
    if (!line.contains("text") || !line["text"].is_string()) return Error{"no \"text\"", where};
    if (!line.contains(key) || !line[key].is_array()) return Error{"no \"" + key + "\" array", where};
    std::set<std::string> labels;
    for (const nlohmann::json& entry : line[key]) {
      if (!entry.is_string()) return Error{"a " + item + " that is not a string", where};
      if (std::optional<std::string> label = label_of(entry.get<std::string>())) labels.insert(std::move(*label));
    }
    document.sentences.push_back(line["text"].get<std::string>());
    document.labels.push_back(std::move(labels));
  }
  return document;
}

Result<std::vector<LabelledSentences>> load_labelled_corpus(
    const std::string& dir, const std::function<Result<LabelledSentences>(const std::string& path)>& load_document) {
  Result<std::vector<std::string>> files = list_json_lines_files(dir);
  if (!files) return files.error();
  std::vector<LabelledSentences> documents;
  for (const std::string& file : *files) {
    Result<LabelledSentences> document = load_document(file);
    if (!document) return document.error();
    documents.push_back(std::move(*document));
  }
  return documents;
}

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
