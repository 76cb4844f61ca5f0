// Span: a half-open range of Unicode code points in the decoded original input.
// Every Mention, Practice and Finding carries spans so any output can quote and
// locate its evidence.
#pragma once

#include <cstdint>

namespace consentflow {

struct Span {
  int32_t begin = 0;
  int32_t end = 0;  // exclusive

  int32_t length() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

// The smallest span covering both.
inline Span cover(const Span& a, const Span& b) {
  return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace consentflow
