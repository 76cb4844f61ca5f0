// The shape every terms check shares: a sentence of a user agreement that holds
// the cues of an unfair term (CLAUDETTE categories, and their Chinese wording),
// unless it also holds cues that make it fair (e.g. "经您同意").
#pragma once

#include <string>
#include <vector>

#include "checks/check.h"

namespace consentflow {

struct TermCues {
  std::vector<std::string> all_of;   // cue list ids that must all occur in the sentence
  std::vector<std::string> none_of;  // cue list ids that clear it
};

class AgreementCueCheck final : public Check {
 public:
  AgreementCueCheck(CheckInfo info, TermCues cues) : info_(std::move(info)), cues_(std::move(cues)) {}

  const CheckInfo& info() const override { return info_; }
  // One finding per check, quoting up to five sentences of the agreement(s).
  void run(const CheckInput& input, std::vector<Finding>& out) const override;

 private:
  CheckInfo info_;
  TermCues cues_;
};

}  // namespace consentflow
