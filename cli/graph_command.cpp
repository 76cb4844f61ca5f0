// `consentflow graph FILE --format dot|svg|json`: the data-flow diagram.
#include <iostream>
#include <memory>

#include "checks/registry.h"
#include "cli/commands.h"
#include "cli/input_options.h"
#include "reports/graph_dot.h"
#include "reports/graph_json.h"
#include "reports/graph_svg.h"

namespace consentflow {
namespace {

struct GraphOptions {
  std::string file;
  std::string agreement;
  std::string format = "dot";
  InputOptions input;
};

int run_graph(const GraphOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  Result<std::vector<Analysis>> sources =
      analyze_inputs(*engine.value(), {options.file, options.agreement}, options.input);
  if (!sources.ok()) return fail(describe(sources.error()));
  const CheckedAnalysis checked = check_analyses(*engine.value(), std::move(sources).value(), {}, nullptr);
  if (options.format == "json") {
    std::cout << graph_json(checked.graph, 2) << "\n";
    return kExitOk;
  }
  const std::string dot = graph_dot(checked.graph, engine_ontology(*engine.value()));
  if (options.format == "dot") {
    std::cout << dot;
    return kExitOk;
  }
  Result<std::string> svg = render_svg(dot);
  if (!svg.ok()) return fail(describe(svg.error()));
  std::cout << svg.value();
  return kExitOk;
}

}  // namespace

void add_graph_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<GraphOptions>();
  CLI::App* command = app.add_subcommand("graph", "Draw the data-flow diagram (DOT, SVG or JSON)");
  command->add_option("FILE", options->file, "Privacy policy file; - for stdin")->required();
  command->add_option("--agreement", options->agreement, "The user agreement bundled with the policy");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"dot", "svg", "json"}))
      ->capture_default_str();
  add_input_options(*command, options->input);
  command->callback([options, &context] { context.exit_code = run_graph(*options, context); });
}

}  // namespace consentflow
