#include "reports/analysis_json.h"

#include <string>

#include "reports/findings_json.h"
#include "reports/graph_json.h"

namespace consentflow {
namespace {

Json party_json(const Analysis& analysis, const PartyMention& party) {
  Json json;
  json["id"] = party.id;
  json["name"] = party.name;
  json["kind"] = to_string(party.kind);
  json["start"] = party.span.begin;
  json["end"] = party.span.end;
  if (!party.span.empty()) json["text"] = std::string(analysis.source.slice(party.span));
  return json;
}

Json mention_json(const Analysis& analysis, const std::string& id, Span span) {
  Json json;
  json["id"] = id;
  json["text"] = std::string(analysis.source.slice(span));
  json["start"] = span.begin;
  json["end"] = span.end;
  return json;
}

std::string prefixed(std::size_t source, const std::string& id) {
  return source == 0 ? id : std::to_string(source) + ":" + id;
}

}  // namespace

Json document_json(const Document& document) {
  Json json;
  json["kind"] = to_string(document.kind);
  json["title"] = document.title;
  json["start"] = document.span.begin;
  json["end"] = document.span.end;
  return json;
}

Json practice_json(const Analysis& analysis, const Practice& practice) {
  Json json;
  json["id"] = practice.id;
  json["action"] = to_string(practice.action);
  json["actor"] = party_json(analysis, practice.actor);
  json["data"] = Json::array();
  for (const DataMention& data : practice.data)
    json["data"].push_back(mention_json(analysis, data.id, data.span));
  json["recipient"] =
      practice.recipient ? party_json(analysis, *practice.recipient) : Json(nullptr);
  json["purposes"] = Json::array();
  for (const PurposeMention& purpose : practice.purposes)
    json["purposes"].push_back(mention_json(analysis, purpose.id, purpose.span));
  json["consent"] = to_string(practice.consent);
  json["condition"] = practice.condition;
  json["negated"] = practice.negated;
  json["cross_border"] = practice.cross_border;
  json["evidence"] = Json::array();
  for (const Span& span : practice.evidence)
    json["evidence"].push_back(span_json(analysis.source, span));
  json["document"] = practice.document;
  json["clause"] = practice.clause;
  if (!practice.basis.empty()) json["basis"] = practice.basis;
  return json;
}

Json statement_json(const Analysis& analysis, const Statement& statement) {
  Json json;
  json["kind"] = to_string(statement.kind);
  json["detail"] = statement.detail;
  json["value"] = statement.value;
  json["document"] = statement.document;
  json["clause"] = statement.clause;
  json["evidence"] = span_json(analysis.source, statement.span);
  return json;
}

Json analysis_json(const std::vector<const Analysis*>& sources, const FlowGraph& graph,
                   const std::vector<Finding>& findings) {
  Json json;
  json["file"] = sources.empty() ? std::string() : sources.front()->file;
  json["documents"] = Json::array();
  json["practices"] = Json::array();
  Json statements = Json::array();
  for (std::size_t source = 0; source < sources.size(); ++source) {
    const Analysis& analysis = *sources[source];
    for (const Document& document : analysis.documents) {
      Json entry = document_json(document);
      if (source != 0) entry["file"] = analysis.file;
      json["documents"].push_back(std::move(entry));
    }
    for (const Practice& practice : analysis.practices) {
      Json entry = practice_json(analysis, practice);
      entry["id"] = prefixed(source, practice.id);
      if (source != 0) entry["file"] = analysis.file;
      json["practices"].push_back(std::move(entry));
    }
    for (const Statement& statement : analysis.statements) {
      Json entry = statement_json(analysis, statement);
      if (source != 0) entry["file"] = analysis.file;
      statements.push_back(std::move(entry));
    }
  }
  json["graph"] = graph_json(graph);
  json["findings"] = findings_json(findings, sources);
  json["summary"] = summary_json(findings);
  json["statements"] = std::move(statements);
  return json;
}

}  // namespace consentflow
