#include "extract/cross_border_practices.h"

#include <algorithm>

namespace consentflow {

void mark_cross_border_practices(Analysis& analysis) {
  std::vector<Span> transfers;
  for (const Statement& statement : analysis.statements)
    if (states_a_transfer(statement)) transfers.push_back(statement.span);
  for (Practice& practice : analysis.practices)
    practice.cross_border = std::any_of(practice.evidence.begin(), practice.evidence.end(), [&](Span evidence) {
      return std::any_of(transfers.begin(), transfers.end(), [&](Span transfer) { return evidence.contains(transfer); });
    });
}

}  // namespace consentflow
