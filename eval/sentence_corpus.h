// Sentence-labelled corpora (CAPP, CLAUDETTE): each document is a list of
// sentences with a set of labels each; a labeller sees a whole document's
// sentences at once (context helps) and returns one label set per sentence.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "eval/progress.h"
#include "eval/score.h"
#include "model/result.h"

namespace consentflow {

struct LabelledSentences {
  std::string id;  // the file name without extension
  std::vector<std::string> sentences;
  std::vector<std::set<std::string>> labels;  // one set per sentence
};

// Reads one JSON-lines document of sentences {"text", KEY: [strings]}: `label_of`
// turns each string under KEY into a label, or nothing to leave it out. Errors name
// the file and the sentence; `item` names a string of KEY in them ("label", "tag").
using LabelOf = std::function<std::optional<std::string>(const std::string& item)>;
Result<LabelledSentences> load_labelled_sentences(const std::string& path, const std::string& key,
                                                  const std::string& item, const LabelOf& label_of);

// Every *.jsonl document of `dir`, sorted by name, each read by `load_document`.
Result<std::vector<LabelledSentences>> load_labelled_corpus(
    const std::string& dir, const std::function<Result<LabelledSentences>(const std::string& path)>& load_document);

using SentenceLabeller =
    std::function<std::vector<std::set<std::string>>(const std::vector<std::string>& sentences)>;

struct SentenceEvaluation {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::map<std::string, Score> labels;  // sentence-level counts per label

  double macro_f1() const;  // mean over labels
};

// Sentence-level precision/recall per label of `labels` (other labels are ignored),
// micro-averaged over the corpus. A labeller answering with the wrong number of
// sets is an error naming the document.
Result<SentenceEvaluation> evaluate_sentences(const std::vector<LabelledSentences>& documents,
                                              const std::vector<std::string>& labels,
                                              const SentenceLabeller& labeller,
                                              const ProgressObserver& progress);

}  // namespace consentflow
