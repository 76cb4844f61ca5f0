#include "cli/report_output.h"

#include "checks/registry.h"
#include "cli/command_context.h"
#include "reports/analysis_json.h"
#include "reports/flow_summary.h"
#include "reports/graph_dot.h"
#include "reports/graph_svg.h"
#include "reports/html_report.h"
#include "reports/markdown_report.h"
#include "reports/sarif_report.h"
#include "reports/text_report.h"

namespace consentflow {
namespace {

// Where helpUri and docs links point: the repository's docs pages.
constexpr const char* kDocsBase = "https://github.com/consentflow/consentflow/blob/main/";

std::vector<CheckInfo> check_infos() {
  std::vector<CheckInfo> infos;
  for (const auto& check : all_checks()) infos.push_back(check->info());
  return infos;
}

}  // namespace

void add_report_options(CLI::App& command, ReportOptions& options) {
  command.add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "md", "html"}))
      ->capture_default_str();
  command.add_option("--fail-on", options.fail_on,
                     "Exit 1 when a finding is at least this severe")
      ->check(CLI::IsMember({"error", "warning", "note"}))
      ->capture_default_str();
  command.add_option("--checks", options.checks,
                     "Comma-separated packs (pipl, necessity, terms) and/or check ids; default all");
}

Result<std::vector<const Check*>> selected_checks(const ReportOptions& options) {
  return select_checks(options.checks);
}

int write_report(std::ostream& out, const CheckedAnalysis& checked, const Ontology& ontology,
                 const ReportOptions& options, bool terminal) {
  const std::vector<const Analysis*> sources = checked.source_pointers();
  if (options.format == "json") {
    out << analysis_json(sources, checked.graph, checked.findings, 2) << "\n";
  } else if (options.format == "sarif") {
    out << sarif_report(sources, checked.findings, check_infos(), kDocsBase).dump(2) << "\n";
  } else if (options.format == "md") {
    write_markdown_report(out, sources, checked.graph, checked.findings, check_infos());
  } else if (options.format == "html") {
    Result<std::string> svg = render_svg(graph_dot(checked.graph, ontology));
    write_html_report(out, sources, checked.findings, check_infos(), svg.ok() ? svg.value() : std::string());
  } else {
    write_flow_summary(out, checked.graph);
    write_text_report(out, checked.findings, check_infos(), sources,
                      TextReportStyle{.colour = terminal});
  }
  const Severity threshold = severity_from_string(options.fail_on).value_or(Severity::Error);
  for (const Finding& finding : checked.findings)
    if (at_least(finding.severity, threshold)) return kExitFindings;
  return kExitOk;
}

}  // namespace consentflow
