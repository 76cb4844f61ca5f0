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

void NoComplaintChannelCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input) || has_statement(input, StatementKind::Right, {"complain"}))
    return;
  out.push_back(absence_finding(input, info(), "政策未公布个人信息投诉、举报的渠道",
                                "The policy publishes no channel for privacy complaints and reports"));
}

}  // namespace consentflow
