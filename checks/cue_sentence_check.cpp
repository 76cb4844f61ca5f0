#include "checks/cue_sentence_check.h"

#include "checks/check_support.h"

namespace consentflow {
namespace {

constexpr std::size_t kMaxQuoted = 5;

std::vector<const CueList*> cue_lists_of(const CheckInput& input, const std::vector<std::string>& ids) {
  std::vector<const CueList*> lists;
  for (const std::string& id : ids) lists.push_back(cue_list_of(input, id));
  return lists;
}

bool document_has_any(const CheckInput& input, int source, const Document& document,
                      const std::vector<const CueList*>& lists) {
  for (const Sentence& sentence : document.sentences)
    for (const CueList* list : lists)
      if (span_has_cue(input, source, sentence.span, list)) return true;
  return false;
}

}  // namespace

void CueSentenceCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  const std::vector<const CueList*> all_of = cue_lists_of(input, cues_.all_of);
  const std::vector<const CueList*> none_of = cue_lists_of(input, cues_.none_of);
  const std::vector<const CueList*> absent_from_document = cue_lists_of(input, cues_.absent_from_document);
  Finding finding;
  std::size_t found = 0;
  for (std::size_t source = 0; source < input.sources.size(); ++source) {
    const Analysis& analysis = *input.sources[source];
    const int at = static_cast<int>(source);
    for (const Document& document : analysis.documents) {
      // Untitled legal text counts as a policy: it is what people paste.
      const DocumentKind kind = document.kind == DocumentKind::Other ? DocumentKind::PrivacyPolicy : document.kind;
      if (!cues_.documents.count(kind)) continue;
      if (document_has_any(input, at, document, absent_from_document))
        continue;
      for (const Sentence& sentence : document.sentences) {
        bool matches = true;
        for (const CueList* list : all_of) matches = matches && span_has_cue(input, at, sentence.span, list);
        for (const CueList* list : none_of) matches = matches && !span_has_cue(input, at, sentence.span, list);
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
