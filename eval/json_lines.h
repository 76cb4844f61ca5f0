// Reading a JSON-lines file (one object per line; blank lines skipped).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/result.h"

namespace consentflow {

// Errors name the file and line: "file:LINE".
Result<std::vector<nlohmann::json>> read_json_lines(const std::string& path);

// The *.jsonl files of `dir`, sorted by name; none is an error naming the directory.
Result<std::vector<std::string>> list_json_lines_files(const std::string& dir);

}  // namespace consentflow
