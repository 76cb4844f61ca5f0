// Practice: one stated processing act, with the exact evidence behind it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/ontology.h"
#include "model/span.h"

namespace consentflow {

enum class Action { Collect, Use, Share, Entrust, Transfer, Disclose, Store, Cookie, Sell, Analyse };

// How the text says consent is obtained for a practice.
enum class ConsentKind { Explicit, Separate, Prior, Deemed, OptOut, LegalException, NoneStated };

std::string to_string(Action action);            // "collect", …
std::string to_string(ConsentKind consent);      // "explicit", …, "none-stated"
std::optional<Action> action_from_string(const std::string& text);
std::optional<ConsentKind> consent_kind_from_string(const std::string& text);

struct DataMention {
  std::string id;  // data type id from the ontology
  Span span;
};

struct PartyMention {
  std::string id;  // party id from the ontology, or a defined name's id
  std::string name;
  PartyKind kind = PartyKind::FirstParty;
  Span span;       // empty when implied (e.g. the first party of a clause about "我们")
};

struct PurposeMention {
  std::string id;  // purpose id from the ontology
  Span span;
};

struct Practice {
  std::string id;  // "p1", "p2", … in document order
  int document = 0;      // index into Analysis::documents
  std::string clause;    // clause path, e.g. "三 > 4 > 4.2"
  Action action = Action::Collect;
  PartyMention actor;
  Span action_span;   // the verb stating the act ("收集", "共享"); empty when implied
  Span subject_span;  // whose data, when stated ("您", "儿童")
  std::vector<DataMention> data;
  std::optional<PartyMention> recipient;
  std::vector<PurposeMention> purposes;
  ConsentKind consent = ConsentKind::NoneStated;
  std::string condition;  // the stated condition, as text ("在您注册账户时")
  Span condition_span;
  std::string basis;      // for exceptions: the stated ground ("根据法律法规要求")
  bool negated = false;   // "不会…": the text says this does not happen
  bool cross_border = false;
  std::vector<Span> evidence;  // the sentence(s) stating it
};

}  // namespace consentflow
