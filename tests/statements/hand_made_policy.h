// Builds an Analysis from a small hand-written policy without running ingest or
// segment: lines starting with "# " are section headings (each opens a clause),
// other lines are split into sentences after 。；！？.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/analysis.h"
#include "model/utf8.h"

namespace consentflow::testing {

inline Analysis hand_made_policy(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += (line.starts_with("# ") ? line.substr(2) : line) + "\n";

  Analysis analysis;
  analysis.file = "hand-made";
  analysis.normalized = NormalizedText::identity(text);
  Document document;
  document.kind = DocumentKind::PrivacyPolicy;
  const auto length = static_cast<int32_t>(utf8::count_code_points(text));
  document.span = {0, length};

  int32_t at = 0;
  for (const std::string& line : lines) {
    const bool heading = line.starts_with("# ");
    const std::u32string points = utf8::decode_all(heading ? line.substr(2) : line);
    const auto line_end = static_cast<int32_t>(at + points.size());
    if (heading) {
      Clause clause;
      clause.number = std::to_string(document.clauses.size() + 1);
      clause.heading = line.substr(2);
      clause.span = {at, length};
      clause.body = {line_end + 1, length};
      if (!document.clauses.empty()) {
        document.clauses.back().span.end = at;
        document.clauses.back().body.end = at;
      }
      document.clauses.push_back(clause);
      document.sentences.push_back({{at, line_end}, {}});
    } else {
      int32_t begin = at;
      for (std::size_t i = 0; i < points.size(); ++i) {
        if (std::u32string_view(U"。；！？").find(points[i]) != std::u32string_view::npos ||
            i + 1 == points.size()) {
          const auto end = static_cast<int32_t>(at + i + 1);
          document.sentences.push_back({{begin, end}, {}});
          begin = end;
        }
      }
    }
    at = line_end + 1;  // the newline
  }
  analysis.documents.push_back(document);
  return analysis;
}

}  // namespace consentflow::testing
