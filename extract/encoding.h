// Detects the encoding of raw bytes and decodes them to UTF-8: UTF-8 (with or
// without BOM), UTF-16LE/BE with a BOM, GB18030 (which covers GBK and GB2312).
// What counts as invalid (docs/ingest.md): a few stray bad sequences in otherwise
// valid UTF-8 (at most 1 % of the bytes, any 4, never more than 100) are replaced with U+FFFD
// and reported; anything that decodes cleanly in no supported encoding is refused.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/result.h"

namespace consentflow {

struct DecodedText {
  std::string utf8;      // BOM removed
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
  std::size_t replaced = 0;  // invalid sequences replaced with U+FFFD
};

// Names the kind of binary data `bytes` starts with ("PNG", "PDF", …), or empty
// when it looks like text. NUL bytes outside UTF-16 count as binary.
std::string binary_kind(std::string_view bytes);

Result<DecodedText> decode_bytes(std::string_view bytes);

}  // namespace consentflow
