#include "reports/text_report.h"

#include <map>
#include <string>

#include "reports/findings_json.h"

namespace consentflow {
namespace {

constexpr int kQuoteLength = 60;  // code points of evidence shown per span

class Painter {
 public:
  explicit Painter(bool colour) : colour_(colour) {}
  std::string paint(const std::string& text, const char* code) const {
    return colour_ ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
  }
  std::string severity(Severity severity, const std::string& text) const {
    switch (severity) {
      case Severity::Error: return paint(text, "1;31");
      case Severity::Warning: return paint(text, "1;33");
      case Severity::Note: return paint(text, "1;36");
    }
    return text;
  }

 private:
  bool colour_;
};

std::string one_line(std::string_view text) {
  std::string line;
  for (char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return line;
}

std::string evidence_line(const Evidence& evidence, const std::vector<const Analysis*>& sources) {
  if (evidence.source < 0 || static_cast<std::size_t>(evidence.source) >= sources.size()) return {};
  const Analysis& analysis = *sources[static_cast<std::size_t>(evidence.source)];
  const LineColumn at = analysis.source.position(evidence.span.begin);
  Span shown = evidence.span;
  const bool shortened = shown.length() > kQuoteLength;
  if (shortened) shown.end = shown.begin + kQuoteLength;
  return analysis.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + "  「" +
         one_line(analysis.source.slice(shown)) + (shortened ? "…」" : "」");
}

std::string refs_text(const std::vector<std::string>& refs) {
  std::string text;
  for (const std::string& ref : refs) text += (text.empty() ? "" : ", ") + ref;
  return "[" + text + "]";
}

std::string plural(int count, const std::string& word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

}  // namespace

void write_text_report(std::ostream& out, const std::vector<Finding>& findings,
                       const std::vector<CheckInfo>& checks,
                       const std::vector<const Analysis*>& sources, TextReportStyle style) {
  const Painter painter(style.colour);
  std::map<std::string, std::string> pack_of;
  for (const CheckInfo& info : checks) pack_of[info.id] = info.pack;

  // severity -> pack -> findings, keeping the given order inside a group
  std::map<int, std::map<std::string, std::vector<const Finding*>>> groups;
  for (const Finding& finding : findings)
    groups[static_cast<int>(finding.severity)][pack_of[finding.check]].push_back(&finding);

  for (const auto& [severity_rank, packs] : groups) {
    const Severity severity = static_cast<Severity>(severity_rank);
    for (const auto& [pack, members] : packs) {
      out << painter.severity(severity, to_string(severity)) << "  "
          << (pack.empty() ? "other" : pack) << " (" << members.size() << ")\n";
      for (const Finding* finding : members) {
        out << "  " << painter.paint(finding->check, "1") << "  " << refs_text(finding->refs) << "\n";
        out << "    " << finding->message_zh << "\n";
        out << "    " << finding->message_en << "\n";
        for (const Evidence& evidence : finding->evidence)
          out << "      " << painter.paint(evidence_line(evidence, sources), "2") << "\n";
      }
      out << "\n";
    }
  }
  const FindingCounts counts = count_findings(findings);
  out << plural(counts.errors, "error") << ", " << plural(counts.warnings, "warning") << ", "
      << plural(counts.notes, "note") << "\n";
}

}  // namespace consentflow
