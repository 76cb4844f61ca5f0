#include "checks/practice_rule_check.h"

#include <algorithm>
#include <set>

#include "graph/build_graph.h"

namespace consentflow {

void PracticeRuleCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  for (const std::string& list : rule_.absent_from_policy)
    if (!sentences_with_cue(input, list).empty()) return;
  const std::vector<PracticeAt> stated = stated_practices(input);
  std::vector<PracticeAt> matched;
  for (const PracticeAt& at : stated)
    if (rule_.matches(input, at)) matched.push_back(at);
  if (matched.empty()) return;
  std::set<std::string> settled;
  if (rule_.settles_data)
    for (const PracticeAt& at : stated)
      if (rule_.settles_data(input, at))
        for (const DataMention& mention : at.practice->data) settled.insert(mention.id);
  const auto named = [&](const std::string& id) {
    return !settled.count(id) && (!rule_.names_data || rule_.names_data(*input.ontology, id));
  };
  std::erase_if(matched, [&](const PracticeAt& at) {
    return !settled.empty() && std::none_of(at.practice->data.begin(), at.practice->data.end(),
                                            [&](const DataMention& mention) { return named(mention.id); });
  });
  if (matched.empty()) return;
  std::vector<std::string> data = data_ids(matched);
  std::erase_if(data, [&](const std::string& id) { return !named(id); });
  Finding finding = new_finding(info_, info_.summary_zh + "：" + data_names_zh(*input.ontology, data),
                                info_.summary_en + ": " + data_names_en(*input.ontology, data));
  for (const PracticeAt& at : matched) {
    if (rule_.shown_by) add_evidence(finding, at.source, rule_.shown_by(input, at));
    else add_practice_evidence(finding, at);
    if (at.practice->recipient) add_node(finding, party_node_id(*at.practice->recipient));
  }
  for (const std::string& id : data) add_node(finding, data_node_id(id));
  out.push_back(std::move(finding));
}

}  // namespace consentflow
