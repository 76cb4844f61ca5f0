#include "extract/sentence_cues.h"

namespace consentflow {

void mark_sentence_cues(Analysis& analysis, const std::vector<DocumentScan>& scans, const Lexicon& lexicon) {
  for (std::size_t d = 0; d < analysis.documents.size() && d < scans.size(); ++d) {
    const DocumentScan& scan = scans[d];
    for (Sentence& sentence : analysis.documents[d].sentences) {
      const auto [begin, end] = analysis.normalized.to_bytes(sentence.span);
      sentence.cue_lists = CueLists::marked();
      for (std::size_t list : lexicon.unscanned_cue_lists()) sentence.cue_lists.add(list);
      for (auto occurrence = first_at_or_after(scan.cue_occurrences, begin);
           occurrence != scan.cue_occurrences.end() && occurrence->begin < end; ++occurrence)
        sentence.cue_lists.add(occurrence->list);
      for (auto gapped = first_at_or_after(scan.gapped_cues, begin);
           gapped != scan.gapped_cues.end() && gapped->begin < end; ++gapped)
        if (gapped->end <= end) sentence.cue_lists.add(lexicon.gapped_cue_list_index(gapped->phrase));
    }
  }
}

}  // namespace consentflow
