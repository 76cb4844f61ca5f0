#include "model/phrase_set.h"

#include <algorithm>

#include "model/gapped_phrase.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// The bytes of the code point at `at`, packed; its length through `length`.
// Chinese text is nearly all three-byte sequences, so those take the short way.
inline std::uint32_t code_point_key(std::string_view text, std::size_t at, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[at + i])); };
  const std::uint32_t lead = byte(0);
  if ((lead & 0xF0) == 0xE0 && at + 3 <= text.size()) {
    length = 3;
    return lead << 16 | byte(1) << 8 | byte(2);
  }
  length = std::min(utf8::sequence_length(static_cast<unsigned char>(lead)), text.size() - at);
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < length; ++i) key = key << 8 | byte(i);
  return key;
}

inline std::size_t filter_slot(std::uint32_t key) { return (key * 2654435761u) >> 20; }

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  for (const std::string& text : phrases) {
    std::vector<std::string> parts = phrase_parts(text);
    if (parts.empty()) continue;
    std::size_t length = 0;
    const std::uint32_t key = code_point_key(parts.front(), 0, length);
    starts_.emplace_back(key, static_cast<std::uint32_t>(phrases_.size()));
    start_filter_.set(filter_slot(key));
    std::string first_part = std::move(parts.front());
    parts.erase(parts.begin());
    phrases_.push_back({text, std::move(first_part), std::move(parts)});
  }
  std::sort(starts_.begin(), starts_.end());
}

template <class Found>
void PhraseSet::matches_at(std::string_view text, std::size_t at, std::size_t& length, Found found) const {
  const std::uint32_t key = code_point_key(text, at, length);
  if (!start_filter_[filter_slot(key)]) return;
  auto candidate = std::lower_bound(starts_.begin(), starts_.end(), std::make_pair(key, std::uint32_t{0}));
  for (; candidate != starts_.end() && candidate->first == key; ++candidate) {
    const Phrase& phrase = phrases_[candidate->second];
    if (text.compare(at, phrase.first_part.size(), phrase.first_part) != 0) continue;
    PhraseMatch match{at, at + phrase.first_part.size(), candidate->second};
    if (!phrase.later_parts.empty()) {
      const std::optional<PhraseRange> later = find_parts(text, phrase.later_parts, match.end);
      if (!later) continue;
      match.end = later->end;
    }
    found(match);
  }
}

std::optional<PhraseMatch> PhraseSet::find(std::string_view text, std::size_t from) const {
  std::optional<PhraseMatch> best;
  for (std::size_t at = from, length = 0; at < text.size() && !best; at += length) {
    matches_at(text, at, length, [&](const PhraseMatch& match) {
      if (!best || match.end > best->end || (match.end == best->end && match.phrase < best->phrase)) best = match;
    });
  }
  return best;
}

std::vector<PhraseMatch> PhraseSet::find_all(std::string_view text) const {
  std::vector<PhraseMatch> matches;
  std::size_t from = 0;
  while (std::optional<PhraseMatch> match = find(text, from)) {
    matches.push_back(*match);
    from = match->end;
  }
  return matches;
}

std::vector<PhraseMatch> PhraseSet::all_matches(std::string_view text) const {
  std::vector<PhraseMatch> matches;
  for (std::size_t at = 0, length = 0; at < text.size(); at += length)
    matches_at(text, at, length, [&](const PhraseMatch& match) { matches.push_back(match); });
  return matches;
}

std::vector<PhraseMatch> PhraseSet::matches_starting_at(std::string_view text, std::size_t at) const {
  std::vector<PhraseMatch> matches;
  std::size_t length = 0;
  if (at < text.size()) matches_at(text, at, length, [&](const PhraseMatch& match) { matches.push_back(match); });
  return matches;
}

}  // namespace consentflow
