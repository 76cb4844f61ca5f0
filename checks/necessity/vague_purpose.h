// necessity-vague-purpose: mandatory collection justified only by "improving
// the experience", product research or targeted push (AM-4.5, GB-5.3). Runs
// with or without --app-type: the purpose alone is the problem.
#pragma once

#include "checks/check.h"

namespace consentflow {

class VaguePurposeCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
