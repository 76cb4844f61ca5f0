// `consentflow analyze FILE [--agreement FILE] [--app-type TYPE]`: practices,
// graph and findings of a policy (and the agreement it is bundled with).
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/report_output.h"

namespace consentflow {
namespace {

struct AnalyzeOptions {
  std::string file;
  std::string agreement;
  std::string app_type;
  InputOptions input;
  ReportOptions report;
};

std::string unknown_app_type(const Ontology& ontology, const std::string& given) {
  std::string known;
  for (const AppType& type : ontology.app_types) known += (known.empty() ? "" : ", ") + type.id;
  return "unknown --app-type '" + given + "'; known types: " + known;
}

int run_analyze(const AnalyzeOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  const AppType* app_type = nullptr;
  if (!options.app_type.empty()) {
    app_type = engine_ontology(*engine.value()).app_type(options.app_type);
    if (!app_type) return fail(unknown_app_type(engine_ontology(*engine.value()), options.app_type));
  }
  Result<std::vector<const Check*>> checks = selected_checks(options.report);
  if (!checks.ok()) return fail(describe(checks.error()));

  Result<std::vector<Analysis>> sources =
      analyze_inputs(*engine.value(), {options.file, options.agreement}, options.input);
  if (!sources.ok()) return fail(describe(sources.error()));
  const CheckedAnalysis checked =
      check_analyses(*engine.value(), std::move(sources).value(), checks.value(), app_type);
  return write_report(std::cout, checked, engine_ontology(*engine.value()), options.report,
                      isatty(STDOUT_FILENO) == 1);
}

}  // namespace

void add_analyze_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* command = app.add_subcommand(
      "analyze", "Extract practices, build the data-flow graph and run the checks");
  command->add_option("FILE", options->file, "Privacy policy (or a page holding policy and agreement); - for stdin")
      ->required();
  command->add_option("--agreement", options->agreement,
                      "The user agreement the policy is bundled with, checked together with it");
  command->add_option("--app-type", options->app_type,
                      "App type of the 2021 necessary-PI rules (id or Chinese name) for the necessity checks");
  add_input_options(*command, options->input);
  add_report_options(*command, options->report);
  command->callback([options, &context] { context.exit_code = run_analyze(*options, context); });
}

}  // namespace consentflow
