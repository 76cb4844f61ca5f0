#include "extract/wrapped_lines.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/clause_numbering.h"

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

std::size_t cell_bars(std::u32string_view text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), U'|')); }

// "极光SDK | 推送 | 设备信息… |": a row of a table written with "|" between cells. Two rows in
// a row are never one wrapped line; each states what its own party receives.
bool is_table_row(std::u32string_view text) { return cell_bars(text) >= 2; }

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
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    for (std::size_t k = line.begin; k < line.end; ++k) out.push(text[k], in.origin[k]);
    if (line.end >= text.size()) break;
    const std::u32string_view content(text.data() + line.first, line.last - line.first);
    joined_bars += cell_bars(content);
    bool wrapped = false;
    if (i + 1 < lines.size() && !content.empty()) {
      const Line& next = lines[i + 1];
      const std::u32string_view next_content(text.data() + next.first, next.last - next.first);
      const std::size_t needed =
          opens_with_heading_number(content) ? kMinWrappedHeadingLength : kMinWrappedLength;
      wrapped = !next_content.empty() && content.size() >= needed && !ends_sentence(content.back()) &&
                !starts_clause(next_content) && !(joined_bars >= 2 && is_table_row(next_content));
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
      joined_bars = 0;
    }
  }
  return out;
}

}  // namespace consentflow
