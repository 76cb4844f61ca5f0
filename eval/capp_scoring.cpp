#include "eval/capp_scoring.h"

#include <filesystem>

#include "eval/json_lines.h"

namespace consentflow {

const std::vector<std::string>& capp_labels() {
  static const std::vector<std::string> labels = {
      "数据收集", "权限获取", "共享、委托、转让、公开（披露）", "使用", "存储方式",
      "安全措施", "特殊人群", "数据、权限管理", "联系方式", "隐私政策的授权、修改与变更",
      "停止运营", "摘要", "潜在风险"};
  return labels;
}

Result<LabelledSentences> load_capp_document(const std::string& path) {
  Result<std::vector<nlohmann::json>> lines = read_json_lines(path);
  if (!lines) return lines.error();
  LabelledSentences document;
  document.id = std::filesystem::path(path).stem().string();
  int number = 0;
  for (const nlohmann::json& line : *lines) {
    ++number;
    const std::string where = path + ": sentence " + std::to_string(number);
    if (!line.contains("text") || !line["text"].is_string()) return Error{"no \"text\"", where};
    if (!line.contains("labels") || !line["labels"].is_array())
      return Error{"no \"labels\" array", where};
    std::set<std::string> labels;
    for (const nlohmann::json& label : line["labels"]) {
      if (!label.is_string()) return Error{"a label that is not a string", where};
      labels.insert(label.get<std::string>());
    }
    document.sentences.push_back(line["text"].get<std::string>());
    document.labels.push_back(std::move(labels));
  }
  return document;
}

Result<std::vector<LabelledSentences>> load_capp_corpus(const std::string& dir) {
  Result<std::vector<std::string>> files = list_json_lines_files(dir);
  if (!files) return files.error();
  std::vector<LabelledSentences> documents;
  for (const std::string& file : *files) {
    Result<LabelledSentences> document = load_capp_document(file);
    if (!document) return document.error();
    documents.push_back(std::move(*document));
  }
  return documents;
}

}  // namespace consentflow
