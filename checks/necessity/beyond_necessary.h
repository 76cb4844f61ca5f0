// necessity-beyond-necessary: with --app-type, data collected outside the
// type's necessary set (2021 rules) whose refusal blocks the service (NEC-4,
// AM-4.1/4.2, GB-5.2); for the 13 types that need no personal data at all, any
// collection whose refusal blocks the service.
#pragma once

#include "checks/check.h"

namespace consentflow {

class BeyondNecessaryCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
