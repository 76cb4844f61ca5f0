// The necessity pack: collection beyond what the app type needs (2021 rules).
#include "checks/necessity/beyond_necessary.h"
#include "checks/necessity/vague_purpose.h"
#include "checks/registry.h"

namespace consentflow {

void add_necessity_checks(CheckList& checks) {
  checks.push_back(std::make_unique<BeyondNecessaryCheck>());
  checks.push_back(std::make_unique<VaguePurposeCheck>());
}

}  // namespace consentflow
