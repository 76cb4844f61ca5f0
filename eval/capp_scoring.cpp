#include "eval/capp_scoring.h"

namespace consentflow {

const std::vector<std::string>& capp_labels() {
  static const std::vector<std::string> labels = {
      "数据收集", "权限获取", "共享、委托、转让、公开（披露）", "使用", "存储方式",
      "安全措施", "特殊人群", "数据、权限管理", "联系方式", "隐私政策的授权、修改与变更",
      "停止运营", "摘要", "潜在风险"};
  return labels;
}

Result<LabelledSentences> load_capp_document(const std::string& path) {
  return load_labelled_sentences(path, "labels", "label",
                                 [](const std::string& label) { return std::optional<std::string>(label); });
}

Result<std::vector<LabelledSentences>> load_capp_corpus(const std::string& dir) {
  return load_labelled_corpus(dir, load_capp_document);
}

}  // namespace consentflow
