// SourceText: the decoded original input (UTF-8), addressed in code points.
// Spans point into it; slicing it at a span gives the evidence text exactly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace consentflow {

struct LineColumn {
  int32_t line = 1;    // 1-based
  int32_t column = 1;  // 1-based, in code points
};

class SourceText {
 public:
  SourceText() : SourceText(std::string()) {}
  explicit SourceText(std::string utf8);

  const std::string& utf8() const { return utf8_; }
  int32_t size() const { return static_cast<int32_t>(byte_of_.size()) - 1; }  // code points
  std::string_view slice(Span span) const;
  std::size_t byte_offset(int32_t code_point) const;
  LineColumn position(int32_t code_point) const;

 private:
  std::string utf8_;
  std::vector<uint32_t> byte_of_;     // code point index -> byte offset, plus the end
  std::vector<int32_t> line_starts_;  // code point offset of each line's first character
};

}  // namespace consentflow
