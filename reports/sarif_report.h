// Findings as SARIF 2.1.0 (OASIS): tool.driver.rules from the check metadata
// (id, descriptions, helpUri to the docs page, legal references as tags) and one
// result per finding with every evidence span as a location (line, column and
// character offsets in Unicode code points).
#pragma once

#include <vector>

#include "model/analysis.h"
#include "model/finding.h"
#include "reports/json_span.h"

namespace consentflow {

// `docs_base` prefixes each check's docs path in helpUri (e.g. a repository URL).
Json sarif_report(const std::vector<const Analysis*>& sources, const std::vector<Finding>& findings,
                  const std::vector<CheckInfo>& checks, const std::string& docs_base);

}  // namespace consentflow
