// The CAPP corpus (../shared/corpus/README.md): one JSON line per sentence,
// {"id", "text", "labels": [...]}, scored per label at sentence level.
#pragma once

#include <string>
#include <vector>

#include "eval/sentence_corpus.h"
#include "model/result.h"

namespace consentflow {

// The thirteen CAPP labels, in report order.
const std::vector<std::string>& capp_labels();

Result<LabelledSentences> load_capp_document(const std::string& path);

// Every *.jsonl file of `dir`, sorted by name.
Result<std::vector<LabelledSentences>> load_capp_corpus(const std::string& dir);

}  // namespace consentflow
