#include "checks/pipl/no_complaint_channel.h"

#include "checks/check_support.h"

namespace consentflow {

const CheckInfo& NoComplaintChannelCheck::info() const {
  static const CheckInfo info{"pipl-50-no-complaint-channel", "pipl", Severity::Warning,
                              {"PIPL-50", "AM-6.5", "GB-5.5"},
                              "未公布投诉、举报渠道",
                              "No channel for complaints and reports is published",
                              "docs/checks/pipl-50-no-complaint-channel.md"};
  return info;
}

// A published email, phone, address or form is a channel a complaint can be sent
// through (AM-6.5 asks that one be published, not that it be called 投诉); only a
// policy with neither that nor a stated complaint route lacks one.
void NoComplaintChannelCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input) || has_statement(input, StatementKind::Right, {"complain"}) ||
      has_statement(input, StatementKind::Contact, {"email", "phone", "address", "form"}))
    return;
  out.push_back(absence_finding(input, info(), "政策未公布个人信息投诉、举报的渠道",
                                "The policy publishes no channel for privacy complaints and reports"));
}

}  // namespace consentflow
