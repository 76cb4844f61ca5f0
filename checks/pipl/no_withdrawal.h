// pipl-15-no-withdrawal: No way to withdraw consent.
#pragma once

#include "checks/check.h"

namespace consentflow {

class NoWithdrawalCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
