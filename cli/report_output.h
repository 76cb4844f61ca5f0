// What `analyze` and `check-inventory` share: the report formats, --fail-on and
// --checks, and turning a checked analysis into output plus an exit code.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "checks/check.h"
#include "cli/pipeline.h"
#include "model/result.h"

namespace consentflow {

struct ReportOptions {
  std::string format = "text";  // text | json | sarif | md | html
  std::string fail_on = "error";
  std::string checks;           // comma-separated packs and/or check ids; empty = all
};

// Registers --format, --fail-on and --checks on `command`.
void add_report_options(CLI::App& command, ReportOptions& options);

// The checks --checks selects (an unknown name is an error).
Result<std::vector<const Check*>> selected_checks(const ReportOptions& options);

// Writes the report in the chosen format and returns the exit code: kExitFindings
// when a finding is at or above --fail-on, else kExitOk.
int write_report(std::ostream& out, const CheckedAnalysis& checked, const Ontology& ontology,
                 const ReportOptions& options, bool terminal);

}  // namespace consentflow
