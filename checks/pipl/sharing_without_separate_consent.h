// pipl-23-sharing-without-separate-consent: Personal data provided to another handler (SDKs included) without separate consent.
#pragma once

#include "checks/check.h"

namespace consentflow {

class SharingWithoutSeparateConsentCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
