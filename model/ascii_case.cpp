#include "model/ascii_case.h"

namespace consentflow {

// Inline rather than std::tolower per byte: this runs on every line of every document,
// and a library call per byte was 1.2 % of a batch.
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace consentflow
