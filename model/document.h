// Documents, clauses and sentences: what ingest and segment produce.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/cue_lists.h"
#include "model/span.h"

namespace consentflow {

enum class DocumentKind { Agreement, PrivacyPolicy, Other };

std::string to_string(DocumentKind kind);  // "agreement" | "privacy_policy" | "other"
std::optional<DocumentKind> document_kind_from_string(const std::string& text);

// An enumeration inside a sentence: "包括但不限于：A、B、C等" or a "；"-separated list.
struct Enumeration {
  Span span;
  std::vector<Span> items;
};

struct Sentence {
  Span span;
  std::vector<Enumeration> enumerations;
  CueLists cue_lists;  // filled by extract/sentence_cues; unmarked (all may occur) before
};

struct Clause {
  std::string number;   // as written, normalised: "一", "4.2", "a", "(1)", "①"; empty for a preamble
  std::string heading;  // heading text when the numbered line is a heading, else empty
  Span span;            // the whole clause, children included
  Span body;            // the clause's own text after its number (and heading)
  std::vector<Clause> children;
};

struct Document {
  DocumentKind kind = DocumentKind::Other;
  std::string title;
  Span span;        // title through the document's last character
  Span title_span;
  std::vector<Clause> clauses;      // the clause tree's roots, in order
  std::vector<Sentence> sentences;  // every sentence of the document, in order
};

// The innermost clause containing `span`, or nullptr.
const Clause* innermost_clause(const std::vector<Clause>& clauses, Span span);

// The path of clause numbers to the innermost clause, e.g. "三 > 4 > 4.2".
std::string clause_path(const std::vector<Clause>& clauses, Span span);

}  // namespace consentflow
