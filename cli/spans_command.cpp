// `consentflow spans FILE`: the labelled spans in CA4P's label set (data,
// handler, collect, share, purpose, condition, subject).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "reports/json_span.h"

namespace consentflow {
namespace {

struct SpansOptions {
  std::string file;
  std::string format = "json";
  InputOptions input;
};

int run_spans(const SpansOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  Result<Analysis> analysis = analyze_file(*engine.value(), options.file, options.input.ingest());
  if (!analysis.ok()) return fail(describe(analysis.error()));
  report_warnings(analysis.value());
  const SourceText& source = analysis.value().source;
  const std::vector<LabelledSpan> spans = labelled_spans(*engine.value(), analysis.value());
  if (options.format == "json") {
    Json json;
    json["file"] = options.file;
    json["spans"] = Json::array();
    for (const LabelledSpan& span : spans)
      json["spans"].push_back({{"label", span.label},
                               {"start", span.span.begin},
                               {"end", span.span.end},
                               {"text", std::string(source.slice(span.span))}});
    std::cout << json.dump(2) << "\n";
  } else {
    for (const LabelledSpan& span : spans) {
      const LineColumn at = source.position(span.span.begin);
      std::cout << options.file << ":" << at.line << ":" << at.column << "\t" << span.label << "\t"
                << source.slice(span.span) << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

void add_spans_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<SpansOptions>();
  CLI::App* command = app.add_subcommand(
      "spans", "Labelled spans in CA4P's labels: data, handler, collect, share, purpose, condition, subject");
  command->add_option("FILE", options->file, "Policy file; - for stdin")->required();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  add_input_options(*command, options->input);
  command->callback([options, &context] { context.exit_code = run_spans(*options, context); });
}

}  // namespace consentflow
