#include "eval/claudette_scoring.h"

#include <algorithm>

namespace consentflow {

const std::vector<std::string>& claudette_categories() {
  static const std::vector<std::string> categories = {"a",   "ch",  "cr",  "j",   "law",
                                                      "ltd", "ter", "use", "pinc"};
  return categories;
}

std::optional<ClaudetteTag> parse_claudette_tag(const std::string& tag) {
  if (tag.size() < 2) return std::nullopt;
  const char level = tag.back();
  if (level < '1' || level > '3') return std::nullopt;
  const std::string category = tag.substr(0, tag.size() - 1);
  const auto& known = claudette_categories();
  if (std::find(known.begin(), known.end(), category) == known.end()) return std::nullopt;
  return ClaudetteTag{category, level - '0'};
}

Result<LabelledSentences> load_claudette_document(const std::string& path) {
  // A sentence counts as unfair in a category when tagged potentially (2) or clearly (3) unfair.
  return load_labelled_sentences(path, "tags", "tag", [](const std::string& tag) -> std::optional<std::string> {
    const std::optional<ClaudetteTag> parsed = parse_claudette_tag(tag);
    if (parsed && parsed->level >= 2) return parsed->category;
    return std::nullopt;
  });
}

Result<std::vector<LabelledSentences>> load_claudette_corpus(const std::string& dir) {
  return load_labelled_corpus(dir, load_claudette_document);
}

}  // namespace consentflow
