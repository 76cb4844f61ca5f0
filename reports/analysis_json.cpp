#include "reports/analysis_json.h"

#include "reports/findings_json.h"
#include "reports/graph_json.h"
#include "reports/json_span.h"

namespace consentflow {
namespace {

void write_party(JsonWriter& out, const Analysis& analysis, const PartyMention& party) {
  out.begin_object()
      .field("id", party.id)
      .field("name", party.name)
      .field("kind", to_string(party.kind))
      .field("start", party.span.begin)
      .field("end", party.span.end);
  if (!party.span.empty()) out.field("text", analysis.source.slice(party.span));
  out.end_object();
}

void write_mention(JsonWriter& out, const Analysis& analysis, const std::string& id, Span span) {
  out.begin_object()
      .field("id", id)
      .field("text", analysis.source.slice(span))
      .field("start", span.begin)
      .field("end", span.end)
      .end_object();
}

std::string prefixed(std::size_t source, const std::string& id) {
  return source == 0 ? id : std::to_string(source) + ":" + id;
}

void write_document(JsonWriter& out, const Document& document, std::string_view file) {
  out.begin_object()
      .field("kind", to_string(document.kind))
      .field("title", document.title)
      .field("start", document.span.begin)
      .field("end", document.span.end);
  if (!file.empty()) out.field("file", file);
  out.end_object();
}

void write_practice(JsonWriter& out, const Analysis& analysis, const Practice& practice, std::size_t source,
                    std::string_view file) {
  out.begin_object().field("id", prefixed(source, practice.id)).field("action", to_string(practice.action));
  write_party(out.key("actor"), analysis, practice.actor);
  out.key("data").begin_array();
  for (const DataMention& data : practice.data) write_mention(out, analysis, data.id, data.span);
  out.end_array().key("recipient");
  if (practice.recipient) {
    write_party(out, analysis, *practice.recipient);
  } else {
    out.null();
  }
  out.key("purposes").begin_array();
  for (const PurposeMention& purpose : practice.purposes) write_mention(out, analysis, purpose.id, purpose.span);
  out.end_array()
      .field("consent", to_string(practice.consent))
      .field("condition", practice.condition)
      .field("negated", practice.negated)
      .field("cross_border", practice.cross_border)
      .key("evidence")
      .begin_array();
  for (const Span& span : practice.evidence) write_span(out, analysis.source, span);
  out.end_array().field("document", practice.document).field("clause", practice.clause);
  if (!practice.basis.empty()) out.field("basis", practice.basis);
  if (!file.empty()) out.field("file", file);
  out.end_object();
}

void write_statement(JsonWriter& out, const Analysis& analysis, const Statement& statement, std::string_view file) {
  out.begin_object()
      .field("kind", to_string(statement.kind))
      .field("detail", statement.detail)
      .field("value", statement.value)
      .field("document", statement.document)
      .field("clause", statement.clause);
  write_span(out.key("evidence"), analysis.source, statement.span);
  if (!file.empty()) out.field("file", file);
  out.end_object();
}

}  // namespace

void write_analysis_members(JsonWriter& out, const std::vector<const Analysis*>& sources, const FlowGraph& graph,
                            const std::vector<Finding>& findings) {
  // The main file's own items carry no "file"; another input's do.
  const auto file_of = [&](std::size_t source) {
    return source == 0 ? std::string_view() : std::string_view(sources[source]->file);
  };
  out.field("file", sources.empty() ? std::string_view() : std::string_view(sources.front()->file));
  out.key("documents").begin_array();
  for (std::size_t source = 0; source < sources.size(); ++source)
    for (const Document& document : sources[source]->documents) write_document(out, document, file_of(source));
  out.end_array().key("practices").begin_array();
  for (std::size_t source = 0; source < sources.size(); ++source)
    for (const Practice& practice : sources[source]->practices)
      write_practice(out, *sources[source], practice, source, file_of(source));
  out.end_array();
  write_graph(out.key("graph"), graph);
  write_findings(out.key("findings"), findings, sources);
  write_summary(out.key("summary"), findings);
  out.key("statements").begin_array();
  for (std::size_t source = 0; source < sources.size(); ++source)
    for (const Statement& statement : sources[source]->statements)
      write_statement(out, *sources[source], statement, file_of(source));
  out.end_array();
}

std::string analysis_json(const std::vector<const Analysis*>& sources, const FlowGraph& graph,
                          const std::vector<Finding>& findings, int indent) {
  JsonWriter out(indent);
  out.begin_object();
  write_analysis_members(out, sources, graph, findings);
  out.end_object();
  return out.take();
}

}  // namespace consentflow
