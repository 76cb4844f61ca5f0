// Every subcommand, one file each: add_<name>_command registers it on the app and
// sets context.exit_code when it runs.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command_context.h"

namespace consentflow {

void add_segment_command(CLI::App& app, CommandContext& context);
void add_spans_command(CLI::App& app, CommandContext& context);
void add_analyze_command(CLI::App& app, CommandContext& context);
void add_graph_command(CLI::App& app, CommandContext& context);
void add_inventory_command(CLI::App& app, CommandContext& context);
void add_check_inventory_command(CLI::App& app, CommandContext& context);
void add_eval_command(CLI::App& app, CommandContext& context);
void add_batch_command(CLI::App& app, CommandContext& context);
void add_checks_command(CLI::App& app, CommandContext& context);

}  // namespace consentflow
