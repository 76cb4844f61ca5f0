#include "extract/traditional_script.h"

#include <array>

namespace consentflow {
namespace {

constexpr std::size_t kFoldedCount = kLastFoldedCodePoint - kFirstFoldedCodePoint + 1;

// The Simplified form of every code point of the folded blocks (0: none).
const std::array<char16_t, kFoldedCount>& simplified_table() {
  static const std::array<char16_t, kFoldedCount> table = [] {
    std::array<char16_t, kFoldedCount> built{};
    for (const auto& [traditional, simplified] : traditional_pairs()) built[traditional - kFirstFoldedCodePoint] = simplified;
    return built;
  }();
  return table;
}

bool is_folded_block(char32_t c) { return c >= kFirstFoldedCodePoint && c <= kLastFoldedCodePoint; }

}  // namespace

char32_t simplified_form(char32_t c) {
  if (!is_folded_block(c)) return c;
  const char16_t simplified = simplified_table()[c - kFirstFoldedCodePoint];
  return simplified == 0 ? c : simplified;
}

bool reads_as_traditional(const std::u32string& text) {
  std::size_t cjk = 0;
  std::size_t traditional = 0;
  for (const char32_t c : text) {
    if (!is_folded_block(c)) continue;
    ++cjk;
    if (simplified_table()[c - kFirstFoldedCodePoint] != 0) ++traditional;
  }
  return cjk > 0 && traditional * 20 >= cjk;
}

}  // namespace consentflow
