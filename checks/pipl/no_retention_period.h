// pipl-19-no-retention-period: No retention period, or indefinite retention.
#pragma once

#include "checks/check.h"

namespace consentflow {

class NoRetentionPeriodCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
