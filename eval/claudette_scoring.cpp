#include "eval/claudette_scoring.h"

#include <algorithm>
#include <filesystem>

#include "eval/json_lines.h"

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
  Result<std::vector<nlohmann::json>> lines = read_json_lines(path);
  if (!lines) return lines.error();
  LabelledSentences document;
  document.id = std::filesystem::path(path).stem().string();
  int number = 0;
  for (const nlohmann::json& line : *lines) {
    ++number;
    const std::string where = path + ": sentence " + std::to_string(number);
    if (!line.contains("text") || !line["text"].is_string()) return Error{"no \"text\"", where};
    if (!line.contains("tags") || !line["tags"].is_array()) return Error{"no \"tags\" array", where};
    std::set<std::string> unfair;
    for (const nlohmann::json& tag : line["tags"]) {
      if (!tag.is_string()) return Error{"a tag that is not a string", where};
      const std::optional<ClaudetteTag> parsed = parse_claudette_tag(tag.get<std::string>());
      if (parsed && parsed->level >= 2) unfair.insert(parsed->category);
    }
    document.sentences.push_back(line["text"].get<std::string>());
    document.labels.push_back(std::move(unfair));
  }
  return document;
}

Result<std::vector<LabelledSentences>> load_claudette_corpus(const std::string& dir) {
  Result<std::vector<std::string>> files = list_json_lines_files(dir);
  if (!files) return files.error();
  std::vector<LabelledSentences> documents;
  for (const std::string& file : *files) {
    Result<LabelledSentences> document = load_claudette_document(file);
    if (!document) return document.error();
    documents.push_back(std::move(*document));
  }
  return documents;
}

}  // namespace consentflow
