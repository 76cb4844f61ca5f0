#include "extract/sentence_cues.h"

#include <algorithm>

namespace consentflow {

void mark_sentence_cues(Analysis& analysis, const std::vector<DocumentScan>& scans, const Lexicon& lexicon) {
  for (std::size_t d = 0; d < analysis.documents.size() && d < scans.size(); ++d) {
    const DocumentScan& scan = scans[d];
    for (Sentence& sentence : analysis.documents[d].sentences) {
      const auto [begin, end] = analysis.normalized.to_bytes(sentence.span);
      sentence.cue_lists = CueLists::marked();
      auto occurrence = std::lower_bound(
          scan.cue_occurrences.begin(), scan.cue_occurrences.end(), begin,
          [](const CueOccurrence& occurrence, std::size_t at) { return occurrence.begin < at; });
      for (; occurrence != scan.cue_occurrences.end() && occurrence->begin < end; ++occurrence)
        sentence.cue_lists.add(occurrence->list);
      auto gapped = std::lower_bound(scan.gapped_cues.begin(), scan.gapped_cues.end(), begin,
                                     [](const GappedCueMatch& match, std::size_t at) { return match.begin < at; });
      for (; gapped != scan.gapped_cues.end() && gapped->begin < end; ++gapped)
        if (gapped->end <= end) sentence.cue_lists.add(lexicon.gapped_cue_list_index(gapped->phrase));
    }
  }
}

}  // namespace consentflow
