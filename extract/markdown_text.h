// Markdown and scrape noise: [text](url) → text, images dropped, backslash
// escapes removed, emphasis and heading markers dropped, and navigation lines
// (nothing but links and separators, e.g. "|首页|发现|加入|") removed.
#pragma once

#include <string_view>

#include "extract/text_stream.h"

namespace consentflow {

// True when `utf8` shows markdown: links, images or backslash-escaped numbers.
bool looks_like_markdown(std::string_view utf8);

TextStream strip_markdown(const TextStream& in);

}  // namespace consentflow
