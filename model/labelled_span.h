// LabelledSpan: a span with a CA4P label (data, handler, collect, share, purpose,
// condition, subject). Extraction emits them for `spans`; eval scores them against gold.
#pragma once

#include <string>

#include "model/span.h"

namespace consentflow {

struct LabelledSpan {
  std::string label;
  Span span;

  friend bool operator==(const LabelledSpan&, const LabelledSpan&) = default;
  friend auto operator<=>(const LabelledSpan&, const LabelledSpan&) = default;
};

}  // namespace consentflow
