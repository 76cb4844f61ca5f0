#include "checks/pipl/rights_missing.h"

#include <string>
#include <vector>

#include "checks/check_support.h"

namespace consentflow {
namespace {

struct RightName {
  const char* detail;
  const char* zh;
  const char* en;
};

constexpr RightName kRequiredRights[] = {
    {"access", "查阅", "access"},
    {"correct", "更正", "correction"},
    {"delete", "删除", "deletion"},
};

}  // namespace

const CheckInfo& RightsMissingCheck::info() const {
  static const CheckInfo info{"pipl-44-rights-missing", "pipl", Severity::Error,
                              {"PIPL-44", "PIPL-45", "PIPL-46", "PIPL-47", "AM-6.1", "GB-8"},
                              "未说明查阅、更正或删除个人信息的方式",
                              "No way to access, correct or delete personal data is given",
                              "docs/checks/pipl-44-rights-missing.md"};
  return info;
}

void RightsMissingCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  if (!analyses_privacy_policy(input)) return;
  std::string missing_zh, missing_en;
  for (const RightName& right : kRequiredRights) {
    if (has_statement(input, StatementKind::Right, {right.detail})) continue;
    missing_zh += std::string(missing_zh.empty() ? "" : "、") + right.zh;
    missing_en += std::string(missing_en.empty() ? "" : ", ") + right.en;
  }
  if (missing_zh.empty()) return;
  out.push_back(absence_finding(input, info(), "政策未说明个人如何行使" + missing_zh + "权利",
                                "The policy gives no way to exercise the rights of " + missing_en));
}

}  // namespace consentflow
