// pipl-50-no-complaint-channel: No channel for complaints and reports.
#pragma once

#include "checks/check.h"

namespace consentflow {

class NoComplaintChannelCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
