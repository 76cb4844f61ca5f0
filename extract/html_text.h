// HTML → visible text with gumbo: script, style and other invisible elements are
// skipped, block elements become line breaks, entities are decoded, and every
// code point keeps its span in the HTML source (the decoded original).
#pragma once

#include <string>
#include <string_view>

#include "extract/text_stream.h"
#include "model/result.h"

namespace consentflow {

// True when `utf8` starts like an HTML document or is dense with markup.
bool looks_like_html(std::string_view utf8);

// The visible text of the HTML document `utf8` (the decoded original). Refuses
// markup nested so deep that a tree of it would be unsafe to walk.
Result<TextStream> html_visible_text(std::string_view utf8);

}  // namespace consentflow
