// CA4P spans of a short policy written for a test, as (label, quoted text) pairs.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/ca4p_spans.h"
#include "tests/support/pipeline.h"

namespace consentflow::testing {

using LabelledText = std::pair<std::string, std::string>;  // label, quoted text

inline std::vector<LabelledText> spans_of(const std::string& text) {
  const Analysis analysis = extracted(text);
  std::vector<LabelledText> found;
  for (const LabelledSpan& span : labelled_spans(engine(), analysis))
    found.emplace_back(span.label, std::string(analysis.source.slice(span.span)));
  return found;
}

inline bool has(const std::vector<LabelledText>& spans, const std::string& label, const std::string& text) {
  return std::find(spans.begin(), spans.end(), LabelledText{label, text}) != spans.end();
}

// How many spans carry `label`.
inline int count_of(const std::vector<LabelledText>& spans, const std::string& label) {
  return static_cast<int>(
      std::count_if(spans.begin(), spans.end(), [&](const LabelledText& span) { return span.first == label; }));
}

}  // namespace consentflow::testing
