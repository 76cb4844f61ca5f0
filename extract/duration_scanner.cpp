#include "extract/duration_scanner.h"

#include <array>
#include <string>

#include "model/utf8.h"

namespace consentflow {
namespace {

bool is_chinese_numeral(char32_t c) {
  static constexpr std::u32string_view numerals = U"零〇一二两三四五六七八九十百千半";
  return numerals.find(c) != std::u32string_view::npos;
}

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Units, longest first so "个工作日" wins over "日".
constexpr std::array<std::u32string_view, 10> kUnits = {
    U"个工作日", U"工作日", U"个自然日", U"个星期", U"个小时", U"个月", U"小时", U"星期", U"天", U"日"};
constexpr std::array<std::u32string_view, 3> kShortUnits = {U"周", U"月", U"年"};

std::size_t unit_length(std::u32string_view rest) {
  for (const std::u32string_view unit : kUnits) {
    if (rest.starts_with(unit)) return unit.size();
  }
  for (const std::u32string_view unit : kShortUnits) {
    if (rest.starts_with(unit)) return unit.size();
  }
  return 0;
}

}  // namespace

std::vector<DurationMatch> find_durations(std::string_view text) {
  // Work on code points, remembering each one's byte offset.
  std::vector<std::size_t> offsets;
  const std::u32string points = utf8::decode_all(text, offsets);

  std::vector<DurationMatch> found;
  std::size_t i = 0;
  while (i < points.size()) {
    const bool arabic = is_ascii_digit(points[i]);
    if (!arabic && !is_chinese_numeral(points[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < points.size() && (arabic ? is_ascii_digit(points[i]) : is_chinese_numeral(points[i]))) ++i;
    const std::size_t digits = i - start;
    std::size_t unit_at = i;
    // "十五（15）个工作日" repeats the number in brackets.
    if (!arabic && unit_at + 2 < points.size() && (points[unit_at] == U'(' || points[unit_at] == U'（')) {
      std::size_t close = unit_at + 1;
      while (close < points.size() && is_ascii_digit(points[close])) ++close;
      if (close < points.size() && close > unit_at + 1 && (points[close] == U')' || points[close] == U'）')) {
        unit_at = close + 1;
      }
    }
    while (unit_at < points.size() && points[unit_at] == U' ') ++unit_at;
    const std::u32string_view rest = std::u32string_view(points).substr(unit_at);
    const std::size_t unit = unit_length(rest);
    if (unit == 0) continue;
    const std::size_t end = unit_at + unit;
    const char32_t unit_first = points[unit_at];
    const char32_t after = end < points.size() ? points[end] : U'\0';
    const char32_t before = start > 0 ? points[start - 1] : U'\0';
    const bool is_year_number = arabic && digits == 4 && unit_first == U'年';
    const bool starts_a_date = is_ascii_digit(after) || is_chinese_numeral(after);
    const bool continues_a_date = before == U'年' || before == U'月';
    const bool is_age = unit_first == U'周' && after == U'岁';
    if (is_year_number || starts_a_date || continues_a_date || is_age) {
      i = end;
      continue;
    }
    found.push_back({offsets[start], offsets[end]});
    i = end;
  }
  return found;
}

}  // namespace consentflow
