// ASCII case folding for markup, file extensions and Latin cue words. CJK text has no
// case, and the "C" locale the program runs in folds only A-Z, so bytes >= 0x80 pass.
#pragma once

#include <string>
#include <string_view>

namespace consentflow {

// `text` with A-Z lowered; every other byte kept.
std::string ascii_lower(std::string_view text);

}  // namespace consentflow
