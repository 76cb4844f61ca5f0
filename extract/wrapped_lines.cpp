#include "extract/wrapped_lines.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/clause_numbering.h"
#include "extract/table_rows.h"

namespace consentflow {
namespace {

// Lines shorter than this are headings or list items, never wrapped prose.
constexpr std::size_t kMinWrappedLength = 30;
// A line opening with a heading number must be longer still to count as prose.
constexpr std::size_t kMinWrappedHeadingLength = 60;

bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\u3000' || c == U'\u00A0'; }

bool ends_sentence(char32_t c) {
  return std::u32string_view(U"。！？；：!?;:…”」』》）)").find(c) != std::u32string_view::npos;
}

bool is_cjk(char32_t c) { return c >= 0x2E80; }

struct Line {
  std::size_t begin;        // first code point
  std::size_t end;          // the newline (or the end of the text)
  std::size_t first;        // first non-blank
  std::size_t last;         // one past the last non-blank
};

bool starts_clause(std::u32string_view text) {
  if (text.empty()) return false;
  if (std::u32string_view(U"•·-*+■□●○◆").find(text[0]) != std::u32string_view::npos) return true;
  return clause_number_at(text).has_value();
}

bool opens_with_heading_number(std::u32string_view text) {
  const std::optional<ClauseNumber> number = clause_number_at(text);
  return number && (number->scheme == NumberScheme::ChineseHeading ||
                    number->scheme == NumberScheme::Article || number->scheme == NumberScheme::Chapter);
}

// "---|---|---": the line under a table's header row; its "|" count is the table's.
bool is_header_rule(std::u32string_view text) {
  return cell_bars(text) >= 1 && text.find(U'-') != std::u32string_view::npos &&
         std::all_of(text.begin(), text.end(),
                     [](char32_t c) { return c == U'-' || c == U'|' || c == U':' || is_blank(c); });
}

// "七鱼客服 | … |  [url](url)  Bugly | … |  [url](url)": k rows of a table with `row_bars` "|" a
// row written on one line. The cell holding one row's end and the next row's start is split at
// its last run of two or more blanks; the positions returned are the first blanks of those runs.
std::vector<std::size_t> row_breaks(std::u32string_view line, std::size_t offset, std::size_t row_bars) {
  std::vector<std::size_t> bars;
  for (std::size_t k = 0; k < line.size(); ++k)
    if (line[k] == U'|') bars.push_back(k);
  std::vector<std::size_t> breaks;
  if (row_bars < kRowBars || bars.size() < 2 * row_bars) return breaks;
  for (std::size_t row = 1; row * row_bars < bars.size(); ++row) {
    const std::size_t cell_begin = bars[row * row_bars - 1] + 1;
    const std::size_t cell_end = bars[row * row_bars];
    std::size_t last = cell_end;  // one past the cell's last non-blank
    while (last > cell_begin && is_blank(line[last - 1])) --last;
    for (std::size_t k = last; k > cell_begin + 1; --k) {
      if (is_blank(line[k - 1]) && is_blank(line[k - 2])) {
        std::size_t run = k - 2;
        while (run > cell_begin && is_blank(line[run - 1])) --run;
        if (run > cell_begin && !is_blank(line[run - 1])) breaks.push_back(offset + run);
        break;
      }
    }
  }
  return breaks;
}

}  // namespace

TextStream join_wrapped_lines(const TextStream& in) {
  const std::u32string& text = in.text;
  std::vector<Line> lines;
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find(U'\n', begin);
    if (end == std::u32string::npos) end = text.size();
    Line line{begin, end, begin, end};
    while (line.first < end && is_blank(text[line.first])) ++line.first;
    while (line.last > line.first && is_blank(text[line.last - 1])) --line.last;
    lines.push_back(line);
    begin = end + 1;
  }

  TextStream out;
  out.text.reserve(text.size());
  out.origin.reserve(text.size());
  // "|" in the line being joined so far: a row whose last cell wraps onto lines of its own (a
  // URL) still ends before the next row.
  std::size_t joined_bars = 0;
  std::size_t table_bars = 0;  // "|" a row of the current table holds, from its header rule
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::u32string_view content(text.data() + line.first, line.last - line.first);
    const std::vector<std::size_t> breaks = row_breaks(content, line.first, table_bars);
    for (std::size_t k = line.begin, next_break = 0; k < line.end; ++k) {
      if (next_break < breaks.size() && k == breaks[next_break]) {
        out.push(U'\n', in.origin[k]);
        while (k + 1 < line.end && is_blank(text[k + 1])) ++k;
        ++next_break;
        continue;
      }
      out.push(text[k], in.origin[k]);
    }
    if (line.end >= text.size()) break;
    if (is_header_rule(content)) table_bars = cell_bars(content);
    joined_bars += cell_bars(content);
    bool wrapped = false;
    if (i + 1 < lines.size() && !content.empty()) {
      const Line& next = lines[i + 1];
      const std::u32string_view next_content(text.data() + next.first, next.last - next.first);
      const std::size_t needed =
          opens_with_heading_number(content) ? kMinWrappedHeadingLength : kMinWrappedLength;
      wrapped = !next_content.empty() && content.size() >= needed && !ends_sentence(content.back()) &&
                !starts_clause(next_content) && !(joined_bars >= kRowBars && is_table_row(next_content));
      if (wrapped) {
        // Trailing blanks of this line and leading blanks of the next are dropped
        // with the break; Latin words keep one space between them.
        while (!out.text.empty() && is_blank(out.text.back())) {
          out.text.pop_back();
          out.origin.pop_back();
        }
        if (!is_cjk(content.back()) && !is_cjk(next_content.front()))
          out.push(U' ', in.origin[line.end]);
        lines[i + 1].begin = next.first;
      }
    }
    if (!wrapped) {
      out.push(U'\n', in.origin[line.end]);
      if (joined_bars < kRowBars) table_bars = 0;
      joined_bars = 0;
    }
  }
  return out;
}

}  // namespace consentflow
