// Options and messages every command that reads policies shares: --max-bytes,
// warnings and errors on stderr.
#pragma once

#include <cstddef>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/pipeline.h"
#include "extract/ingest.h"
#include "model/analysis.h"

namespace consentflow {

struct InputOptions {
  std::size_t max_bytes = IngestOptions{}.max_bytes;

  IngestOptions ingest() const { return IngestOptions{.max_bytes = max_bytes}; }
};

void add_input_options(CLI::App& command, InputOptions& options);

// Prints "consentflow: warning: FILE: …" for each ingest warning.
void report_warnings(const Analysis& analysis);

// Analyses the given files in order (empty names are skipped: an optional
// --agreement), printing their warnings; the first error stops.
Result<std::vector<Analysis>> analyze_inputs(const Engine& engine, const std::vector<std::string>& files,
                                             const InputOptions& options);

// Prints "consentflow: MESSAGE" and returns the usage/input exit code.
int fail(const std::string& message);

}  // namespace consentflow
