#include "reports/findings_json.h"

#include "reports/json_span.h"

namespace consentflow {

void write_findings(JsonWriter& out, const std::vector<Finding>& findings, const std::vector<const Analysis*>& sources) {
  out.begin_array();
  for (const Finding& finding : findings) {
    out.begin_object()
        .field("check", finding.check)
        .field("severity", to_string(finding.severity))
        .field("refs", finding.refs)
        .key("message")
        .begin_object()
        .field("zh", finding.message_zh)
        .field("en", finding.message_en)
        .end_object()
        .key("evidence")
        .begin_array();
    for (const Evidence& item : finding.evidence) {
      if (item.source < 0 || static_cast<std::size_t>(item.source) >= sources.size()) continue;
      const Analysis& analysis = *sources[static_cast<std::size_t>(item.source)];
      write_span(out, analysis.source, item.span, item.source != 0 ? std::string_view(analysis.file) : std::string_view());
    }
    out.end_array().field("nodes", finding.nodes).end_object();
  }
  out.end_array();
}

FindingCounts count_findings(const std::vector<Finding>& findings) {
  FindingCounts counts;
  for (const Finding& finding : findings) {
    switch (finding.severity) {
      case Severity::Error: ++counts.errors; break;
      case Severity::Warning: ++counts.warnings; break;
      case Severity::Note: ++counts.notes; break;
    }
  }
  return counts;
}

void write_summary(JsonWriter& out, const std::vector<Finding>& findings) {
  const FindingCounts counts = count_findings(findings);
  out.begin_object()
      .field("errors", counts.errors)
      .field("warnings", counts.warnings)
      .field("notes", counts.notes)
      .end_object();
}

}  // namespace consentflow
