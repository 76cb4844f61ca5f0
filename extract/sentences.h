// Sentences with ICU's sentence break iterator (zh), over normalized UTF-8, and
// the enumerations inside a sentence ("包括但不限于：A、B、C等", ";"-separated lists).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace consentflow {

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Sentences of text[begin, end), trimmed, empty ones skipped. Line breaks end
// sentences too (headings and list items carry no full stop).
std::vector<ByteRange> sentence_ranges(std::string_view text, std::size_t begin, std::size_t end);

struct EnumerationRange {
  ByteRange span;
  std::vector<ByteRange> items;
};

// Enumerations inside the sentence text[range): "A、B和C", "A、B、C等", and
// lists of ";"-separated items.
std::vector<EnumerationRange> enumeration_ranges(std::string_view text, ByteRange sentence);

}  // namespace consentflow
