#include "checks/necessity/vague_purpose.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& VaguePurposeCheck::info() const {
  static const CheckInfo info{"necessity-vague-purpose", "necessity", Severity::Warning,
                              {"AM-4.5", "GB-5.3", "PIPL-6"},
                              "以改善体验、研发新产品或定向推送为由强制收集个人信息",
                              "Mandatory collection justified only by improving the experience, research or targeted push",
                              "docs/checks/necessity-vague-purpose.md"};
  return info;
}

void VaguePurposeCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  for (const PracticeAt& at : stated_practices(input, [](const Practice& p) { return p.action == Action::Collect; })) {
    if (at.practice->evidence.empty()) continue;
    const Span sentence = practice_sentence_and_next(input, at);  // the refusal often follows
    if (!span_has_cue(input, at.source, sentence, "improve_experience")) continue;
    // "如您不提供…，不会影响您使用…基本功能": the collection is optional, though the
    // sentence names the basic function (a mandatory marker) and "影响您使用".
    if (span_has_cue(input, at.source, sentence, "refusal_ok")) continue;
    if (!span_has_cue(input, at.source, sentence, "refusal_blocks") &&
        !span_has_cue(input, at.source, sentence, "mandatory_markers"))
      continue;
    const std::vector<std::string> data = data_ids({at});
    Finding finding = new_finding(
        info(), "以改善体验等为由强制收集" + data_names_zh(*input.ontology, data) + "：" + quote(input, at.source, sentence),
        "Collection of " + data_names_en(*input.ontology, data) +
            " is made mandatory for a vague purpose: " + quote(input, at.source, sentence));
    add_practice_evidence(finding, at);
    out.push_back(std::move(finding));
  }
}

}  // namespace consentflow
