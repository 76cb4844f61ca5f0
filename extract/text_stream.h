// TextStream: text on its way from the decoded original to the normalized text,
// one code point at a time with the original span each stands for. Ingest steps
// (HTML, markdown, line joining) drop, keep or insert code points; origins never
// decrease, so every later span maps back into the original exactly.
#pragma once

#include <string>
#include <vector>

#include "model/span.h"

namespace consentflow {

struct TextStream {
  std::u32string text;
  std::vector<Span> origin;  // one per code point of `text`

  void push(char32_t code_point, Span from) {
    text.push_back(code_point);
    origin.push_back(from);
  }
  std::size_t size() const { return text.size(); }

  // The identity stream of `original`: code point i comes from [i, i+1).
  static TextStream of(const std::u32string& original) {
    TextStream stream;
    stream.text = original;
    stream.origin.reserve(original.size());
    for (std::size_t i = 0; i < original.size(); ++i)
      stream.origin.push_back({static_cast<int32_t>(i), static_cast<int32_t>(i + 1)});
    return stream;
  }
};

}  // namespace consentflow
