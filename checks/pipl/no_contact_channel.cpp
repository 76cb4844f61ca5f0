#include "checks/pipl/no_contact_channel.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& NoContactChannelCheck::info() const {
  static const CheckInfo info{"pipl-17-no-contact-channel", "pipl", Severity::Error,
                              {"PIPL-17", "PIPL-50", "GB-5.5"},
                              "未提供受理个人信息请求的具体联系方式",
                              "No concrete channel for privacy requests",
                              "docs/checks/pipl-17-no-contact-channel.md"};
  return info;
}

void NoContactChannelCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input) ||
      has_statement(input, StatementKind::Contact, {"email", "phone", "address", "form"}))
    return;
  const std::vector<StatementAt> generic = statements_of(input, StatementKind::Contact);
  if (generic.empty()) {
    out.push_back(absence_finding(
        input, info(), "政策未提供处理者的联系方式（电子邮箱、电话、地址或在线表单）",
        "The policy gives no contact for the handler (email, phone, address or online form)"));
    return;
  }
  const StatementAt& first = generic.front();
  Finding finding = new_finding(
      info(),
      "政策仅泛称联系方式 " + quote(input, first.source, first.statement->span) +
          "，未提供电子邮箱、电话、地址或在线表单",
      "The policy only mentions contact in general " + quote(input, first.source, first.statement->span) +
          " and gives no email, phone, address or online form");
  for (const StatementAt& at : generic) add_evidence(finding, at.source, at.statement->span);
  out.push_back(std::move(finding));
}

}  // namespace consentflow
