// pipl-25-public-disclosure-without-separate-consent: Personal data made public without separate consent.
#pragma once

#include "checks/check.h"

namespace consentflow {

class PublicDisclosureWithoutSeparateConsentCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
