#include "eval/notice_scoring.h"

namespace consentflow {

const std::vector<NoticeElement>& notice_elements() {
  static const std::vector<NoticeElement> elements = {
      {"rights", "e_4", "用户权利增删改查"},
      {"retention", "e_5", "数据保存"},
      {"withdrawal", "e_9", "获取撤回同意"},
      {"children", "e_11", "年龄限制条款"},
      // CA4P's 数据迁移 also holds data-portability sections (copies of one's data).
      {"cross_border", "e_12", "数据迁移"},
      {"contact", "e_14", "开发者公司名称联系方式"},
      {"cookies", "e_15", "网站Cookie及WebBeacon使用"},
  };
  return elements;
}

std::set<std::string> gold_notice_elements(const Ca4pDocument& document) {
  std::set<std::string> present;
  for (const Ca4pSegment& segment : document.segments)
    for (const NoticeElement& element : notice_elements())
      if (segment.element == element.ca4p_element || segment.category == element.ca4p_category)
        present.insert(element.id);
  return present;
}

void add_notice_document(const std::set<std::string>& gold, const std::set<std::string>& predicted,
                         NoticeEvaluation& into) {
  for (const NoticeElement& element : notice_elements()) {
    const bool in_gold = gold.contains(element.id);
    const bool in_predicted = predicted.contains(element.id);
    Score& score = into.elements[element.id];
    score.gold += in_gold ? 1 : 0;
    score.predicted += in_predicted ? 1 : 0;
    const int hit = in_gold && in_predicted ? 1 : 0;
    score.gold_found += hit;
    score.predicted_right += hit;
  }
  ++into.documents;
}

Result<NoticeEvaluation> evaluate_notice(const std::vector<Ca4pDocument>& documents,
                                         const NoticePredictor& predict,
                                         const ProgressObserver& progress) {
  NoticeEvaluation evaluation;
  for (const Ca4pDocument& document : documents) {
    Result<std::set<std::string>> predicted = predict(document.text_path);
    if (!predicted) return predicted.error();
    add_notice_document(gold_notice_elements(document), *predicted, evaluation);
    if (progress) progress(evaluation.documents, documents.size(), document.id);
  }
  return evaluation;
}

}  // namespace consentflow
