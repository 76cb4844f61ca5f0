// pipl-47-no-account-cancellation: No way to cancel the account.
#pragma once

#include "checks/check.h"

namespace consentflow {

class NoAccountCancellationCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
