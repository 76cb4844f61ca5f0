// Findings and the metadata of the checks that emit them. CheckInfo lives in
// model/ so reports can list rules without depending on checks/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/span.h"

namespace consentflow {

enum class Severity { Error, Warning, Note };

std::string to_string(Severity severity);  // "error" | "warning" | "note"
std::optional<Severity> severity_from_string(const std::string& text);
// True when `severity` is at least as severe as `threshold`.
bool at_least(Severity severity, Severity threshold);

struct CheckInfo {
  std::string id;    // stable kebab-case, e.g. "pipl-23-sharing-without-separate-consent"
  std::string pack;  // "pipl" | "necessity" | "terms"
  Severity severity = Severity::Warning;
  std::vector<std::string> refs;  // "PIPL-23", "AM-5.1", "GB-9.2" …
  std::string summary_zh;
  std::string summary_en;
  std::string docs;  // path of its docs page, e.g. "docs/checks/<id>.md"
};

// Where a finding's evidence is: a span of one of the analysed inputs
// (0 = the main file, 1 = the --agreement file).
struct Evidence {
  int source = 0;
  Span span;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Finding {
  std::string check;
  Severity severity = Severity::Warning;
  std::vector<std::string> refs;
  std::string message_zh;
  std::string message_en;
  std::vector<Evidence> evidence;
  std::vector<std::string> nodes;  // graph node ids involved
};

}  // namespace consentflow
