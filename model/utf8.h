// Small UTF-8 helpers shared by every stage (no ICU needed for these).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace consentflow::utf8 {

// Length in bytes of the sequence that starts with `lead` (1 for invalid leads).
inline std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the code point at `pos` (assumes valid UTF-8) and advances `pos`.
char32_t decode(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t code_point);

std::string encode(std::u32string_view text);
std::u32string decode_all(std::string_view text);
// The same, also giving each code point's byte offset, and text.size() after the last.
std::u32string decode_all(std::string_view text, std::vector<std::size_t>& offsets);

// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

}  // namespace consentflow::utf8
