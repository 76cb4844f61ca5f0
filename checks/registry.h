// The registry: every check of every pack, in one visible list per pack
// (checks/<pack>/<pack>_module.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "model/result.h"

namespace consentflow {

using CheckList = std::vector<std::unique_ptr<Check>>;

// Each pack's module file defines one of these.
void add_pipl_checks(CheckList& checks);
void add_necessity_checks(CheckList& checks);
void add_terms_checks(CheckList& checks);

// All checks, sorted by id. Built once; immutable afterwards.
const CheckList& all_checks();

// The checks selected by a comma-separated list of pack names and/or check ids
// ("pipl,terms-unilateral-change"); empty selects all. Unknown names are an error.
Result<std::vector<const Check*>> select_checks(const std::string& selection);

// Runs the checks and returns their findings in a stable order (severity, check
// id, first evidence). A check that throws is reported as an internal-error note
// rather than aborting the run.
std::vector<Finding> run_checks(const std::vector<const Check*>& checks, const CheckInput& input);

}  // namespace consentflow
