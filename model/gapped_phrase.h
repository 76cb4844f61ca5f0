// Cue phrases with gaps: "继续使用…视为" matches its parts in order within the
// text searched (one sentence), so gapped cues stay data in the ontology. "…"
// and "..." both mark a gap. The lexicon and PhraseSet split phrases here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace consentflow {

struct PhraseRange {
  std::size_t begin = 0;  // the first part's leftmost occurrence
  std::size_t end = 0;    // just after the last part
};

// The parts of a phrase between its gaps, empty parts dropped.
std::vector<std::string> phrase_parts(std::string_view phrase);

// Where `parts` occur in order in `text`, searching from `from`; nothing for no parts.
std::optional<PhraseRange> find_parts(std::string_view text, const std::vector<std::string>& parts,
                                      std::size_t from = 0);

}  // namespace consentflow
