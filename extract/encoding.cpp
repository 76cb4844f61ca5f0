#include "extract/encoding.h"

#include <unicode/ucnv.h>

#include <array>
#include <memory>

#include "model/utf8.h"

namespace consentflow {
namespace {

// Stray bad sequences are repaired when they are few: at most 1 % of the bytes
// (any 4 are fine) and never more than 100; beyond that the file is refused.
constexpr std::size_t kMaxReplaced = 100;
constexpr std::size_t kAlwaysReplaced = 4;

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Length of the valid UTF-8 sequence at `pos`, or 0 when it is invalid.
std::size_t valid_sequence(std::string_view bytes, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  char32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
  } else {
    return 0;
  }
  if (pos + length > bytes.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if (!utf8::is_continuation(byte(pos + i))) return 0;
    code_point = (code_point << 6) | (byte(pos + i) & 0x3F);
  }
  const bool overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) return 0;
  return length;
}

// UTF-8 with invalid sequences replaced by U+FFFD; counts them.
std::string repaired_utf8(std::string_view bytes, std::size_t& invalid) {
  std::string out;
  out.reserve(bytes.size());
  invalid = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t length = valid_sequence(bytes, pos);
    if (length == 0) {
      ++invalid;
      out += "\xEF\xBF\xBD";
      ++pos;
      while (pos < bytes.size() && utf8::is_continuation(static_cast<unsigned char>(bytes[pos]))) ++pos;
      continue;
    }
    out.append(bytes.substr(pos, length));
    pos += length;
  }
  return out;
}

// Converts with ICU, stopping at the first invalid sequence (strict).
bool convert_strict(const char* encoding, std::string_view bytes, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> source(ucnv_open(encoding, &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(source.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> target(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  out.assign(bytes.size() * 2 + 16, '\0');
  char* write = out.data();
  const char* read = bytes.data();
  ucnv_convertEx(target.get(), source.get(), &write, out.data() + out.size(), &read,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(write - out.data()));
  return true;
}

// Share of code points that are CJK ideographs or CJK punctuation: decoded
// GB18030 that is really something else rarely looks like Chinese text.
double cjk_share(std::string_view utf8_text) {
  std::size_t total = 0;
  std::size_t cjk = 0;
  for (std::size_t pos = 0; pos < utf8_text.size();) {
    const char32_t c = utf8::decode(utf8_text, pos);
    if (c < 0x80 && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) continue;
    ++total;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
        c < 0x80)
      ++cjk;
  }
  return total == 0 ? 1.0 : static_cast<double>(cjk) / static_cast<double>(total);
}

}  // namespace

std::string binary_kind(std::string_view bytes) {
  static const std::array<std::pair<std::string_view, const char*>, 9> magic = {{
      {"\x89PNG", "PNG"},
      {"%PDF", "PDF"},
      {"PK\x03\x04", "ZIP"},
      {"\xFF\xD8\xFF", "JPEG"},
      {"GIF8", "GIF"},
      {"\x7F" "ELF", "ELF"},
      {"\x1F\x8B", "gzip"},
      {"\xD0\xCF\x11\xE0", "OLE/Office"},
      {"RIFF", "RIFF"},
  }};
  for (const auto& [prefix, name] : magic)
    if (starts_with(bytes, prefix)) return name;
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) return {};
  const std::string_view head = bytes.substr(0, 4096);
  if (head.find('\0') != std::string_view::npos) return "data with NUL bytes";
  return {};
}

Result<DecodedText> decode_bytes(std::string_view bytes) {
  DecodedText decoded;
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    decoded.encoding = "UTF-8 (BOM)";
    bytes.remove_prefix(3);
  } else if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    const bool little = bytes[0] == '\xFF';
    decoded.encoding = little ? "UTF-16LE" : "UTF-16BE";
    if (!convert_strict(little ? "UTF-16LE" : "UTF-16BE", bytes.substr(2), decoded.utf8))
      return Error{"not valid " + decoded.encoding + " text"};
    return decoded;
  }
  std::size_t invalid = 0;
  std::string repaired = repaired_utf8(bytes, invalid);
  if (invalid == 0) {
    if (decoded.encoding.empty()) decoded.encoding = "UTF-8";
    decoded.utf8 = std::move(repaired);
    return decoded;
  }
  if (decoded.encoding.empty()) {
    std::string gb;
    if (convert_strict("GB18030", bytes, gb) && cjk_share(gb) > 0.6) {
      decoded.encoding = "GB18030";
      decoded.utf8 = std::move(gb);
      return decoded;
    }
  }
  if (invalid <= kMaxReplaced && (invalid <= kAlwaysReplaced || invalid * 100 <= bytes.size())) {
    if (decoded.encoding.empty()) decoded.encoding = "UTF-8";
    decoded.utf8 = std::move(repaired);
    decoded.replaced = invalid;
    return decoded;
  }
  return Error{"not valid text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030): " +
               std::to_string(invalid) + " invalid UTF-8 sequences"};
}

}  // namespace consentflow
