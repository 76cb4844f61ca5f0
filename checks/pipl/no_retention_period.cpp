#include "checks/pipl/no_retention_period.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& NoRetentionPeriodCheck::info() const {
  static const CheckInfo info{"pipl-19-no-retention-period", "pipl", Severity::Warning,
                              {"PIPL-19", "PIPL-17", "GB-6.1"},
                              "未说明保存期限，或无限期保存",
                              "No retention period, or indefinite retention",
                              "docs/checks/pipl-19-no-retention-period.md"};
  return info;
}

void NoRetentionPeriodCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  for (const StatementAt& at : statements_of(input, StatementKind::Retention)) {
    if (at.statement->detail != "indefinite") continue;
    Finding finding = new_finding(
        info(), "政策称无限期或长期保存个人信息：" + quote(input, at.source, at.statement->span),
        "The policy keeps personal data indefinitely: " + quote(input, at.source, at.statement->span));
    add_evidence(finding, at.source, at.statement->span);
    out.push_back(std::move(finding));
  }
  if (!analyses_privacy_policy(input) ||
      has_statement(input, StatementKind::Retention, {"period", "shortest-necessary", "service-lifetime", "indefinite"}))
    return;
  out.push_back(absence_finding(input, info(), "政策未说明个人信息的保存期限",
                                "The policy states no retention period for personal data"));
}

}  // namespace consentflow
