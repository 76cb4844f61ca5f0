#include "checks/cue_sentence_check.h"

#include "checks/check_support.h"

namespace consentflow {
namespace {

constexpr std::size_t kMaxQuoted = 5;

bool document_has_any(const CheckInput& input, int source, const Document& document,
                      const std::vector<std::string>& lists) {
  for (const Sentence& sentence : document.sentences)
    for (const std::string& list : lists)
      if (span_has_cue(input, source, sentence.span, list)) return true;
  return false;
}

}  // namespace

void CueSentenceCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  Finding finding;
  std::size_t found = 0;
  for (std::size_t source = 0; source < input.sources.size(); ++source) {
    const Analysis& analysis = *input.sources[source];
    const int at = static_cast<int>(source);
    for (const Document& document : analysis.documents) {
      // Untitled legal text counts as a policy: it is what people paste.
      const DocumentKind kind = document.kind == DocumentKind::Other ? DocumentKind::PrivacyPolicy : document.kind;
      if (!cues_.documents.count(kind)) continue;
      if (!cues_.absent_from_document.empty() && document_has_any(input, at, document, cues_.absent_from_document))
        continue;
      for (const Sentence& sentence : document.sentences) {
        bool matches = true;
        for (const std::string& list : cues_.all_of) matches = matches && span_has_cue(input, at, sentence.span, list);
        for (const std::string& list : cues_.none_of) matches = matches && !span_has_cue(input, at, sentence.span, list);
        if (!matches) continue;
        if (found == 0) {
          const std::string first_quote = quote(input, at, sentence.span, 60);
          finding = new_finding(info_, info_.summary_zh + "：" + first_quote, info_.summary_en + ": " + first_quote);
        }
        if (found++ < kMaxQuoted) add_evidence(finding, at, sentence.span);
      }
    }
  }
  if (found > 0) out.push_back(std::move(finding));
}

}  // namespace consentflow
