#include "extract/settings_path.h"

#include <string>
#include <vector>

#include "model/utf8.h"

namespace consentflow {
namespace {

bool is_separator(char32_t c) {
  return c == U'-' || c == U'>' || c == U'→' || c == U'—' || c == U'/' || c == U'》' || c == U'－' || c == U'–';
}

bool is_quote(char32_t c) {
  return c == U'“' || c == U'”' || c == U'"' || c == U'「' || c == U'」' || c == U'【' || c == U'】' ||
         c == U'\'' || c == U'‘' || c == U'’' || c == U'[' || c == U']';
}

bool is_han(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

bool is_item_char(char32_t c) {
  return is_han(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U' ';
}

bool is_opening_quote(char32_t c) { return c == U'“' || c == U'「' || c == U'【' || c == U'‘' || c == U'['; }
bool is_closing_quote(char32_t c) { return c == U'”' || c == U'」' || c == U'】' || c == U'’' || c == U']'; }

constexpr std::size_t kMaxItemLength = 8;  // menu labels are short: 账号与安全, 个人信息管理

}  // namespace

std::optional<PathMatch> find_settings_path(std::string_view text) {
  // Work on code points, remembering each one's byte offset.
  std::vector<std::size_t> offsets;
  const std::u32string points = utf8::decode_all(text, offsets);

  // A path is items (runs of item characters with some Han) joined by separators.
  const auto item_end = [&](std::size_t from) {
    std::size_t end = from;
    while (end < points.size() && is_item_char(points[end])) ++end;
    return end;
  };
  const auto has_han = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      if (is_han(points[k])) return true;
    }
    return false;
  };
  std::size_t i = 0;
  while (i < points.size()) {
    if (!is_item_char(points[i])) {
      ++i;
      continue;
    }
    const std::size_t path_begin = i;
    std::size_t path_end = item_end(i);
    std::size_t items = 1;
    const bool valid = has_han(i, path_end) && path_end - i <= kMaxItemLength;
    while (valid) {
      // Between items: quotes and spaces around one or more separators.
      std::size_t next = path_end;
      while (next < points.size() && (points[next] == U' ' || is_quote(points[next]))) ++next;
      if (next >= points.size() || !is_separator(points[next])) break;
      while (next < points.size() && (is_separator(points[next]) || points[next] == U' ' || is_quote(points[next]))) {
        ++next;
      }
      const std::size_t end = item_end(next);
      if (end == next || !has_han(next, end) || end - next > kMaxItemLength) break;
      path_end = end;
      ++items;
    }
    if (valid && items >= 2) {
      std::size_t begin = path_begin;
      std::size_t end = path_end;
      while (begin < end && points[begin] == U' ') ++begin;
      while (end > begin && points[end - 1] == U' ') --end;
      if (begin > 0 && is_opening_quote(points[begin - 1]) && end < points.size() && is_closing_quote(points[end])) {
        --begin;
        ++end;
      }
      return PathMatch{offsets[begin], offsets[end]};
    }
    i = item_end(i);
  }
  return std::nullopt;
}

}  // namespace consentflow
