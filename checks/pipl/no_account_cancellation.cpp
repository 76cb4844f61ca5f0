#include "checks/pipl/no_account_cancellation.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& NoAccountCancellationCheck::info() const {
  static const CheckInfo info{"pipl-47-no-account-cancellation", "pipl", Severity::Error,
                              {"PIPL-47", "AM-6.1", "GB-8.5"},
                              "未提供注销账号的途径",
                              "No way to cancel the account is given",
                              "docs/checks/pipl-47-no-account-cancellation.md"};
  return info;
}

namespace {

// A way to cancel worded without "您可以": a path in the app or a table row
// ("进入账号中心——安全中心——账号注销"), a page, a link or a contact, in a sentence
// about cancellation or under a heading about it, numbered ("（二）注销你的账号") or a
// short line of its own just before.
bool states_a_way_to_cancel(const CheckInput& input) {
  constexpr int kHeadingLength = 16;
  for (std::size_t index = 0; index < input.sources.size(); ++index) {
    const int source = static_cast<int>(index);
    for (const Document* document : legal_documents(*input.sources[index])) {
      const Sentence* before = nullptr;
      for (const Sentence& sentence : document->sentences) {
        const bool under_heading =
            before && before->span.length() <= kHeadingLength &&
            span_has_cue(input, source, before->span, "right_cancel_account");
        before = &sentence;
        if (!span_has_cue(input, source, sentence.span, "cancellation_way")) continue;
        if (under_heading || span_has_cue(input, source, sentence.span, "right_cancel_account") ||
            headings_have_cue(input, source, sentence.span, "right_cancel_account"))
          return true;
      }
    }
  }
  return false;
}

}  // namespace

void NoAccountCancellationCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  // A policy that never names an account (a single-player game's) has none to cancel.
  if (!analyses_privacy_policy(input) || sentences_with_cue(input, "account_mentions").empty() ||
      has_statement(input, StatementKind::Right, {"cancel_account"}) || states_a_way_to_cancel(input))
    return;
  out.push_back(absence_finding(input, info(), "政策未说明如何注销账号",
                                "The policy never says how to cancel the account"));
}

}  // namespace consentflow
