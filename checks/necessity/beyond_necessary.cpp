#include "checks/necessity/beyond_necessary.h"

#include <algorithm>

#include "checks/check_support.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

// True when `data` is one of the necessary types, or narrower or broader than one
// (a policy naming "位置信息" where the rule names "位置信息" or "行踪轨迹").
bool is_necessary(const Ontology& ontology, const AppType& type, const std::string& data) {
  return std::any_of(type.necessary_data.begin(), type.necessary_data.end(), [&](const std::string& needed) {
    return ontology.data_subsumes(needed, data) || ontology.data_subsumes(data, needed);
  });
}

}  // namespace

const CheckInfo& BeyondNecessaryCheck::info() const {
  static const CheckInfo info{"necessity-beyond-necessary", "necessity", Severity::Warning,
                              {"NEC-4", "NEC-5", "AM-4.1", "AM-4.2", "PIPL-16", "GB-5.2"},
                              "拒绝提供非必要个人信息将无法使用基本功能",
                              "Refusing personal data outside the app type's necessary set blocks the service",
                              "docs/checks/necessity-beyond-necessary.md"};
  return info;
}

void BeyondNecessaryCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!input.app_type) return;
  const AppType& type = *input.app_type;
  std::vector<PracticeAt> blocking;
  std::vector<std::string> data;
  for (const PracticeAt& at : stated_practices(input, [](const Practice& p) { return p.action == Action::Collect; })) {
    bool beyond = false;
    for (const DataMention& mention : at.practice->data)
      if (!is_necessary(*input.ontology, type, mention.id)) {
        beyond = true;
        if (std::find(data.begin(), data.end(), mention.id) == data.end() && !is_generic_data(mention.id))
          data.push_back(mention.id);
      }
    // "如您拒绝提供，将无法使用" often follows the collecting sentence.
    const Span sentence = practice_sentence_and_next(input, at);
    // "拒绝不影响您使用其他功能" holds "影响您使用" too: the reassurance wins.
    if (beyond && span_has_cue(input, at.source, sentence, "refusal_blocks") &&
        !span_has_cue(input, at.source, sentence, "refusal_ok"))
      blocking.push_back(at);
  }
  if (blocking.empty()) return;
  std::vector<std::string> blocked_data;
  for (const std::string& id : data_ids(blocking))
    if (!is_necessary(*input.ontology, type, id) && !is_generic_data(id)) blocked_data.push_back(id);
  if (blocked_data.empty()) return;
  const std::string needed = type.no_pi_needed ? "无需个人信息" : "必要个人信息之外";
  Finding finding = new_finding(
      info(),
      type.zh + "的基本功能" + (type.no_pi_needed ? "无需任何个人信息" : "不需要") + "，但拒绝提供" +
          data_names_zh(*input.ontology, blocked_data) + "将无法使用服务（" + needed + "）",
      "The basic function of a " + type.id + " app " + (type.no_pi_needed ? "needs no personal data" : "does not need") +
          " " + data_names_en(*input.ontology, blocked_data) + ", yet refusing it blocks the service");
  for (const PracticeAt& at : blocking) add_practice_evidence(finding, at);
  for (const std::string& id : blocked_data) add_node(finding, data_node_id(id));
  out.push_back(std::move(finding));
}

}  // namespace consentflow
