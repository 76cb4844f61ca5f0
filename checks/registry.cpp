#include "checks/registry.h"

#include <algorithm>
#include <exception>
#include <set>
#include <tuple>

#include "model/comma_list.h"

namespace consentflow {
namespace {

CheckList build_all_checks() {
  CheckList checks;
  add_pipl_checks(checks);
  add_necessity_checks(checks);
  add_terms_checks(checks);
  std::sort(checks.begin(), checks.end(),
            [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
  return checks;
}

Span first_evidence(const Finding& finding) {
  return finding.evidence.empty() ? Span{} : finding.evidence.front().span;
}

int first_source(const Finding& finding) {
  return finding.evidence.empty() ? 0 : finding.evidence.front().source;
}

bool finding_order(const Finding& a, const Finding& b) {
  return std::make_tuple(static_cast<int>(a.severity), a.check, first_source(a), first_evidence(a),
                         a.message_en) <
         std::make_tuple(static_cast<int>(b.severity), b.check, first_source(b), first_evidence(b),
                         b.message_en);
}

Finding internal_error(const CheckInfo& info, const std::string& what) {
  Finding finding;
  finding.check = info.id;
  finding.severity = Severity::Note;
  finding.message_zh = "检查内部错误：" + what;
  finding.message_en = "internal error in the check: " + what;
  return finding;
}

}  // namespace

const CheckList& all_checks() {
  static const CheckList checks = build_all_checks();
  return checks;
}

Result<std::vector<const Check*>> select_checks(const std::string& selection) {
  const std::vector<std::string> names = split_comma_list(selection);
  std::vector<const Check*> selected;
  std::set<std::string> matched;
  for (const auto& check : all_checks()) {
    const CheckInfo& info = check->info();
    bool wanted = names.empty();
    for (const std::string& name : names)
      if (name == info.pack || name == info.id) {
        wanted = true;
        matched.insert(name);
      }
    if (wanted) selected.push_back(check.get());
  }
  for (const std::string& name : names)
    if (!matched.count(name))
      return Error{"unknown check or pack '" + name + "' (see consentflow checks)", "--checks"};
  return selected;
}

std::vector<Finding> run_checks(const std::vector<const Check*>& checks, const CheckInput& input) {
  std::vector<Finding> findings;
  for (const Check* check : checks) {
    try {
      check->run(input, findings);
    } catch (const std::exception& e) {
      findings.push_back(internal_error(check->info(), e.what()));
    } catch (...) {
      findings.push_back(internal_error(check->info(), "unknown exception"));
    }
  }
  std::stable_sort(findings.begin(), findings.end(), finding_order);
  return findings;
}

}  // namespace consentflow
