// A set of cue phrases searched together in one pass over a sentence. A phrase
// written with "…" ("继续使用…视为") matches its parts in order within the text
// searched, so gapped cues stay data. Phrases are indexed by their first code
// point: a search looks each code point of the text up once instead of running
// one substring search per phrase, which was most of the time per document.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace consentflow {

// Where a phrase matched: byte offsets [begin, end) and which phrase.
struct PhraseMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t phrase = 0;  // index into the set's phrases
};

class PhraseSet {
 public:
  PhraseSet() = default;
  explicit PhraseSet(const std::vector<std::string>& phrases);

  bool empty() const { return phrases_.empty(); }
  std::size_t size() const { return phrases_.size(); }
  const std::string& phrase(std::size_t index) const { return phrases_[index].text; }

  // The leftmost match (longest on ties, then the earliest phrase) starting at or after `from`.
  std::optional<PhraseMatch> find(std::string_view text, std::size_t from = 0) const;
  // Every non-overlapping match, left to right.
  std::vector<PhraseMatch> find_all(std::string_view text) const;
  // Every occurrence of every phrase, overlaps included, ordered by begin.
  std::vector<PhraseMatch> all_matches(std::string_view text) const;
  // The phrases that match starting at byte `at` (a code point boundary), in phrase order.
  std::vector<PhraseMatch> matches_starting_at(std::string_view text, std::size_t at) const;
  bool occurs_in(std::string_view text) const { return find(text).has_value(); }

 private:
  struct Phrase {
    std::string text;
    std::string first_part;
    std::vector<std::string> later_parts;  // after gaps, found in order after the first
  };
  // Calls `found(match)` for every phrase whose first part starts at `at` and whose
  // later parts follow in order; `length` becomes the byte length of the code point at `at`.
  template <class Found>
  void matches_at(std::string_view text, std::size_t at, std::size_t& length, Found found) const;

  std::vector<Phrase> phrases_;
  // (first code point's bytes, phrase index), sorted: the phrases a position may start.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> starts_;
  std::bitset<4096> start_filter_;  // hashed first code points, to skip most positions
};

}  // namespace consentflow
