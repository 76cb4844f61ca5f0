#include "extract/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

#include "extract/traditional_script.h"

namespace consentflow {
namespace {

bool keeps_form(char32_t c) { return c >= U'①' && c <= U'⑳'; }

}  // namespace

NormalizedText normalize_for_matching(const TextStream& in) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  NormalizedTextBuilder builder;
  const std::u32string& text = in.text;
  const bool traditional = reads_as_traditional(text);
  const auto matched_form = [traditional](char32_t c) { return traditional ? simplified_form(c) : c; };
  builder.reserve(text.size() * 3);  // Chinese text: three bytes a code point
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = text[i];
    if (c == U'\r') {
      ++i;
      continue;
    }
    if (U_FAILURE(status) || keeps_form(c) || nfkc->isInert(static_cast<UChar32>(c))) {
      builder.append(matched_form(c), in.origin[i]);
      ++i;
      continue;
    }
    // A run up to the next inert code point normalises independently of the rest.
    std::size_t end = i + 1;
    while (end < text.size() && !nfkc->isInert(static_cast<UChar32>(text[end])) && !keeps_form(text[end]) &&
           text[end] != U'\r')
      ++end;
    icu::UnicodeString run;
    for (std::size_t k = i; k < end; ++k) run.append(static_cast<UChar32>(text[k]));
    UErrorCode run_status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfkc->normalize(run, run_status);
    std::u32string output;
    if (U_SUCCESS(run_status))
      for (int32_t k = 0; k < normalized.length(); k = normalized.moveIndex32(k, 1))
        output.push_back(static_cast<char32_t>(normalized.char32At(k)));
    if (U_FAILURE(run_status)) output.assign(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(end));
    if (output.size() == end - i) {
      for (std::size_t k = 0; k < output.size(); ++k) builder.append(matched_form(output[k]), in.origin[i + k]);
    } else {
      const Span whole{in.origin[i].begin, in.origin[end - 1].end};
      for (char32_t out : output) builder.append(matched_form(out), whole);
    }
    i = end;
  }
  return std::move(builder).finish();
}

}  // namespace consentflow
