#include "extract/segment.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/clause_numbering.h"
#include "extract/sentences.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// A numbered line whose text is this short and has no punctuation is a heading.
constexpr std::size_t kMaxHeadingLength = 30;

struct Line {
  std::size_t begin = 0;  // trimmed byte range in the normalized text
  std::size_t end = 0;
};

// A clause under construction, in normalized bytes.
struct OpenClause {
  Clause clause;
  std::size_t begin = 0;       // the number's first byte
  std::size_t body_begin = 0;  // after the number and heading
  std::size_t end = 0;         // end of its last line so far
  int rank = 0;
  std::string key;             // scheme (and decimal depth) of its number
  int value = 0;
  std::map<std::string, int> last_child_value;  // per key, to check sequences
};

std::string scheme_key(const ClauseNumber& number) {
  return std::to_string(static_cast<int>(number.scheme)) + ":" +
         (number.scheme == NumberScheme::Decimal ? std::to_string(number.values.size()) : "");
}

// Whether `piece` ends inside a web address that `next` goes on with: ICU ends a
// sentence at the "?" of "https://a.cn/help?id=12", and "可通过https://…" falls
// apart from the rest of its sentence.
bool splits_a_url(std::string_view piece, std::string_view next) {
  const std::size_t scheme = piece.rfind("http");
  if (scheme == std::string_view::npos || !piece.ends_with('?') || next.empty()) return false;
  const auto is_url_byte = [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; };
  const std::string_view address = piece.substr(scheme);
  // The address goes on into words of its sentence ("?qid=1729注销账号。"); after a space
  // or line break comes another table row or line.
  const auto after = std::find_if_not(next.begin(), next.end(), is_url_byte);
  return std::all_of(address.begin(), address.end(), is_url_byte) && is_url_byte(next.front()) &&
         (after == next.end() || static_cast<unsigned char>(*after) >= 0x80);
}

bool has_sentence_punctuation(std::string_view text) {
  for (std::string_view mark : {"。", ",", ";", "!", "?", ":"})
    if (text.find(mark) != std::string_view::npos) return true;
  return false;
}

std::vector<Line> lines_in(const std::string& text, std::size_t begin, std::size_t end) {
  std::vector<Line> lines;
  for (std::size_t start = begin; start < end;) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string::npos || stop > end) stop = end;
    std::size_t first = start;
    std::size_t last = stop;
    while (first < last && (text[first] == ' ' || text[first] == '\t')) ++first;
    while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    if (last > first) lines.push_back({first, last});
    start = stop + 1;
  }
  return lines;
}

// Byte length of the first `code_points` code points of text[at…].
std::size_t bytes_of(std::string_view text, std::size_t at, std::size_t code_points) {
  std::size_t pos = at;
  for (std::size_t i = 0; i < code_points && pos < text.size(); ++i)
    pos += utf8::sequence_length(static_cast<unsigned char>(text[pos]));
  return pos - at;
}

class ClauseTreeBuilder {
 public:
  ClauseTreeBuilder(const NormalizedText& text, std::vector<Clause>& roots) : text_(text), roots_(roots) {}

  void add_line(const Line& line, const Line* next_line, bool& consumed_next) {
    consumed_next = false;
    const std::string_view content = std::string_view(text_.text()).substr(line.begin, line.end - line.begin);
    std::optional<ClauseNumber> number = clause_number_at_utf8(content);
    if (number && accepts(*number)) {
      open(*number, line, next_line, consumed_next);
      return;
    }
    extend(line.end);
  }

  void finish() {
    while (!stack_.empty()) close_top();
  }

 private:
  int rank_of(const std::string& key) {
    const auto found = ranks_.find(key);
    if (found != ranks_.end()) return found->second;
    const int rank = static_cast<int>(ranks_.size()) + 1;
    ranks_.emplace(key, rank);
    return rank;
  }

