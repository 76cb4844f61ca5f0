#include "checks/pipl/agreement_policy_contradiction.h"

#include "checks/check_support.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

DocumentKind kind_of(const CheckInput& input, const PracticeAt& at) {
  const Analysis& analysis = *input.sources[static_cast<std::size_t>(at.source)];
  const auto index = static_cast<std::size_t>(at.practice->document);
  return index < analysis.documents.size() ? analysis.documents[index].kind : DocumentKind::Other;
}

// A provision to another handler that needs the individual's say.
bool is_provision(const Practice& practice) {
  return is_outward_flow(practice.action) && practice.consent != ConsentKind::LegalException &&
         (!practice.recipient || is_other_handler(practice.recipient->kind));
}

}  // namespace

const CheckInfo& AgreementPolicyContradictionCheck::info() const {
  static const CheckInfo info{"pipl-cross-document-contradiction", "pipl", Severity::Warning,
                              {"PIPL-7", "PIPL-17", "PIPL-23"},
                              "隐私政策与用户协议对向第三方提供个人信息的说法相互矛盾",
                              "The privacy policy and the user agreement contradict each other on providing data to third parties",
                              "docs/checks/pipl-cross-document-contradiction.md"};
  return info;
}

void AgreementPolicyContradictionCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  const PracticeAt* promise[2] = {nullptr, nullptr};     // by document: [0] agreement, [1] policy
  const PracticeAt* permission[2] = {nullptr, nullptr};
  std::vector<PracticeAt> all;
  for (std::size_t source = 0; source < input.sources.size(); ++source)
    for (const Practice& practice : input.sources[source]->practices)
      all.push_back({static_cast<int>(source), &practice});
  for (const PracticeAt& at : all) {
    const DocumentKind kind = kind_of(input, at);
    if (kind != DocumentKind::Agreement && kind != DocumentKind::PrivacyPolicy) continue;
    const int side = kind == DocumentKind::Agreement ? 0 : 1;
    if (!is_provision(*at.practice)) continue;
    // A promise says it will not ("不会…提供"); a limit ("只会共享必要的") or a harm
    // guarded against is denied too, yet promises nothing a permission could break.
    if (at.practice->negated && !promise[side] &&
        span_has_cue(input, at.source, at.practice->evidence.front(), "negation"))
      promise[side] = &at;
    if (!at.practice->negated && !permission[side]) permission[side] = &at;
  }
  for (int side = 0; side < 2; ++side) {
    const PracticeAt* said = promise[side];
    const PracticeAt* other = permission[1 - side];
    if (!said || !other) continue;
    const Span promise_span = said->practice->evidence.front();
    const Span permission_span = other->practice->evidence.front();
    const std::string promise_quote = quote(input, said->source, promise_span);
    const std::string permission_quote = quote(input, other->source, permission_span);
    const std::string promiser_zh = side == 1 ? "隐私政策" : "用户协议";
    const std::string permitter_zh = side == 1 ? "用户协议" : "隐私政策";
    const std::string promiser_en = side == 1 ? "privacy policy" : "user agreement";
    const std::string permitter_en = side == 1 ? "user agreement" : "privacy policy";
    Finding finding = new_finding(
        info(), promiser_zh + "承诺" + promise_quote + "，但" + permitter_zh + "称" + permission_quote,
        "The " + promiser_en + " promises " + promise_quote + ", but the " + permitter_en + " says " +
            permission_quote);
    add_evidence(finding, said->source, promise_span);
    add_evidence(finding, other->source, permission_span);
    if (other->practice->recipient) add_node(finding, party_node_id(*other->practice->recipient));
    out.push_back(std::move(finding));
  }
}

}  // namespace consentflow
