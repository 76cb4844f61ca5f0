#include "model/source_text.h"

#include <algorithm>

#include "model/utf8.h"

namespace consentflow {

SourceText::SourceText(std::string utf8) : utf8_(std::move(utf8)) {
  byte_of_.reserve(utf8_.size() + 1);
  line_starts_.push_back(0);
  for (std::size_t pos = 0; pos < utf8_.size();) {
    const auto lead = static_cast<unsigned char>(utf8_[pos]);
    byte_of_.push_back(static_cast<uint32_t>(pos));
    pos += std::min(utf8::sequence_length(lead), utf8_.size() - pos);
    if (lead == '\n') line_starts_.push_back(static_cast<int32_t>(byte_of_.size()));
  }
  byte_of_.push_back(static_cast<uint32_t>(utf8_.size()));
}

std::size_t SourceText::byte_offset(int32_t code_point) const {
  const int32_t clamped = std::clamp<int32_t>(code_point, 0, size());
  return byte_of_[static_cast<std::size_t>(clamped)];
}

std::string_view SourceText::slice(Span span) const {
  const std::size_t begin = byte_offset(span.begin);
  const std::size_t end = byte_offset(span.end);
  if (end <= begin) return {};
  return std::string_view(utf8_).substr(begin, end - begin);
}

LineColumn SourceText::position(int32_t code_point) const {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), code_point);
  const auto line = static_cast<int32_t>(after - line_starts_.begin());
  return {line, code_point - *(after - 1) + 1};
}

}  // namespace consentflow
