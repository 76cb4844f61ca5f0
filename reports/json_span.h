// The JSON shape of a span, shared by every JSON output:
// {"start", "end", "text", "line", "column"} (code points; end exclusive), and
// "file" when the span is in another input than the main one.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "model/source_text.h"
#include "model/span.h"
#include "reports/json_writer.h"

namespace consentflow {

using Json = nlohmann::ordered_json;

void write_span(JsonWriter& out, const SourceText& source, Span span, std::string_view file = {});

}  // namespace consentflow
