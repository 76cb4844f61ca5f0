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

void NoAccountCancellationCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input) ||
      has_statement(input, StatementKind::Right, {"cancel_account"}))
    return;
  out.push_back(absence_finding(input, info(), "政策未说明如何注销账号",
                                "The policy never says how to cancel the account"));
}

}  // namespace consentflow
