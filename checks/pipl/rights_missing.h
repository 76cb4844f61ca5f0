// pipl-44-rights-missing: No way to access, correct or delete personal data.
#pragma once

#include "checks/check.h"

namespace consentflow {

class RightsMissingCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
