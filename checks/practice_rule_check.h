// The shape of the checks that judge practices one by one: every stated
// practice a rule matches (sensitive data without separate consent, a
// cross-border flow without separate consent, …) goes into one finding naming
// the data, unless the policy somewhere says what makes it right.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/check_support.h"

namespace consentflow {

struct PracticeRule {
  std::function<bool(const CheckInput&, const PracticeAt&)> matches;
  std::vector<std::string> absent_from_policy;  // cue lists whose presence anywhere clears the check
  // The data the message names; empty = all data of the matched practices.
  std::function<bool(const Ontology&, const std::string&)> names_data;
  // The text that shows a match when the practice's own sentence does not (the
  // refusal in the sentence after it); empty = the practice's evidence.
  std::function<Span(const CheckInput&, const PracticeAt&)> shown_by = {};
  // A stated practice that makes its data right wherever else that data is named
  // (the purpose of the location data given in the use section); empty = none.
  // Matches naming only such data are dropped, and the message names the rest.
  std::function<bool(const CheckInput&, const PracticeAt&)> settles_data = {};
};

class PracticeRuleCheck final : public Check {
 public:
  PracticeRuleCheck(CheckInfo info, PracticeRule rule) : info_(std::move(info)), rule_(std::move(rule)) {}

  const CheckInfo& info() const override { return info_; }
  void run(const CheckInput& input, std::vector<Finding>& out) const override;

 private:
  CheckInfo info_;
  PracticeRule rule_;
};

}  // namespace consentflow
