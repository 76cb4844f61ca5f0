// `consentflow segment FILE`: the documents found in a file and their clause trees.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "extract/ingest.h"
#include "extract/segment.h"
#include "reports/segment_report.h"

namespace consentflow {
namespace {

struct SegmentOptions {
  std::string file;
  std::string format = "text";
  InputOptions input;
};

int run_segment(const SegmentOptions& options) {
  Result<Analysis> analysis = ingest_file(options.file, options.input.ingest());
  if (!analysis.ok()) return fail(describe(analysis.error()));
  report_warnings(analysis.value());
  segment(analysis.value());
  if (options.format == "json")
    std::cout << segment_json(analysis.value()).dump(2) << "\n";
  else
    write_segment_text(std::cout, analysis.value());
  return kExitOk;
}

}  // namespace

void add_segment_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<SegmentOptions>();
  CLI::App* command = app.add_subcommand("segment", "Show the documents and clause tree found in a file");
  command->add_option("FILE", options->file, "Policy or agreement file (text, HTML, markdown); - for stdin")
      ->required();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_input_options(*command, options->input);
  command->callback([options, &context] { context.exit_code = run_segment(*options); });
}

}  // namespace consentflow
