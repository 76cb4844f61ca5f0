// The CLAUDETTE corpus (../shared/corpus/README.md): one JSON line per sentence,
// {"text", "tags": [...]}, a tag being a category and a fairness level ("ltd2":
// limitation of liability, potentially unfair). A sentence is labelled with a
// category when it is tagged potentially (2) or clearly (3) unfair in it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "eval/sentence_corpus.h"
#include "model/result.h"

namespace consentflow {

struct ClaudetteTag {
  std::string category;  // a, ch, cr, j, law, ltd, ter, use, pinc
  int level = 0;         // 1 clearly fair, 2 potentially unfair, 3 clearly unfair
};

// The nine unfairness categories, in report order.
const std::vector<std::string>& claudette_categories();

// "ltd2" → {ltd, 2}; tags without a known category and level 1–3 ("countrym") → nullopt.
std::optional<ClaudetteTag> parse_claudette_tag(const std::string& tag);

Result<LabelledSentences> load_claudette_document(const std::string& path);

// Every *.jsonl file of `dir`, sorted by name.
Result<std::vector<LabelledSentences>> load_claudette_corpus(const std::string& dir);

}  // namespace consentflow
