// pipl-cross-document-contradiction: the privacy policy promises not to provide
// personal data to third parties while the user agreement it is bundled with
// says it may (or the reverse). Both places are quoted. Reads the agreement and
// the policy together: one page holding both, or --agreement.
#pragma once

#include "checks/check.h"

namespace consentflow {

class AgreementPolicyContradictionCheck final : public Check {
 public:
  const CheckInfo& info() const override;
  void run(const CheckInput& input, std::vector<Finding>& out) const override;
};

}  // namespace consentflow
