#include "model/gapped_phrase.h"

namespace consentflow {
namespace {

constexpr std::string_view kGaps[] = {"…", "..."};

// Takes the next non-empty part off the front of `rest`; empty when none is left.
std::string_view next_part(std::string_view& rest) {
  while (!rest.empty()) {
    std::size_t cut = std::string_view::npos;
    std::size_t gap_size = 0;
    for (const std::string_view gap : kGaps) {
      const std::size_t at = rest.find(gap);
      if (at < cut) {
        cut = at;
        gap_size = gap.size();
      }
    }
    const std::string_view part = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + gap_size);
    if (!part.empty()) return part;
  }
  return {};
}

}  // namespace

std::vector<std::string> phrase_parts(std::string_view phrase) {
  std::vector<std::string> parts;
  for (std::string_view part = next_part(phrase); !part.empty(); part = next_part(phrase)) parts.emplace_back(part);
  return parts;
}

std::optional<PhraseRange> find_parts(std::string_view text, const std::vector<std::string>& parts,
                                      std::size_t from) {
  std::optional<PhraseRange> range;
  for (const std::string& part : parts) {
    const std::size_t at = text.find(part, range ? range->end : from);
    if (at == std::string_view::npos) return std::nullopt;
    if (!range) range = PhraseRange{at, at};
    range->end = at + part.size();
  }
  return range;
}

}  // namespace consentflow
