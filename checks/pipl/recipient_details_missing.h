// pipl-23-recipient-details-missing: Recipients not identified by name, contact and purpose.
#pragma once

#include "checks/check.h"

namespace consentflow {

class RecipientDetailsMissingCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
