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
  const auto first_byte_from = [&](int32_t code_point) -> std::size_t {
    if (code_point <= 0) return 0;
    if (static_cast<std::size_t>(code_point) >= first_byte_from_.size()) return text_.size();
    return first_byte_from_[static_cast<std::size_t>(code_point)];
  };
  const std::size_t begin = first_byte_from(span.begin);
  return {begin, std::max(begin, first_byte_from(span.end))};
}

std::string_view NormalizedText::view(Span span) const {
  const auto [begin, end] = to_bytes(span);
  return std::string_view(text_).substr(begin, end - begin);
}

void NormalizedTextBuilder::reserve(std::size_t bytes) {
  result_.text_.reserve(bytes);
  result_.origin_begin_.reserve(bytes);
  result_.origin_end_.reserve(bytes);
}

void NormalizedTextBuilder::append(char32_t code_point, Span origin) {
  const std::size_t start = result_.text_.size();
  utf8::append(result_.text_, code_point);
  record_origin(result_.text_.size() - start, origin);
}

void NormalizedTextBuilder::append_utf8(std::string_view utf8, Span origin) {
  result_.text_.append(utf8);
  record_origin(utf8.size(), origin);
}

void NormalizedTextBuilder::record_origin(std::size_t added, Span origin) {
  if (added == 0) return;
  if (!result_.origin_begin_.empty()) {
    // Keep the map monotonic even if a caller rewrites overlapping ranges.
    origin.begin = std::max(origin.begin, result_.origin_begin_.back());
    origin.end = std::max(origin.end, origin.begin);
  }
  // One to four bytes per call: plain pushes beat a range insert here.
  for (std::size_t i = 0; i < added; ++i) {
    result_.origin_begin_.push_back(origin.begin);
    result_.origin_end_.push_back(origin.end);
  }
}

NormalizedText NormalizedTextBuilder::finish() && {
  const std::vector<int32_t>& origins = result_.origin_begin_;
  const std::size_t code_points = origins.empty() ? 0 : static_cast<std::size_t>(origins.back()) + 1;
  result_.first_byte_from_.resize(code_points + 1);
  std::size_t byte = 0;
  for (std::size_t code_point = 0; code_point <= code_points; ++code_point) {
    while (byte < origins.size() && static_cast<std::size_t>(origins[byte]) < code_point) ++byte;
    result_.first_byte_from_[code_point] = static_cast<uint32_t>(byte);
  }
  return std::move(result_);
}

}  // namespace consentflow
