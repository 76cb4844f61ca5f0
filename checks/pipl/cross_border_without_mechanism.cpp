#include "checks/pipl/cross_border_without_mechanism.h"

#include "checks/check_support.h"

namespace consentflow {
namespace {

constexpr std::size_t kMaxQuoted = 5;

// A transfer the policy states as made: not "不会传输至境外" (localisation), not
// "如需跨境传输…" (conditional), not a section heading; in a privacy policy.
bool states_transfer(const CheckInput& input, const StatementAt& at) {
  if (!states_a_transfer(*at.statement)) return false;
  const Document* document = document_of(input, at.source, at.statement->document);
  return document && document->kind != DocumentKind::Agreement;
}

}  // namespace

const CheckInfo& CrossBorderWithoutMechanismCheck::info() const {
  static const CheckInfo info{"pipl-38-cross-border-without-mechanism", "pipl", Severity::Warning,
                              {"PIPL-38", "GB-9.8"},
                              "个人信息出境但未说明安全评估、认证或标准合同等出境条件",
                              "Personal data leaves China but no security assessment, certification or standard contract is named",
                              "docs/checks/pipl-38-cross-border-without-mechanism.md"};
  return info;
}

void CrossBorderWithoutMechanismCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  std::vector<StatementAt> transfers;
  for (const StatementAt& at : statements_of(input, StatementKind::CrossBorder))
    if (states_transfer(input, at)) transfers.push_back(at);
  // The mechanism may be named in any sentence, not only the one stating the transfer.
  if (transfers.empty() || !sentences_with_cue(input, "cross_border_mechanism").empty()) return;
  const StatementAt& first = transfers.front();
  const std::string first_quote = quote(input, first.source, first.statement->span, 60);
  Finding finding = new_finding(info(), info().summary_zh + "：" + first_quote, info().summary_en + ": " + first_quote);
  for (std::size_t i = 0; i < transfers.size() && i < kMaxQuoted; ++i)
    add_evidence(finding, transfers[i].source, transfers[i].statement->span);
  out.push_back(std::move(finding));
}

}  // namespace consentflow
