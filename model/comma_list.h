// Comma-separated lists as users type them on the command line ("pipl, terms").
#pragma once

#include <string>
#include <vector>

namespace consentflow {

// The non-empty items of `text`, split at commas, each trimmed of spaces and tabs.
std::vector<std::string> split_comma_list(const std::string& text);

}  // namespace consentflow
