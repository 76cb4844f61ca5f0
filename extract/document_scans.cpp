#include "extract/document_scans.h"

#include <algorithm>
#include <tuple>

namespace consentflow {
namespace {

// Where the lexicon saw a gapped phrase's first part, the phrases whose other parts
// follow within the same sentence.
std::vector<GappedCueMatch> gapped_cues_in(const Analysis& analysis, const Document& document,
                                           const std::vector<CueOccurrence>& occurrences, const Lexicon& lexicon) {
  std::vector<GappedCueMatch> found;
  for (const Sentence& sentence : document.sentences) {
    const auto [begin, end] = analysis.normalized.to_bytes(sentence.span);
    const std::string_view text = analysis.normalized.view(sentence.span);
    auto it = first_at_or_after(occurrences, begin);
    std::size_t tried = std::string_view::npos;
    for (; it != occurrences.end() && it->begin < end; ++it) {
      if (!it->gapped_start || it->begin == tried) continue;
      tried = it->begin;
      for (const PhraseMatch& match : lexicon.gapped_cues().matches_starting_at(text, it->begin - begin))
        found.push_back({match.phrase, begin + match.begin, begin + match.end});
    }
  }
  std::sort(found.begin(), found.end(), [](const GappedCueMatch& a, const GappedCueMatch& b) {
    return std::tie(a.begin, a.phrase, a.end) < std::tie(b.begin, b.phrase, b.end);
  });
  // Overlapping sentences may find a match twice.
  found.erase(std::unique(found.begin(), found.end(),
                          [](const GappedCueMatch& a, const GappedCueMatch& b) {
                            return a.begin == b.begin && a.phrase == b.phrase && a.end == b.end;
                          }),
              found.end());
  return found;
}

}  // namespace

std::vector<DocumentScan> scan_documents(const Analysis& analysis, const Lexicon& lexicon) {
  std::vector<DocumentScan> scans;
  scans.reserve(analysis.documents.size());
  for (const Document& document : analysis.documents) {
    const std::size_t begin = analysis.normalized.to_bytes(document.span).first;
    DocumentScan scan;
    // Scanning each document alone keeps a phrase from spanning two of them.
    scan.matches = lexicon.scan(analysis.normalized.view(document.span), &scan.cue_occurrences);
    for (LexiconMatch& match : scan.matches) {
      match.begin += begin;
      match.end += begin;
    }
    for (CueOccurrence& occurrence : scan.cue_occurrences) occurrence.begin += begin;
    scan.gapped_cues = gapped_cues_in(analysis, document, scan.cue_occurrences, lexicon);
    std::erase_if(scan.cue_occurrences, [](const CueOccurrence& occurrence) { return occurrence.gapped_start; });
    scans.push_back(std::move(scan));
  }
  return scans;
}

}  // namespace consentflow
