// Statements: what a policy says besides practices — retention, rights, contact,
// children, policy changes — each with its evidence.
#pragma once

#include <string>

#include "model/span.h"

namespace consentflow {

enum class StatementKind {
  Retention,     // detail: "period" | "indefinite" | "shortest-necessary" | "service-lifetime"; value: "6个月"
  Right,         // detail: access | correct | delete | cancel_account | withdraw | copy | complain
  Contact,       // detail: email | phone | address | form | generic; value: the address
  Children,      // detail: mention | guardian_consent | under_14_rules | excluded
  PolicyChange,  // detail: posting_only | renotify | generic
  CrossBorder,   // detail: generic (a transfer) | mechanism (a transfer naming one) | conditional | section (a heading) | localisation
  Security,      // detail: generic
  Anonymisation, // detail: anonymised | deidentified
  Cookie,        // detail: generic; the policy says it uses cookies or similar trackers
};

std::string to_string(StatementKind kind);  // "retention", "right", …

struct Statement {
  StatementKind kind = StatementKind::Retention;
  std::string detail;
  std::string value;
  int document = 0;
  std::string clause;
  Span span;  // the sentence (or the cue) that states it
};

// A cross-border statement saying data is sent abroad, not that it stays in China,
// might be sent ("如需跨境传输…") or is the subject of a section heading.
bool states_a_transfer(const Statement& statement);

}  // namespace consentflow
