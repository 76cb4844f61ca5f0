// pipl-17-no-contact-channel: No concrete channel for privacy requests.
#pragma once

#include "checks/check.h"

namespace consentflow {

class NoContactChannelCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
