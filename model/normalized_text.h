// NormalizedText: the text the analysis reads (markup removed, NFKC, wrapped lines
// re-joined), UTF-8, with a map from each of its bytes back to the code points of
// the decoded original. Stages match on normalized bytes and report Spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/span.h"

namespace consentflow {

class NormalizedText {
 public:
  // Identity: `utf8` is both the original and the normalized text.
  static NormalizedText identity(std::string_view utf8);

  const std::string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }

  // Original span of normalized bytes [byte_begin, byte_end).
  Span to_span(std::size_t byte_begin, std::size_t byte_end) const;
  // Normalized byte range covering the original span (the inverse of to_span).
  std::pair<std::size_t, std::size_t> to_bytes(Span span) const;
  std::string_view view(Span span) const;

 private:
  friend class NormalizedTextBuilder;
  std::string text_;
  std::vector<int32_t> origin_begin_;  // per byte: first original code point
  std::vector<int32_t> origin_end_;    // per byte: end of the original code points
  // Per original code point c: the first byte whose origin begins at or after c, so
  // to_bytes is two lookups (checks call it for every sentence they read).
  std::vector<uint32_t> first_byte_from_;
};

// Appends normalized code points with the original range each stands for.
// Origins must not decrease: normalisation drops and rewrites, never reorders.
class NormalizedTextBuilder {
 public:
  // Room for `bytes` bytes of text, so long documents grow their buffers once.
  void reserve(std::size_t bytes);
  void append(char32_t code_point, Span origin);
  void append_utf8(std::string_view utf8, Span origin);  // all of it maps to `origin`
  std::size_t size() const { return result_.text_.size(); }
  NormalizedText finish() &&;

 private:
  // Records `origin` for the last `added` bytes of text.
  void record_origin(std::size_t added, Span origin);

  NormalizedText result_;
};

}  // namespace consentflow
