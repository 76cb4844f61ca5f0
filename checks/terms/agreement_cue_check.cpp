#include "checks/terms/agreement_cue_check.h"

#include "checks/check_support.h"

namespace consentflow {
namespace {

constexpr std::size_t kMaxQuoted = 5;

}  // namespace

void AgreementCueCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  Finding finding;
  std::size_t found = 0;
  std::string first_quote;
  for (std::size_t source = 0; source < input.sources.size(); ++source) {
    const Analysis& analysis = *input.sources[source];
    for (const Document& document : analysis.documents) {
      if (document.kind != DocumentKind::Agreement) continue;
      for (const Sentence& sentence : document.sentences) {
        const int at = static_cast<int>(source);
        bool matches = true;
        for (const std::string& list : cues_.all_of) matches = matches && span_has_cue(input, at, sentence.span, list);
        for (const std::string& list : cues_.none_of) matches = matches && !span_has_cue(input, at, sentence.span, list);
        if (!matches) continue;
        if (found == 0) {
          first_quote = quote(input, at, sentence.span, 60);
          finding = new_finding(info_, info_.summary_zh + "：" + first_quote, info_.summary_en + ": " + first_quote);
        }
        if (found++ < kMaxQuoted) add_evidence(finding, at, sentence.span);
      }
    }
  }
  if (found > 0) out.push_back(std::move(finding));
}

}  // namespace consentflow
