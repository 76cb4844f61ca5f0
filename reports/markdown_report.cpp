#include "reports/markdown_report.h"

#include <map>
#include <sstream>

#include "reports/findings_json.h"
#include "reports/flow_summary.h"

namespace consentflow {
namespace {

std::string cell(std::string text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
  return out;
}

std::string quoted_evidence(const Evidence& evidence, const std::vector<const Analysis*>& sources) {
  if (evidence.source < 0 || static_cast<std::size_t>(evidence.source) >= sources.size()) return {};
  const Analysis& analysis = *sources[static_cast<std::size_t>(evidence.source)];
  const LineColumn at = analysis.source.position(evidence.span.begin);
  std::string text(analysis.source.slice(evidence.span));
  if (text.size() > 240) text = text.substr(0, 237) + "…";
  return "`" + analysis.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + "` " + cell(text);
}

}  // namespace

void write_markdown_report(std::ostream& out, const std::vector<const Analysis*>& sources,
                           const FlowGraph& graph, const std::vector<Finding>& findings,
                           const std::vector<CheckInfo>& checks) {
  std::map<std::string, const CheckInfo*> info_of;
  for (const CheckInfo& info : checks) info_of[info.id] = &info;
  std::map<std::string, FindingCounts> by_pack;
  for (const Finding& finding : findings) {
    const auto found = info_of.find(finding.check);
    FindingCounts& counts = by_pack[found == info_of.end() ? "other" : found->second->pack];
    counts.errors += finding.severity == Severity::Error;
    counts.warnings += finding.severity == Severity::Warning;
    counts.notes += finding.severity == Severity::Note;
  }
  const FindingCounts total = count_findings(findings);
  out << "## consentflow: " << (sources.empty() ? "" : sources.front()->file) << "\n\n";
  out << "| pack | errors | warnings | notes |\n|---|---:|---:|---:|\n";
  for (const auto& [pack, counts] : by_pack)
    out << "| " << pack << " | " << counts.errors << " | " << counts.warnings << " | " << counts.notes << " |\n";
  out << "| **total** | **" << total.errors << "** | **" << total.warnings << "** | **" << total.notes << "** |\n\n";
  out << "### Data flows\n\n```\n";
  write_flow_summary(out, graph);
  out << "```\n\nRender the diagram with `consentflow graph FILE --format svg`.\n\n";
  for (Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
    bool heading = false;
    for (const Finding& finding : findings) {
      if (finding.severity != severity) continue;
      if (!heading) {
        out << "### " << to_string(severity) << "s\n\n";
        heading = true;
      }
      const auto found = info_of.find(finding.check);
      out << "- **`" << finding.check << "`**";
      if (found != info_of.end()) out << " ([docs](" << found->second->docs << "))";
      out << " — ";
      for (std::size_t i = 0; i < finding.refs.size(); ++i) out << (i ? ", " : "") << finding.refs[i];
      out << "  \n  " << cell(finding.message_zh) << "  \n  " << cell(finding.message_en) << "\n";
      for (const Evidence& evidence : finding.evidence) out << "  > " << quoted_evidence(evidence, sources) << "\n";
      out << "\n";
    }
  }
}

}  // namespace consentflow
