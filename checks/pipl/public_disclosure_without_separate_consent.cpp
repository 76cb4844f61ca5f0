#include "checks/pipl/public_disclosure_without_separate_consent.h"

#include "checks/check_support.h"
#include "graph/build_graph.h"

namespace consentflow {

const CheckInfo& PublicDisclosureWithoutSeparateConsentCheck::info() const {
  static const CheckInfo info{"pipl-25-public-disclosure-without-separate-consent", "pipl",
                              Severity::Error, {"PIPL-25", "GB-9.4"},
                              "公开个人信息未取得单独同意",
                              "Personal data made public without separate consent",
                              "docs/checks/pipl-25-public-disclosure-without-separate-consent.md"};
  return info;
}

void PublicDisclosureWithoutSeparateConsentCheck::run(const CheckInput& input,
                                                      std::vector<Finding>& out) const {
  const std::vector<PracticeAt> disclosed = stated_practices(input, [](const Practice& practice) {
    return is_outward_flow(practice.action) && practice.recipient &&
           practice.recipient->kind == PartyKind::Public &&
           practice.consent != ConsentKind::Separate &&
           practice.consent != ConsentKind::LegalException;
  });
  if (disclosed.empty()) return;
  const std::vector<std::string> data = data_ids(disclosed);
  const ConsentKind consent = weakest_consent(disclosed);
  Finding finding = new_finding(
      info(), "政策允许公开披露" + data_names_zh(*input.ontology, data) + "，" + consent_phrase_zh(consent),
      "The policy allows making " + data_names_en(*input.ontology, data) + " public; " +
          consent_phrase_en(consent));
  for (const PracticeAt& at : disclosed) add_practice_evidence(finding, at);
  for (const std::string& id : data) add_node(finding, data_node_id(id));
  out.push_back(std::move(finding));
}

}  // namespace consentflow
