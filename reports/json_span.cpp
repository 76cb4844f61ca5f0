#include "reports/json_span.h"

#include <string>

namespace consentflow {

Json span_json(const SourceText& source, Span span) {
  const LineColumn at = source.position(span.begin);
  Json json;
  json["start"] = span.begin;
  json["end"] = span.end;
  json["text"] = std::string(source.slice(span));
  json["line"] = at.line;
  json["column"] = at.column;
  return json;
}

}  // namespace consentflow
