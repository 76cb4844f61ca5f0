#include "reports/json_span.h"

namespace consentflow {

void write_span(JsonWriter& out, const SourceText& source, Span span, std::string_view file) {
  const LineColumn at = source.position(span.begin);
  out.begin_object()
      .field("start", span.begin)
      .field("end", span.end)
      .field("text", source.slice(span))
      .field("line", at.line)
      .field("column", at.column);
  if (!file.empty()) out.field("file", file);
  out.end_object();
}

}  // namespace consentflow
