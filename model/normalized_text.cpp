#include "model/normalized_text.h"

#include <algorithm>

#include "model/utf8.h"

namespace consentflow {

NormalizedText NormalizedText::identity(std::string_view utf8) {
  NormalizedTextBuilder builder;
  int32_t index = 0;
  for (std::size_t pos = 0; pos < utf8.size(); ++index) {
    const std::size_t start = pos;
    utf8::decode(utf8, pos);
    builder.append_utf8(utf8.substr(start, pos - start), {index, index + 1});
  }
  return std::move(builder).finish();
}

Span NormalizedText::to_span(std::size_t byte_begin, std::size_t byte_end) const {
  if (text_.empty()) return {};
  byte_begin = std::min(byte_begin, text_.size());
  byte_end = std::min(byte_end, text_.size());
  if (byte_end <= byte_begin) {
    const int32_t at = byte_begin < text_.size() ? origin_begin_[byte_begin] : origin_end_.back();
    return {at, at};
  }
  return {origin_begin_[byte_begin], origin_end_[byte_end - 1]};
}

std::pair<std::size_t, std::size_t> NormalizedText::to_bytes(Span span) const {
  const auto first = std::lower_bound(origin_begin_.begin(), origin_begin_.end(), span.begin);
  const auto last = std::lower_bound(first, origin_begin_.end(), span.end);
  return {static_cast<std::size_t>(first - origin_begin_.begin()),
          static_cast<std::size_t>(last - origin_begin_.begin())};
}

std::string_view NormalizedText::view(Span span) const {
  const auto [begin, end] = to_bytes(span);
  return std::string_view(text_).substr(begin, end - begin);
}

void NormalizedTextBuilder::append(char32_t code_point, Span origin) {
  std::string bytes;
  utf8::append(bytes, code_point);
  append_utf8(bytes, origin);
}

void NormalizedTextBuilder::append_utf8(std::string_view utf8, Span origin) {
  if (utf8.empty()) return;
  if (!result_.origin_begin_.empty()) {
    // Keep the map monotonic even if a caller rewrites overlapping ranges.
    origin.begin = std::max(origin.begin, result_.origin_begin_.back());
    origin.end = std::max(origin.end, origin.begin);
  }
  result_.text_.append(utf8);
  result_.origin_begin_.insert(result_.origin_begin_.end(), utf8.size(), origin.begin);
  result_.origin_end_.insert(result_.origin_end_.end(), utf8.size(), origin.end);
  std::size_t pos = 0;
  while (pos < utf8.size()) last_ = utf8::decode(utf8, pos);
}

NormalizedText NormalizedTextBuilder::finish() && { return std::move(result_); }

}  // namespace consentflow
