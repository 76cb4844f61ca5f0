#include "model/utf8.h"

namespace consentflow::utf8 {

char32_t decode(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = sequence_length(lead);
  if (length == 1 || pos + length > text.size()) {
    ++pos;
    return lead < 0x80 ? lead : 0xFFFD;
  }
  char32_t code_point = lead & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i)
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  pos += length;
  return code_point;
}

void append(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

std::string encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t code_point : text) append(out, code_point);
  return out;
}

std::u32string decode_all(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) out.push_back(decode(text, pos));
  return out;
}

std::u32string decode_all(std::string_view text, std::vector<std::size_t>& offsets) {
  std::u32string points;
  offsets.clear();
  for (std::size_t pos = 0; pos < text.size();) {
    offsets.push_back(pos);
    points.push_back(decode(text, pos));
  }
  offsets.push_back(text.size());
  return points;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char byte : text) count += is_continuation(byte) ? 0 : 1;
  return count;
}

}  // namespace consentflow::utf8
