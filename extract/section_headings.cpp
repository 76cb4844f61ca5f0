#include "extract/section_headings.h"

#include <optional>
#include <string>

#include "extract/clause_numbering.h"

namespace consentflow {
namespace {

// The clause's first line, from its number to the line break.
Span first_line(const Clause& clause, const NormalizedText& text) {
  const auto [begin, end] = text.to_bytes(clause.span);
  const std::size_t line_end = text.text().find('\n', begin);
  return text.to_span(begin, line_end == std::string::npos || line_end > end ? end : line_end);
}

bool has_content(const Clause& clause) { return !clause.body.empty() || !clause.children.empty(); }

bool bare_heading(const Clause& clause) { return !clause.heading.empty() && !has_content(clause); }

// "（一）" and "1、" differ, so do "1." and "1.1"; "1、" and "2、" do not.
bool numbered_alike(const Clause& a, const Clause& b, const NormalizedText& text) {
  const std::optional<ClauseNumber> first = clause_number_at_utf8(text.view(first_line(a, text)));
  const std::optional<ClauseNumber> second = clause_number_at_utf8(text.view(first_line(b, text)));
  return first && second && first->scheme == second->scheme && first->values.size() == second->values.size();
}

bool names_a_topic(const std::vector<Clause>& siblings, std::size_t i, const NormalizedText& text) {
  const Clause& clause = siblings[i];
  if (clause.heading.empty()) return false;
  if (has_content(clause)) return true;
  const Clause* previous = i > 0 ? &siblings[i - 1] : nullptr;
  const Clause* next = i + 1 < siblings.size() ? &siblings[i + 1] : nullptr;
  if ((previous && bare_heading(*previous)) || (next && bare_heading(*next))) return true;
  return next && !numbered_alike(clause, *next, text);
}

void add_heading_lines(const std::vector<Clause>& siblings, const NormalizedText& text, std::vector<Span>& lines) {
  for (std::size_t i = 0; i < siblings.size(); ++i) {
    if (names_a_topic(siblings, i, text)) lines.push_back(first_line(siblings[i], text));
    add_heading_lines(siblings[i].children, text, lines);
  }
}

}  // namespace

std::vector<Span> topic_heading_lines(const Document& document, const NormalizedText& text) {
  std::vector<Span> lines;
  add_heading_lines(document.clauses, text, lines);
  return lines;
}

}  // namespace consentflow