  // A number that breaks its sibling sequence (… 4.1, 4.2, then "2.") is text.
  bool accepts(const ClauseNumber& number) const {
    const std::string key = scheme_key(number);
    const auto rank = ranks_.find(key);
    if (rank == ranks_.end()) return true;
    // The parent this number would get: the nearest open clause of lower rank.
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->rank < rank->second) {
        const auto last = it->last_child_value.find(key);
        return last == it->last_child_value.end() || number.values.back() > last->second ||
               number.values.back() == 1;
      }
    }
    const auto last = root_last_value_.find(key);
    return last == root_last_value_.end() || number.values.back() > last->second || number.values.back() == 1;
  }

  void open(const ClauseNumber& number, const Line& line, const Line* next_line, bool& consumed_next) {
    const std::string key = scheme_key(number);
    const int rank = rank_of(key);
    while (!stack_.empty() && stack_.back().rank >= rank) close_top();
    OpenClause clause;
    clause.clause.number = number.text;
    clause.begin = line.begin;
    clause.rank = rank;
    clause.key = key;
    clause.value = number.values.back();
    const std::string_view all = text_.text();
    std::size_t after_number = line.begin + bytes_of(all, line.begin, number.length);
    clause.end = line.end;
    if (number.alone && next_line && !clause_number_at_utf8(all.substr(next_line->begin, next_line->end - next_line->begin))) {
      // "1.2" alone on its line, the clause text on the next line.
      after_number = next_line->begin;
      clause.end = next_line->end;
      consumed_next = true;
    }
    const std::string_view rest = all.substr(after_number, clause.end - after_number);
    clause.body_begin = after_number;
    if (!consumed_next && !rest.empty() && utf8::count_code_points(rest) <= kMaxHeadingLength &&
        !has_sentence_punctuation(rest)) {
      clause.clause.heading = std::string(rest);
      clause.body_begin = clause.end;  // the body starts on the next line
    }
    if (!stack_.empty())
      stack_.back().last_child_value[key] = clause.value;
    else
      root_last_value_[key] = clause.value;
    const std::size_t end = clause.end;
    stack_.push_back(std::move(clause));
    extend(end);  // a parent spans its children
  }

  void extend(std::size_t end) {
    if (stack_.empty()) return;
    for (OpenClause& open : stack_) open.end = std::max(open.end, end);
  }

  void close_top() {
    OpenClause top = std::move(stack_.back());
    stack_.pop_back();
    top.clause.span = text_.to_span(top.begin, top.end);
    std::size_t body_end = top.end;
    if (!top.clause.children.empty()) {
      const std::size_t child_begin = text_.to_bytes(top.clause.children.front().span).first;
      body_end = std::min(body_end, child_begin);
    }
    std::size_t body_begin = std::min(top.body_begin, body_end);
    while (body_begin < body_end && (text_.text()[body_begin] == '\n' || text_.text()[body_begin] == ' ')) ++body_begin;
    while (body_end > body_begin && (text_.text()[body_end - 1] == '\n' || text_.text()[body_end - 1] == ' ')) --body_end;
    top.clause.body = body_end > body_begin ? text_.to_span(body_begin, body_end)
                                            : Span{top.clause.span.end, top.clause.span.end};
    if (!stack_.empty())
      stack_.back().clause.children.push_back(std::move(top.clause));
    else
      roots_.push_back(std::move(top.clause));
  }

  const NormalizedText& text_;
  std::vector<Clause>& roots_;
  std::vector<OpenClause> stack_;
  std::map<std::string, int> ranks_;
  std::map<std::string, int> root_last_value_;
};

void segment_document(const NormalizedText& text, Document& document) {
  const auto [begin, end] = text.to_bytes(document.span);
  const std::size_t content_begin =
      document.title_span.empty() ? begin : std::max(begin, text.to_bytes(document.title_span).second);
  const std::vector<Line> lines = lines_in(text.text(), content_begin, end);
  if (lines.empty()) return;

  std::vector<Clause> roots;
  ClauseTreeBuilder builder(text, roots);
  // Text before the first numbered line is the preamble.
  std::size_t first_numbered = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (clause_number_at_utf8(std::string_view(text.text()).substr(lines[i].begin, lines[i].end - lines[i].begin))) {
      first_numbered = i;
      break;
    }
  }
  if (first_numbered > 0) {
    Clause preamble;
    preamble.span = text.to_span(lines.front().begin, lines[first_numbered - 1].end);
    preamble.body = preamble.span;
    roots.push_back(preamble);
  }
  for (std::size_t i = first_numbered; i < lines.size(); ++i) {
    const Line* next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
    bool consumed_next = false;
    builder.add_line(lines[i], next, consumed_next);
    if (consumed_next) ++i;
  }
  builder.finish();
  document.clauses = std::move(roots);

  std::vector<ByteRange> ranges = sentence_ranges(text.text(), content_begin, end);
  // ICU ends a sentence after "6." — a clause number belongs to the text after it —
  // and at the "?" of a web address.
  for (std::size_t i = 0; i + 1 < ranges.size();) {
    const std::string_view piece(text.text().data() + ranges[i].begin, ranges[i].end - ranges[i].begin);
    const std::optional<ClauseNumber> number = clause_number_at_utf8(piece);
    const bool same_line = text.text().find('\n', ranges[i].end) >= ranges[i + 1].begin;
    const std::string_view next(text.text().data() + ranges[i + 1].begin, ranges[i + 1].end - ranges[i + 1].begin);
    if ((number && number->alone && same_line) || (same_line && splits_a_url(piece, next))) {
      ranges[i].end = ranges[i + 1].end;
      ranges.erase(ranges.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else {
      ++i;
    }
  }
  for (const ByteRange& range : ranges) {
    Sentence sentence;
    sentence.span = text.to_span(range.begin, range.end);
    for (const EnumerationRange& found : enumeration_ranges(text.text(), range)) {
      Enumeration enumeration;
      enumeration.span = text.to_span(found.span.begin, found.span.end);
      for (const ByteRange& item : found.items) enumeration.items.push_back(text.to_span(item.begin, item.end));
      sentence.enumerations.push_back(std::move(enumeration));
    }
    document.sentences.push_back(std::move(sentence));
  }
}

}  // namespace

void segment(Analysis& analysis) {
  for (Document& document : analysis.documents) segment_document(analysis.normalized, document);
}

}  // namespace consentflow
