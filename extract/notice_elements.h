// Which notice elements a policy states, from its extracted statements and
// practices: the checklist PIPL-17 and GB/T 35273 §5.5 ask a policy to cover.
#pragma once

#include <set>
#include <string>

#include "model/analysis.h"

namespace consentflow {

// A subset of "rights", "retention", "withdrawal", "children", "cross_border",
// "contact", "cookies".
std::set<std::string> notice_elements(const Analysis& analysis);

}  // namespace consentflow
