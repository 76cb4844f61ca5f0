#include "checks/pipl/no_withdrawal.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& NoWithdrawalCheck::info() const {
  static const CheckInfo info{"pipl-15-no-withdrawal", "pipl", Severity::Error,
                              {"PIPL-15", "AM-3.8", "GB-8.4"},
                              "未提供撤回同意的方式",
                              "No way to withdraw consent is given",
                              "docs/checks/pipl-15-no-withdrawal.md"};
  return info;
}

void NoWithdrawalCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input) || has_statement(input, StatementKind::Right, {"withdraw"}))
    return;
  out.push_back(absence_finding(
      input, info(), "政策未说明如何撤回同意（个人信息保护法第十五条要求提供便捷的撤回同意方式）",
      "The policy never says how to withdraw consent (PIPL art. 15 requires a convenient way)"));
}

}  // namespace consentflow
