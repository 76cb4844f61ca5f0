#include "checks/pipl/public_disclosure_without_separate_consent.h"

#include <algorithm>

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

namespace {

// "为保护您、其他用户或公众的人身财产安全…，我们可能…与关联公司共享" names the public
// as whom a measure protects: data reaches the public only by an act of making it
// public, worded in the sentence, in a heading over it ("（四）公开披露") or in the
// lead-in of the list it is an item of ("我们仅会在以下情况下，公开披露您的个人信息：").
// The heading nearest the sentence that names an outward act decides: "（三）公开披露"
// makes its items public, while the sharing section's own heading
// ("三、我们如何共享、转让、公开披露您的个人信息") names every act, so that sharing with
// affiliates under it is not made public.
bool heading_makes_public(const CheckInput& input, const PracticeAt& at, Span said) {
  const CueList* publish = cue_list_of(input, "public_disclose_verbs");
  const CueList* share = cue_list_of(input, "share_verbs");
  const CueList* transfer = cue_list_of(input, "transfer_verbs");
  const std::string_view heading = innermost_heading_with_cue(input, at.source, said, {publish, share, transfer});
  const auto names = [&](const CueList* cues) { return cues && cues->matcher.occurs_in(heading); };
  return names(publish) && !names(share) && !names(transfer);
}

bool made_public(const CheckInput& input, const PracticeAt& at) {
  if (at.practice->evidence.empty()) return false;
  const Span said = at.practice->evidence.front();
  return span_has_cue(input, at.source, said, "public_disclose_verbs") || heading_makes_public(input, at, said) ||
         span_has_cue(input, at.source, list_lead_in(input, at.source, said, false), "public_disclose_verbs");
}

// "我们公开披露你的个人信息会采用符合行业内标准的安全保护措施" says how data made
// public is guarded, not that any is.
bool states_a_safeguard(const CheckInput& input, const PracticeAt& at) {
  return !at.practice->evidence.empty() &&
         span_has_cue(input, at.source, at.practice->evidence.front(), "disclosure_safeguards");
}

// "我们会在以下情况下，公开披露您的个人信息：" states no consent itself; its cases do
// ("获得您明确同意后；", "在您明确同意的披露方式下披露您所指定的个人信息；"), the strongest
// one named standing for the lead-in.
ConsentKind consent_stated(const CheckInput& input, const PracticeAt& at) {
  const ConsentKind own = at.practice->consent;
  if (own != ConsentKind::NoneStated || at.practice->evidence.empty()) return own;
  const Span cases = list_opened_by(input, at.source, at.practice->evidence.front());
  if (cases.empty()) return own;
  if (span_has_cue(input, at.source, cases, "consent_separate")) return ConsentKind::Separate;
  if (span_has_cue(input, at.source, cases, "consent_explicit")) return ConsentKind::Explicit;
  if (span_has_cue(input, at.source, cases, "consent_prior")) return ConsentKind::Prior;
  return own;
}

// "与公众共享这些统计信息，以展示…整体使用趋势": statistics are no personal data.
bool discloses_statistics(const Practice& practice) {
  return std::any_of(practice.data.begin(), practice.data.end(),
                     [](const DataMention& data) { return data.id == "anonymised_data"; });
}

}  // namespace

void PublicDisclosureWithoutSeparateConsentCheck::run(const CheckInput& input,
                                                      std::vector<Finding>& out) const {
  const std::vector<PracticeAt> outward_to_public = stated_practices(input, [](const Practice& practice) {
    return is_outward_flow(practice.action) && practice.recipient &&
           practice.recipient->kind == PartyKind::Public && practice.consent != ConsentKind::LegalException &&
           !discloses_statistics(practice);
  });
  std::vector<PracticeAt> disclosed;
  ConsentKind consent = ConsentKind::Separate;  // the weakest stated for the disclosures kept
  for (const PracticeAt& at : outward_to_public) {
    const ConsentKind stated = consent_stated(input, at);
    if (stated == ConsentKind::Separate || !made_public(input, at) || states_a_safeguard(input, at)) continue;
    disclosed.push_back(at);
    consent = weaker_consent(consent, stated);
  }
  if (disclosed.empty()) return;
  const std::vector<std::string> data = data_ids(disclosed);
  Finding finding = new_finding(
      info(), "政策允许公开披露" + data_names_zh(*input.ontology, data) + "，" + consent_phrase_zh(consent),
      "The policy allows making " + data_names_en(*input.ontology, data) + " public; " +
          consent_phrase_en(consent));
  for (const PracticeAt& at : disclosed) add_practice_evidence(finding, at);
  for (const std::string& id : data) add_node(finding, data_node_id(id));
  out.push_back(std::move(finding));
}

}  // namespace consentflow
