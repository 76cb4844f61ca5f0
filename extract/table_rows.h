// Tables written as text: one row a line, "|" between its cells ("极光SDK | 推送 | 设备信息 |"),
// as Markdown exports and scraped pages give them. The joiner of wrapped lines and the
// practice reader must agree on what a row is.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace consentflow {

// A table row holds at least this many "|".
inline constexpr std::size_t kRowBars = 2;

template <class Char>
std::size_t cell_bars(std::basic_string_view<Char> line) {
  return static_cast<std::size_t>(std::count(line.begin(), line.end(), static_cast<Char>('|')));
}

template <class Char>
bool is_table_row(std::basic_string_view<Char> line) {
  return cell_bars(line) >= kRowBars;
}

}  // namespace consentflow
