#include "cli/input_options.h"

#include <iostream>

#include "cli/command_context.h"

namespace consentflow {

void add_input_options(CLI::App& command, InputOptions& options) {
  command.add_option("--max-bytes", options.max_bytes, "Refuse inputs larger than this")
      ->capture_default_str();
}

void report_warnings(const Analysis& analysis) {
  for (const std::string& warning : analysis.warnings)
    std::cerr << "consentflow: warning: " << analysis.file << ": " << warning << "\n";
}

Result<std::vector<Analysis>> analyze_inputs(const Engine& engine, const std::vector<std::string>& files,
                                             const InputOptions& options) {
  std::vector<Analysis> analyses;
  for (const std::string& file : files) {
    if (file.empty()) continue;
    Result<Analysis> analysis = analyze_file(engine, file, options.ingest());
    if (!analysis.ok()) return analysis.error();
    report_warnings(analysis.value());
    analyses.push_back(std::move(analysis).value());
  }
  return analyses;
}

int fail(const std::string& message) {
  std::cerr << "consentflow: " << message << "\n";
  return kExitUsageOrInput;
}

}  // namespace consentflow
