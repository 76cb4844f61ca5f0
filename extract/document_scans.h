// The lexicon's reading of each document, scanned once and shared: practice
// extraction takes its matches, sentence cue marking its cue occurrences, both
// the gapped cues found in each sentence.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "extract/lexicon.h"
#include "model/analysis.h"

namespace consentflow {

// A gapped cue phrase ("继续使用…视为") matched within one sentence.
struct GappedCueMatch {
  std::size_t phrase = 0;  // in Lexicon::gapped_cues()
  std::size_t begin = 0;   // normalized bytes, from the first part to the end of the last
  std::size_t end = 0;
};

struct DocumentScan {
  std::vector<LexiconMatch> matches;            // offsets in analysis.normalized bytes
  std::vector<CueOccurrence> cue_occurrences;  // likewise, sorted by begin; no gapped starts
  std::vector<GappedCueMatch> gapped_cues;     // sorted by (begin, phrase)
};

// The first of `items` (sorted by their byte offset `begin`) that begins at or after `at`.
template <class Item>
typename std::vector<Item>::const_iterator first_at_or_after(const std::vector<Item>& items, std::size_t at) {
  return std::lower_bound(items.begin(), items.end(), at,
                          [](const Item& item, std::size_t offset) { return item.begin < offset; });
}

// One scan per document of `analysis`, in document order (segment must have run).
std::vector<DocumentScan> scan_documents(const Analysis& analysis, const Lexicon& lexicon);

}  // namespace consentflow
