#include "reports/sarif_report.h"

#include <map>

namespace consentflow {
namespace {

std::string sarif_level(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "note";
}

Json rule_json(const CheckInfo& info, const std::string& docs_base) {
  Json rule;
  rule["id"] = info.id;
  rule["name"] = info.id;
  rule["shortDescription"] = {{"text", info.summary_en}};
  rule["fullDescription"] = {{"text", info.summary_en + " / " + info.summary_zh}};
  rule["helpUri"] = docs_base + info.docs;
  rule["defaultConfiguration"] = {{"level", sarif_level(info.severity)}};
  Json tags = Json::array({info.pack});
  for (const std::string& ref : info.refs) tags.push_back(ref);
  rule["properties"] = {{"tags", tags}};
  return rule;
}

Json location_json(const Analysis& analysis, Span span) {
  const LineColumn start = analysis.source.position(span.begin);
  const LineColumn end = analysis.source.position(span.end);
  Json region;
  region["startLine"] = start.line;
  region["startColumn"] = start.column;
  region["endLine"] = end.line;
  region["endColumn"] = end.column;
  region["charOffset"] = span.begin;
  region["charLength"] = span.length();
  region["snippet"] = {{"text", std::string(analysis.source.slice(span))}};
  Json location;
  location["physicalLocation"] = {{"artifactLocation", {{"uri", analysis.file}}}, {"region", region}};
  return location;
}

}  // namespace

Json sarif_report(const std::vector<const Analysis*>& sources, const std::vector<Finding>& findings,
                  const std::vector<CheckInfo>& checks, const std::string& docs_base) {
  Json rules = Json::array();
  std::map<std::string, int> rule_index;
  for (const CheckInfo& info : checks) {
    rule_index[info.id] = static_cast<int>(rules.size());
    rules.push_back(rule_json(info, docs_base));
  }
  Json results = Json::array();
  for (const Finding& finding : findings) {
    Json result;
    result["ruleId"] = finding.check;
    if (const auto found = rule_index.find(finding.check); found != rule_index.end()) result["ruleIndex"] = found->second;
    result["level"] = sarif_level(finding.severity);
    result["message"] = {{"text", finding.message_en + " / " + finding.message_zh}};
    Json locations = Json::array();
    for (const Evidence& evidence : finding.evidence)
      if (evidence.source >= 0 && static_cast<std::size_t>(evidence.source) < sources.size())
        locations.push_back(location_json(*sources[static_cast<std::size_t>(evidence.source)], evidence.span));
    result["locations"] = locations;
    result["properties"] = {{"tags", finding.refs}, {"nodes", finding.nodes}};
    results.push_back(std::move(result));
  }
  Json artifacts = Json::array();
  for (const Analysis* analysis : sources)
    artifacts.push_back({{"location", {{"uri", analysis->file}}}, {"encoding", analysis->encoding}});
  Json run;
  run["tool"] = {{"driver",
                  {{"name", "consentflow"},
                   {"version", CONSENTFLOW_REPORT_VERSION},
                   {"informationUri", docs_base + "README.md"},
                   {"rules", rules}}}};
  run["artifacts"] = artifacts;
  run["results"] = results;
  run["columnKind"] = "unicodeCodePoints";
  Json sarif;
  sarif["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  sarif["version"] = "2.1.0";
  sarif["runs"] = Json::array({run});
  return sarif;
}

}  // namespace consentflow
