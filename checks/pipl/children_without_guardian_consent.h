// pipl-31-children-without-guardian-consent: Children under 14 without guardian consent and dedicated rules.
#pragma once

#include "checks/check.h"

namespace consentflow {

class ChildrenWithoutGuardianConsentCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
