// pipl-38-cross-border-without-mechanism: data leaves China, no PIPL art. 38 mechanism named.
#pragma once

#include "checks/check.h"

namespace consentflow {

class CrossBorderWithoutMechanismCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
