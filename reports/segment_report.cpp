#include "reports/segment_report.h"

#include <string>

#include "model/utf8.h"

namespace consentflow {
namespace {

Json clause_json(const Clause& clause) {
  Json json;
  json["number"] = clause.number;
  json["heading"] = clause.heading;
  json["start"] = clause.span.begin;
  json["end"] = clause.span.end;
  json["children"] = Json::array();
  for (const Clause& child : clause.children) json["children"].push_back(clause_json(child));
  return json;
}

// The first `count` characters of `text` on one line, with "…" when cut.
std::string first_words(std::string_view text, std::size_t count) {
  std::string out;
  std::size_t taken = 0;
  for (std::size_t pos = 0; pos < text.size() && taken < count; ++taken) {
    const char32_t c = utf8::decode(text, pos);
    utf8::append(out, c == U'\n' || c == U'\t' ? U' ' : c);
  }
  return taken == count && out.size() < text.size() ? out + "…" : out;
}

void write_clause(std::ostream& out, const Analysis& analysis, const Clause& clause, int depth) {
  const LineColumn at = analysis.source.position(clause.span.begin);
  out << std::string(static_cast<std::size_t>(2 * depth), ' ')
      << (clause.number.empty() ? "(preamble)" : clause.number) << "  ";
  if (!clause.heading.empty())
    out << clause.heading;
  else
    out << first_words(analysis.source.slice(clause.body), 30);
  out << "  [" << at.line << ":" << at.column << "]\n";
  for (const Clause& child : clause.children) write_clause(out, analysis, child, depth + 1);
}

}  // namespace

Json segment_json(const Analysis& analysis) {
  Json json;
  json["file"] = analysis.file;
  json["encoding"] = analysis.encoding;
  json["documents"] = Json::array();
  for (const Document& document : analysis.documents) {
    Json entry;
    entry["kind"] = to_string(document.kind);
    entry["title"] = document.title;
    entry["start"] = document.span.begin;
    entry["end"] = document.span.end;
    entry["clauses"] = Json::array();
    for (const Clause& clause : document.clauses) entry["clauses"].push_back(clause_json(clause));
    entry["sentences"] = document.sentences.size();
    json["documents"].push_back(std::move(entry));
  }
  return json;
}

void write_segment_text(std::ostream& out, const Analysis& analysis) {
  out << analysis.file << " (" << analysis.encoding << "): " << analysis.documents.size()
      << " document" << (analysis.documents.size() == 1 ? "" : "s") << "\n";
  for (const Document& document : analysis.documents) {
    const LineColumn at = analysis.source.position(document.span.begin);
    out << "\n" << to_string(document.kind) << "  "
        << (document.title.empty() ? "(untitled)" : document.title) << "  [" << at.line << ":"
        << at.column << "]  " << document.sentences.size() << " sentences\n";
    for (const Clause& clause : document.clauses) write_clause(out, analysis, clause, 1);
  }
}

}  // namespace consentflow
