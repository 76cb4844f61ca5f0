// The shape many checks share: a sentence of a user agreement or privacy policy
// that holds certain cue lists (an unfair term, deemed consent, a catch-all
// disclosure) and not others, unless the document elsewhere says what makes it
// right (an opt-out, a mechanism). Packs list such checks as table rows.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "checks/check.h"

namespace consentflow {

struct SentenceCues {
  std::vector<std::string> all_of;              // cue list ids that must all occur in the sentence
  std::vector<std::string> none_of;             // cue list ids that clear the sentence
  std::vector<std::string> absent_from_document;  // cue list ids that clear the whole document
  std::set<DocumentKind> documents;             // the kinds of document read
};

class CueSentenceCheck final : public Check {
 public:
  CueSentenceCheck(CheckInfo info, SentenceCues cues) : info_(std::move(info)), cues_(std::move(cues)) {}

  const CheckInfo& info() const override { return info_; }
  // One finding per check, quoting up to five sentences.
  void run(const CheckInput& input, std::vector<Finding>& out) const override;

 private:
  CheckInfo info_;
  SentenceCues cues_;
};

}  // namespace consentflow
