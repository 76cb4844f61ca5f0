// consentflow: privacy policy → data-flow graph → PIPL / necessity / terms checks.
// Thin: parses the command line and hands over to the library; the only place
// that turns errors into a message and an exit code.
#include <malloc.h>

#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_context.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace consentflow;
  // Each document allocates and frees a few megabytes; with glibc's defaults those
  // go back to the kernel after every document and come back as fresh page faults
  // (a quarter of the time on long policies). Keep them in the process instead.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  CLI::App app{
      "consentflow reads privacy policies and user agreements (Chinese and English), builds a\n"
      "data-flow graph of data types, purposes and parties, and checks it against PIPL, the\n"
      "2019 App 认定方法, GB/T 35273-2020 and the 2021 necessary-PI rules.",
      "consentflow"};
  app.set_version_flag("--version", std::string("consentflow ") + CONSENTFLOW_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  CommandContext context;
  app.add_option("--ontology", context.ontology_dir,
                 "Load the ontology YAML files from DIR instead of the built-in ones")
      ->check(CLI::ExistingDirectory);

  // The commands, in the order `--help` lists them.
  add_segment_command(app, context);
  add_spans_command(app, context);
  add_analyze_command(app, context);
  add_graph_command(app, context);
  add_inventory_command(app, context);
  add_check_inventory_command(app, context);
  add_batch_command(app, context);
  add_eval_command(app, context);
  add_checks_command(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "consentflow: " << e.what() << " (see consentflow --help)\n";
    return kExitUsageOrInput;
  } catch (const std::exception& e) {
    std::cerr << "consentflow: internal error: " << e.what() << "\n";
    return kExitUsageOrInput;
  }
  return context.exit_code;
}
