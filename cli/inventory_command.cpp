// `consentflow inventory FILE --format yaml|fides|json`: the data inventory of a
// policy, to keep in git; `check-inventory INVENTORY.yaml` runs the checks on a
// (hand-edited) inventory, with the same report formats and exit codes as analyze.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/report_output.h"
#include "reports/inventory_build.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace consentflow {
namespace {

// The inventory's YAML as JSON, same keys and order (scalars as the YAML writes them).
nlohmann::ordered_json yaml_to_json(const YAML::Node& node) {
  if (node.IsMap()) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& entry : node) object[entry.first.Scalar()] = yaml_to_json(entry.second);
    return object;
  }
  if (node.IsSequence()) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const YAML::Node& item : node) array.push_back(yaml_to_json(item));
    return array;
  }
  if (node.IsNull()) return nullptr;
  bool flag = false;
  if (node.Tag() != "!" && YAML::convert<bool>::decode(node, flag) && (node.Scalar() == "true" || node.Scalar() == "false"))
    return flag;
  return node.Scalar();
}

struct InventoryOptions {
  std::string file;
  std::string agreement;
  std::string format = "yaml";
  InputOptions input;
};

int run_inventory(const InventoryOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  Result<std::vector<Analysis>> sources =
      analyze_inputs(*engine.value(), {options.file, options.agreement}, options.input);
  if (!sources.ok()) return fail(describe(sources.error()));
  std::vector<const Analysis*> pointers;
  for (const Analysis& analysis : sources.value()) pointers.push_back(&analysis);
  const Ontology& ontology = engine_ontology(*engine.value());
  const Inventory inventory = inventory_of(pointers, ontology);
  if (options.format == "fides")
    std::cout << fides_manifest(inventory, ontology);
  else if (options.format == "json")
    std::cout << yaml_to_json(YAML::Load(inventory_yaml(inventory))).dump(2) << "\n";
  else
    std::cout << inventory_yaml(inventory);
  return kExitOk;
}

struct CheckInventoryOptions {
  std::string file;
  std::string app_type;
  ReportOptions report;
};

int run_check_inventory(const CheckInventoryOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  std::ifstream in(options.file, std::ios::binary);
  if (!in) return fail(options.file + ": cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  Result<Inventory> inventory = load_inventory(text.str(), options.file);
  if (!inventory.ok()) return fail(describe(inventory.error()));
  Result<std::vector<const Check*>> checks = selected_checks(options.report);
  if (!checks.ok()) return fail(describe(checks.error()));
  const Ontology& ontology = engine_ontology(*engine.value());
  const AppType* app_type = options.app_type.empty() ? nullptr : ontology.app_type(options.app_type);
  if (!options.app_type.empty() && !app_type) return fail("unknown --app-type '" + options.app_type + "'");
  std::vector<Analysis> sources;
  sources.push_back(inventory_analysis(inventory.value()));
  const CheckedAnalysis checked = check_analyses(*engine.value(), std::move(sources), checks.value(), app_type);
  return write_report(std::cout, checked, ontology, options.report, isatty(STDOUT_FILENO) == 1);
}

}  // namespace

void add_inventory_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<InventoryOptions>();
  CLI::App* command = app.add_subcommand("inventory", "Export the data inventory (YAML, fideslang manifest, JSON)");
  command->add_option("FILE", options->file, "Privacy policy file; - for stdin")->required();
  command->add_option("--agreement", options->agreement, "The user agreement bundled with the policy");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"yaml", "fides", "json"}))
      ->capture_default_str();
  add_input_options(*command, options->input);
  command->callback([options, &context] { context.exit_code = run_inventory(*options, context); });
}

void add_check_inventory_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<CheckInventoryOptions>();
  CLI::App* command = app.add_subcommand("check-inventory", "Run the checks on a (hand-edited) inventory YAML");
  command->add_option("INVENTORY", options->file, "An inventory written by `consentflow inventory`")->required();
  command->add_option("--app-type", options->app_type, "App type for the necessity checks");
  add_report_options(*command, options->report);
  command->callback([options, &context] { context.exit_code = run_check_inventory(*options, context); });
}

}  // namespace consentflow
