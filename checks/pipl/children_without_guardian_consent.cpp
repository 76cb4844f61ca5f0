#include "checks/pipl/children_without_guardian_consent.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& ChildrenWithoutGuardianConsentCheck::info() const {
  static const CheckInfo info{"pipl-31-children-without-guardian-consent", "pipl", Severity::Error,
                              {"PIPL-31", "PIPL-28", "GB-5.4"},
                              "未就不满十四周岁未成年人说明监护人同意和专门处理规则",
                              "No guardian consent and dedicated rules for children under 14",
                              "docs/checks/pipl-31-children-without-guardian-consent.md"};
  return info;
}

void ChildrenWithoutGuardianConsentCheck::run(const CheckInput& input,
                                              std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input)) return;
  const std::vector<StatementAt> children = statements_of(input, StatementKind::Children);
  if (children.empty()) {
    out.push_back(absence_finding(
        input, info(), "政策未提及不满十四周岁未成年人个人信息的处理",
        "The policy never addresses personal data of children under 14"));
    return;
  }
  const bool guardian = has_statement(input, StatementKind::Children, {"guardian_consent"});
  const bool rules = has_statement(input, StatementKind::Children, {"under_14_rules"});
  if (guardian && rules) return;
  const bool excluded = has_statement(input, StatementKind::Children, {"excluded"});
  std::string missing_zh = guardian ? "专门的儿童个人信息处理规则"
                           : rules  ? "监护人同意"
                                    : "监护人同意和专门的儿童个人信息处理规则";
  std::string missing_en = guardian ? "dedicated rules for children's data"
                           : rules  ? "guardian consent"
                                    : "guardian consent and dedicated rules for children's data";
  const StatementAt& first = children.front();
  Finding finding =
      excluded ? new_finding(info(),
                             "政策以 " + quote(input, first.source, first.statement->span) +
                                 " 排除未成年人，但未说明如何核验年龄，也未提供" + missing_zh,
                             "The policy excludes minors " + quote(input, first.source, first.statement->span) +
                                 " but says nothing of age verification and gives no " + missing_en)
               : new_finding(info(), "政策提及未成年人，但未说明" + missing_zh,
                             "The policy mentions minors but gives no " + missing_en);
  for (const StatementAt& at : children) add_evidence(finding, at.source, at.statement->span);
  out.push_back(std::move(finding));
}

}  // namespace consentflow
