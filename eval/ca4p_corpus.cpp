#include "eval/ca4p_corpus.h"

#include <cstdint>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "eval/text_file.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

namespace fs = std::filesystem;

const char* const kTextSuffix = ".txt";
const char* const kLabelsSuffix = ".labels.json";

bool is_string_field(const nlohmann::json& object, const char* key) {
  return object.contains(key) && object[key].is_string();
}

bool is_offset_field(const nlohmann::json& object, const char* key) {
  return object.contains(key) && object[key].is_number_integer();
}

// {"start", "end"} of an entry as a span inside a text of `size` code points.
Result<Span> read_span(const nlohmann::json& entry, int32_t size, const std::string& where) {
  if (!is_offset_field(entry, "start") || !is_offset_field(entry, "end"))
    return Error{"entry without integer start and end", where};
  const auto start = entry["start"].get<int64_t>();
  const auto end = entry["end"].get<int64_t>();
  if (start < 0 || end < start || end > size)
    return Error{"span [" + std::to_string(start) + ", " + std::to_string(end) +
                     ") outside the text of " + std::to_string(size) + " code points",
                 where};
  return Span{static_cast<int32_t>(start), static_cast<int32_t>(end)};
}

Result<std::vector<LabelledSpan>> read_gold_spans(const nlohmann::json& labels, int32_t size,
                                                  const std::string& where) {
  if (!labels.contains("spans") || !labels["spans"].is_array())
    return Error{"no \"spans\" array", where};
  std::vector<LabelledSpan> spans;
  for (const auto& entry : labels["spans"]) {
    if (!entry.is_object() || !is_string_field(entry, "label"))
      return Error{"span entry without a label", where};
    Result<Span> span = read_span(entry, size, where);
    if (!span) return span.error();
    spans.push_back({entry["label"].get<std::string>(), *span});
  }
  return spans;
}

Result<std::vector<Ca4pSegment>> read_segments(const nlohmann::json& labels, int32_t size,
                                               const std::string& where) {
  std::vector<Ca4pSegment> segments;
  if (!labels.contains("segments")) return segments;
  if (!labels["segments"].is_array()) return Error{"\"segments\" is not an array", where};
  for (const auto& entry : labels["segments"]) {
    if (!entry.is_object() || !is_string_field(entry, "category") || !is_string_field(entry, "id"))
      return Error{"segment entry without category and id", where};
    Result<Span> span = read_span(entry, size, where);
    if (!span) return span.error();
    segments.push_back(
        {entry["category"].get<std::string>(), entry["id"].get<std::string>(), *span});
  }
  return segments;
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string strip_suffix(const std::string& text, const std::string& suffix) {
  return text.substr(0, text.size() - suffix.size());
}

}  // namespace

const std::vector<std::string>& ca4p_labels() {
  static const std::vector<std::string> labels = {"data",    "handler",   "collect", "share",
                                                  "purpose", "condition", "subject"};
  return labels;
}

Result<Ca4pDocument> load_ca4p_document(const std::string& text_path,
                                        const std::string& labels_path) {
  Result<std::string> text = read_text_file(text_path);
  if (!text) return text.error();
  Result<std::string> labels_text = read_text_file(labels_path);
  if (!labels_text) return labels_text.error();

  const nlohmann::json labels = nlohmann::json::parse(*labels_text, nullptr, false);
  if (labels.is_discarded() || !labels.is_object()) return Error{"not a JSON object", labels_path};

  const auto size = static_cast<int32_t>(utf8::count_code_points(*text));
  Ca4pDocument document;
  document.id = strip_suffix(fs::path(text_path).filename().string(), kTextSuffix);
  document.text_path = text_path;
  Result<std::vector<LabelledSpan>> gold = read_gold_spans(labels, size, labels_path);
  if (!gold) return gold.error();
  Result<std::vector<Ca4pSegment>> segments = read_segments(labels, size, labels_path);
  if (!segments) return segments.error();
  document.text = std::move(*text);
  document.gold = std::move(*gold);
  document.segments = std::move(*segments);
  return document;
}

Result<std::vector<Ca4pDocument>> load_ca4p_corpus(const std::string& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) return Error{"not a directory", dir};

  std::set<std::string> text_ids;
  std::set<std::string> label_ids;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (ends_with(name, kLabelsSuffix))
      label_ids.insert(strip_suffix(name, kLabelsSuffix));
    else if (ends_with(name, kTextSuffix))
      text_ids.insert(strip_suffix(name, kTextSuffix));
  }
  if (error) return Error{"cannot list directory: " + error.message(), dir};

  const fs::path folder(dir);
  for (const std::string& id : text_ids)
    if (!label_ids.contains(id))
      return Error{"text without labels file", (folder / (id + kTextSuffix)).string()};
  for (const std::string& id : label_ids)
    if (!text_ids.contains(id))
      return Error{"labels without text file", (folder / (id + kLabelsSuffix)).string()};
  if (text_ids.empty()) return Error{"no CA4P documents (ID.txt + ID.labels.json)", dir};

  std::vector<Ca4pDocument> documents;
  for (const std::string& id : text_ids) {
    Result<Ca4pDocument> document = load_ca4p_document((folder / (id + kTextSuffix)).string(),
                                                       (folder / (id + kLabelsSuffix)).string());
    if (!document) return document.error();
    documents.push_back(std::move(*document));
  }
  return documents;
}

}  // namespace consentflow
