// Traditional-script (繁體) policies are matched as Simplified ones: their text is
// folded to Simplified characters before matching, one code point for one, so
// every span still points at the original. Simplified text is left as it is: a
// few characters are valid in both scripts (著作权, 乾隆), and folding them would
// stop the ontology's phrases from matching.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace consentflow {

// The CJK blocks the fold covers (Extension A and the Unified Ideographs).
inline constexpr char32_t kFirstFoldedCodePoint = 0x3400;
inline constexpr char32_t kLastFoldedCodePoint = 0x9FFF;

// (Traditional, Simplified) pairs of ICU's Hant-Hans transform, computed at build
// time (cli/script_table_main.cpp).
const std::vector<std::pair<char16_t, char16_t>>& traditional_pairs();

// Whether the text is written in Traditional script: at least one in twenty of
// its CJK characters has a different Simplified form (Simplified text has next
// to none; Traditional text about one in four).
bool reads_as_traditional(const std::u32string& text);

// The Simplified form of a code point; itself when there is none.
char32_t simplified_form(char32_t c);

}  // namespace consentflow
