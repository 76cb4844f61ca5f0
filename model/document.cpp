#include "model/document.h"

namespace consentflow {

std::string to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Agreement: return "agreement";
    case DocumentKind::PrivacyPolicy: return "privacy_policy";
    case DocumentKind::Other: return "other";
  }
  return "other";
}

std::optional<DocumentKind> document_kind_from_string(const std::string& text) {
  if (text == "agreement") return DocumentKind::Agreement;
  if (text == "privacy_policy") return DocumentKind::PrivacyPolicy;
  if (text == "other") return DocumentKind::Other;
  return std::nullopt;
}

const Clause* innermost_clause(const std::vector<Clause>& clauses, Span span) {
  for (const Clause& clause : clauses) {
    if (!clause.span.contains(span)) continue;
    const Clause* inner = innermost_clause(clause.children, span);
    return inner ? inner : &clause;
  }
  return nullptr;
}

std::string clause_path(const std::vector<Clause>& clauses, Span span) {
  for (const Clause& clause : clauses) {
    if (!clause.span.contains(span)) continue;
    const std::string rest = clause_path(clause.children, span);
    if (clause.number.empty()) return rest;
    return rest.empty() ? clause.number : clause.number + " > " + rest;
  }
  return {};
}

}  // namespace consentflow
