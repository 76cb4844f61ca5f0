// The JSON shape of a span, shared by every JSON output:
// {"start", "end", "text", "line", "column"} (code points; end exclusive).
#pragma once

#include <nlohmann/json.hpp>

#include "model/source_text.h"
#include "model/span.h"

namespace consentflow {

using Json = nlohmann::ordered_json;

Json span_json(const SourceText& source, Span span);

}  // namespace consentflow
