#include "reports/findings_json.h"

namespace consentflow {

Json findings_json(const std::vector<Finding>& findings, const std::vector<const Analysis*>& sources) {
  Json json = Json::array();
  for (const Finding& finding : findings) {
    Json evidence = Json::array();
    for (const Evidence& item : finding.evidence) {
      if (item.source < 0 || static_cast<std::size_t>(item.source) >= sources.size()) continue;
      const Analysis& analysis = *sources[static_cast<std::size_t>(item.source)];
      Json span = span_json(analysis.source, item.span);
      if (item.source != 0) span["file"] = analysis.file;
      evidence.push_back(std::move(span));
    }
    Json entry;
    entry["check"] = finding.check;
    entry["severity"] = to_string(finding.severity);
    entry["refs"] = finding.refs;
    entry["message"] = {{"zh", finding.message_zh}, {"en", finding.message_en}};
    entry["evidence"] = std::move(evidence);
    entry["nodes"] = finding.nodes;
    json.push_back(std::move(entry));
  }
  return json;
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

Json summary_json(const std::vector<Finding>& findings) {
  const FindingCounts counts = count_findings(findings);
  Json json;
  json["errors"] = counts.errors;
  json["warnings"] = counts.warnings;
  json["notes"] = counts.notes;
  return json;
}

}  // namespace consentflow
