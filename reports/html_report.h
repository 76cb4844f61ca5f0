// One self-contained HTML page (inline CSS and JS, no network): the summary, the
// data-flow diagram (inline SVG), a findings table filterable by severity and
// pack, and the policy text with every piece of evidence highlighted; clicking a
// finding scrolls to its evidence and flashes it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "model/analysis.h"
#include "model/finding.h"

namespace consentflow {

void write_html_report(std::ostream& out, const std::vector<const Analysis*>& sources,
                       const std::vector<Finding>& findings, const std::vector<CheckInfo>& checks,
                       const std::string& diagram_svg);

}  // namespace consentflow
