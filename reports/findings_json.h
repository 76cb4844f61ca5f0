// Findings as JSON, in DESIGN.md's shape: [{"check", "severity", "refs",
// "message": {"zh", "en"}, "evidence": [span], "nodes": [ids]}], and the summary
// {"errors", "warnings", "notes"}.
#pragma once

#include <vector>

#include "model/analysis.h"
#include "model/finding.h"
#include "reports/json_writer.h"

namespace consentflow {

// `sources[i]` is analysed input i; evidence from an input other than the first
// also carries "file".
void write_findings(JsonWriter& out, const std::vector<Finding>& findings, const std::vector<const Analysis*>& sources);

struct FindingCounts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
};

FindingCounts count_findings(const std::vector<Finding>& findings);
void write_summary(JsonWriter& out, const std::vector<Finding>& findings);

}  // namespace consentflow
