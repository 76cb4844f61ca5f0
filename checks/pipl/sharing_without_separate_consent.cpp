#include "checks/pipl/sharing_without_separate_consent.h"

#include <algorithm>

#include "checks/check_support.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

// "获得您的明确同意后，我们会与其他方共享", "在征得您同意的情况下与合作伙伴共享":
// consent asked for the provision itself, before it, is consent apart from the policy's.
bool consent_asked_for_the_act(const CheckInput& input, const PracticeAt& at) {
  const Practice& practice = *at.practice;
  return (practice.consent == ConsentKind::Explicit || practice.consent == ConsentKind::Prior) &&
         !practice.evidence.empty() &&
         span_has_cue(input, at.source, practice.evidence.front(), "consent_precondition");
}

// "我们会…以具体场景下的文案确认、弹窗提示等形式征得您的同意", said once in the
// section on sharing: consent asked for each provision of that section when it happens.
bool consent_asked_for_the_section(const CheckInput& input, const PracticeAt& at,
                                   const std::vector<SentenceAt>& section_consents) {
  if (at.practice->evidence.empty()) return false;
  const Span evidence = at.practice->evidence.front();
  return std::any_of(section_consents.begin(), section_consents.end(), [&](const SentenceAt& consent) {
    return consent.source == at.source &&
           section_headed_by(input, consent.source, *consent.document, consent.sentence->span, "share_verbs")
               .contains(evidence);
  });
}

// Provisions that need the individual's separate consent: not those made under a
// stated legal exception (judged by pipl-13-exception-outside-legal-basis).
bool lacks_separate_consent(const CheckInput& input, const PracticeAt& at,
                            const std::vector<SentenceAt>& section_consents) {
  const ConsentKind consent = at.practice->consent;
  return consent != ConsentKind::Separate && consent != ConsentKind::LegalException &&
         !consent_asked_for_the_act(input, at) && !consent_asked_for_the_section(input, at, section_consents);
}

}  // namespace

const CheckInfo& SharingWithoutSeparateConsentCheck::info() const {
  static const CheckInfo info{"pipl-23-sharing-without-separate-consent", "pipl", Severity::Error,
                              {"PIPL-23", "AM-5.1", "GB-9.2"},
                              "向第三方（含SDK）提供个人信息未取得单独同意",
                              "Personal data provided to a third party (SDKs included) without separate consent",
                              "docs/checks/pipl-23-sharing-without-separate-consent.md"};
  return info;
}

void SharingWithoutSeparateConsentCheck::run(const CheckInput& input,
                                             std::vector<Finding>& out) const {
  const std::vector<SentenceAt> section_consents = sentences_with_cue(input, "provision_consent_asked");
  for (const RecipientFlows& flows : flows_by_recipient(input)) {
    std::vector<PracticeAt> unconsented;
    for (const PracticeAt& at : flows.practices)
      if (lacks_separate_consent(input, at, section_consents)) unconsented.push_back(at);
    if (unconsented.empty()) continue;
    const std::vector<std::string> data = data_ids(unconsented);
    const ConsentKind consent = weakest_consent(unconsented);
    const std::string name = party_name(flows.recipient);
    Finding finding = new_finding(
        info(),
        name + " 接收" + data_names_zh(*input.ontology, data) + "，" + consent_phrase_zh(consent),
        name + " receives " + data_names_en(*input.ontology, data) + "; " + consent_phrase_en(consent));
    for (const PracticeAt& at : unconsented) add_practice_evidence(finding, at);
    add_node(finding, flows.node_id);
    for (const std::string& id : data) add_node(finding, data_node_id(id));
    out.push_back(std::move(finding));
  }
}

}  // namespace consentflow
