// The readable analyze report: findings grouped by severity, then by pack; each
// with its references, both messages and its evidence quoted as file:line:column.
#pragma once

#include <ostream>
#include <vector>

#include "model/analysis.h"
#include "model/finding.h"

namespace consentflow {

struct TextReportStyle {
  bool colour = false;  // ANSI colours; the CLI turns them on only for a terminal
};

// `checks` gives each finding's pack; `sources[i]` is analysed input i.
void write_text_report(std::ostream& out, const std::vector<Finding>& findings,
                       const std::vector<CheckInfo>& checks,
                       const std::vector<const Analysis*>& sources, TextReportStyle style);

}  // namespace consentflow
