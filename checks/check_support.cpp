#include "checks/check_support.h"

#include <algorithm>
#include <map>

#include "graph/build_graph.h"

namespace consentflow {
namespace {

// How far a list is read from its lead-in, either way: the items of one list.
constexpr int kListItemsRead = 8;

std::string join_names(const std::vector<std::string>& names, std::size_t max_names,
                       const std::string& separator, const std::string& more) {
  std::string joined;
  for (std::size_t i = 0; i < names.size() && i < max_names; ++i) {
    if (i > 0) joined += separator;
    joined += names[i];
  }
  if (names.size() > max_names) joined += more;
  return joined;
}

// The first sentence of `document` that begins at or after code point `offset`.
std::vector<Sentence>::const_iterator first_sentence_from(const Document& document, int32_t offset) {
  return std::lower_bound(document.sentences.begin(), document.sentences.end(), offset,
                          [](const Sentence& s, int32_t at) { return s.span.begin < at; });
}

}  // namespace

std::vector<PracticeAt> stated_practices(const CheckInput& input) {
  return stated_practices(input, [](const Practice&) { return true; });
}

std::vector<PracticeAt> stated_practices(const CheckInput& input,
                                         const std::function<bool(const Practice&)>& keep) {
  std::vector<PracticeAt> found;
  for (std::size_t source = 0; source < input.sources.size(); ++source)
    for (const Practice& practice : input.sources[source]->practices)
      if (!practice.negated && keep(practice))
        found.push_back({static_cast<int>(source), &practice});
  return found;
}

std::vector<StatementAt> statements_of(const CheckInput& input, StatementKind kind) {
  std::vector<StatementAt> found;
  for (std::size_t source = 0; source < input.sources.size(); ++source)
    for (const Statement& statement : input.sources[source]->statements)
      if (statement.kind == kind) found.push_back({static_cast<int>(source), &statement});
  return found;
}

bool has_statement(const CheckInput& input, StatementKind kind,
                   const std::vector<std::string>& details) {
  for (const StatementAt& at : statements_of(input, kind))
    if (details.empty() ||
        std::find(details.begin(), details.end(), at.statement->detail) != details.end())
      return true;
  return false;
}

std::vector<const Document*> legal_documents(const Analysis& analysis) {
  std::vector<const Document*> legal;
  for (const Document& document : analysis.documents)
    if (document.kind != DocumentKind::Other) legal.push_back(&document);
  if (legal.empty())
    for (const Document& document : analysis.documents) legal.push_back(&document);
  return legal;
}

bool analyses_privacy_policy(const CheckInput& input) {
  for (const Analysis* analysis : input.sources)
    for (const Document* document : legal_documents(*analysis))
      if (document->kind != DocumentKind::Agreement) return true;
  return false;
}

Evidence policy_anchor(const CheckInput& input) {
  for (std::size_t source = 0; source < input.sources.size(); ++source)
    for (const Document* document : legal_documents(*input.sources[source]))
      if (document->kind != DocumentKind::Agreement) {
        Span anchor = document->title_span;
        if (anchor.empty() && !document->sentences.empty()) anchor = document->sentences.front().span;
        return {static_cast<int>(source), anchor};
      }
  return {};
}

std::string_view normalized_view(const CheckInput& input, int source, Span span) {
  return input.sources[static_cast<std::size_t>(source)]->normalized.view(span);
}

const CueList* cue_list_of(const CheckInput& input, const std::string& cue_list_id) {
  return input.ontology ? input.ontology->cue_list(cue_list_id) : nullptr;
}

bool span_has_cue(const CheckInput& input, int source, Span span, const CueList* cues) {
  if (!cues) return false;
  // A match inside the span is a match inside the sentence holding it, so that
  // sentence's precomputed cue lists can rule the list out without a search.
  if (const Sentence* sentence = sentence_containing(*input.sources[static_cast<std::size_t>(source)], span);
      sentence && !sentence->cue_lists.may_contain(input.ontology->cue_list_index(*cues)))
    return false;
  return cues->matcher.occurs_in(normalized_view(input, source, span));
}

bool span_has_cue(const CheckInput& input, int source, Span span, const std::string& cue_list_id) {
  return span_has_cue(input, source, span, cue_list_of(input, cue_list_id));
}

std::vector<SentenceAt> sentences_with_cue(const CheckInput& input, const std::string& cue_list_id) {
  std::vector<SentenceAt> found;
  const CueList* cues = cue_list_of(input, cue_list_id);
  if (!cues) return found;
  for (std::size_t source = 0; source < input.sources.size(); ++source)
    for (const Document* document : legal_documents(*input.sources[source]))
      for (const Sentence& sentence : document->sentences)
        if (span_has_cue(input, static_cast<int>(source), sentence.span, cues))
          found.push_back({static_cast<int>(source), document, &sentence});
  return found;
}

Span practice_sentence_and_next(const CheckInput& input, const PracticeAt& at) {
  if (at.practice->evidence.empty()) return {};
  const Span sentence = at.practice->evidence.back();
  const Analysis& analysis = *input.sources[static_cast<std::size_t>(at.source)];
  const Document* document = document_at(analysis, sentence);
  if (!document) return sentence;
  const Clause* clause = innermost_clause(document->clauses, sentence);
  const auto next = first_sentence_from(*document, sentence.end);
  if (next == document->sentences.end()) return sentence;
  return (!clause || clause->span.contains(next->span)) ? cover(sentence, next->span) : sentence;
}

namespace {

bool ends_with_colon(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return text.ends_with("：") || text.ends_with(":");
}

}  // namespace

Span list_lead_in(const CheckInput& input, int source, Span said, bool same_clause) {
  const Analysis& analysis = *input.sources[static_cast<std::size_t>(source)];
  const Document* document = document_at(analysis, said);
  if (!document) return {};
  const Clause* clause = same_clause ? innermost_clause(document->clauses, said) : nullptr;
  auto sentence = first_sentence_from(*document, said.begin);
  for (int read = 0; read < kListItemsRead && sentence != document->sentences.begin(); ++read) {
    --sentence;
    if (clause && !clause->span.contains(sentence->span)) return {};
    if (ends_with_colon(normalized_view(input, source, sentence->span))) return sentence->span;
  }
  return {};
}

Span list_opened_by(const CheckInput& input, int source, Span lead_in) {
  const Analysis& analysis = *input.sources[static_cast<std::size_t>(source)];
  const Document* document = document_at(analysis, lead_in);
  if (!document || !ends_with_colon(normalized_view(input, source, lead_in))) return {};
  auto sentence = first_sentence_from(*document, lead_in.end);
  if (sentence == document->sentences.end()) return {};
  // Items numbered as clauses of their own ("1. 获得您明确同意后；") follow a lead-in
  // that ends its clause: they are read within the section around it.
  const Clause* clause = innermost_clause(document->clauses, lead_in);
  Span within = clause ? clause->span : document->span;
  if (!within.contains(sentence->span)) within = enclosing_section(*document, lead_in);
  if (!within.contains(sentence->span)) within = document->span;
  Span items;
  for (int read = 0; read < kListItemsRead && sentence != document->sentences.end(); ++read, ++sentence) {
    if (!within.contains(sentence->span)) break;
    items = items.empty() ? sentence->span : cover(items, sentence->span);
  }
  return items;
}

Span practice_sentence_before(const CheckInput& input, const PracticeAt& at) {
  if (at.practice->evidence.empty()) return {};
  const Span sentence = at.practice->evidence.front();
  const Analysis& analysis = *input.sources[static_cast<std::size_t>(at.source)];
  const Document* document = document_at(analysis, sentence);
  if (!document) return {};
  const Clause* clause = innermost_clause(document->clauses, sentence);
  const auto at_sentence = first_sentence_from(*document, sentence.begin);
  if (at_sentence == document->sentences.begin()) return {};
  const Span before = std::prev(at_sentence)->span;
  return (!clause || clause->span.contains(before)) ? before : Span{};
}

Finding new_finding(const CheckInfo& info, std::string message_zh, std::string message_en) {
  Finding finding;
  finding.check = info.id;
  finding.severity = info.severity;
  finding.refs = info.refs;
  finding.message_zh = std::move(message_zh);
  finding.message_en = std::move(message_en);
  return finding;
}

Finding absence_finding(const CheckInput& input, const CheckInfo& info, std::string message_zh,
                        std::string message_en) {
  Finding finding = new_finding(info, std::move(message_zh), std::move(message_en));
  const Evidence anchor = policy_anchor(input);
  add_evidence(finding, anchor.source, anchor.span);
  return finding;
}

void add_evidence(Finding& finding, int source, Span span) {
  if (span.empty()) return;
  const Evidence evidence{source, span};
  if (std::find(finding.evidence.begin(), finding.evidence.end(), evidence) == finding.evidence.end())
    finding.evidence.push_back(evidence);
}

void add_practice_evidence(Finding& finding, const PracticeAt& at) {
  for (const Span& span : at.practice->evidence) add_evidence(finding, at.source, span);
}

void add_node(Finding& finding, const std::string& node_id) {
  if (std::find(finding.nodes.begin(), finding.nodes.end(), node_id) == finding.nodes.end())
    finding.nodes.push_back(node_id);
}

std::string quote(const CheckInput& input, int source, Span span, int max_code_points) {
  const SourceText& text = input.sources[static_cast<std::size_t>(source)]->source;
  const bool shortened = span.length() > max_code_points;
  if (shortened) span.end = span.begin + max_code_points;
  return "「" + std::string(text.slice(span)) + (shortened ? "…」" : "」");
}

std::vector<std::string> data_ids(const std::vector<PracticeAt>& practices) {
  std::vector<std::string> ids;
  for (const PracticeAt& at : practices)
    for (const DataMention& mention : at.practice->data)
      if (std::find(ids.begin(), ids.end(), mention.id) == ids.end()) ids.push_back(mention.id);
  return ids;
}

std::string data_names_zh(const Ontology& ontology, const std::vector<std::string>& ids,
                          std::size_t max_names) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const DataType* type = ontology.data_type(id);
    names.push_back(type && !type->zh.empty() ? type->zh : id);
  }
  return join_names(names, max_names, "、", "等");
}

std::string data_names_en(const Ontology& ontology, const std::vector<std::string>& ids,
                          std::size_t max_names) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const DataType* type = ontology.data_type(id);
    names.push_back(type && !type->en.empty() ? type->en : id);
  }
  return join_names(names, max_names, ", ", ", …");
}

std::vector<RecipientFlows> flows_by_recipient(const CheckInput& input) {
  std::map<std::string, RecipientFlows> by_node;
  for (const PracticeAt& at : stated_practices(input)) {
    const Practice& practice = *at.practice;
    if (practice.data.empty()) continue;
    const bool provided = is_outward_flow(practice.action) && practice.action != Action::Entrust;
    const bool collected_by_third_party =
        (practice.action == Action::Collect || practice.action == Action::Cookie) &&
        (practice.actor.kind == PartyKind::Sdk || practice.actor.kind == PartyKind::NamedThirdParty);
    if (!provided && !collected_by_third_party) continue;
    // A successor in a merger or bankruptcy takes the data over under PIPL art. 22, not art. 23.
    if (!practice.evidence.empty() && span_has_cue(input, at.source, practice.evidence.front(), "business_succession"))
      continue;
    // Data the sentence says identifies no one ("非个人身份信息，经统计加工后提供给广告商") is no personal information.
    if (!practice.evidence.empty() && span_has_cue(input, at.source, practice.evidence.front(), "non_identifying_data"))
      continue;
    const PartyMention recipient = provided ? recipient_of(practice) : practice.actor;
    if (!is_other_handler(recipient.kind) || recipient.kind == PartyKind::Public) continue;
    const std::string node = party_node_id(recipient);
    RecipientFlows& flows = by_node[node];
    if (flows.practices.empty()) {
      flows.recipient = recipient;
      flows.node_id = node;
    }
    flows.practices.push_back(at);
  }
  std::vector<RecipientFlows> sorted;
  for (auto& [node, flows] : by_node) sorted.push_back(std::move(flows));
  return sorted;
}

namespace {

// The chain of clauses from a root down to the innermost one holding `span`.
void clause_chain(const std::vector<Clause>& clauses, Span span, std::vector<const Clause*>& chain) {
  for (const Clause& clause : clauses)
    if (clause.span.contains(span)) {
      chain.push_back(&clause);
      clause_chain(clause.children, span, chain);
      return;
    }
}

}  // namespace

Span enclosing_section(const Document& document, Span span) {
  std::vector<const Clause*> chain;
  clause_chain(document.clauses, span, chain);
  if (chain.empty()) return document.span;
  return chain.size() >= 2 ? chain[chain.size() - 2]->span : chain.back()->span;
}

namespace {

// The heading of a clause; a clause without one: the first line of its body.
std::string_view heading_of(const CheckInput& input, int source, const Clause& clause) {
  if (!clause.heading.empty()) return clause.heading;
  const std::string_view body = normalized_view(input, source, clause.body);
  return body.substr(0, body.find('\n'));
}

}  // namespace

bool headings_have_cue(const CheckInput& input, int source, Span span, const std::string& cue_list_id) {
  const CueList* cues = cue_list_of(input, cue_list_id);
  const Document* document = document_at(*input.sources[static_cast<std::size_t>(source)], span);
  if (!cues || !document) return false;
  std::vector<const Clause*> chain;
  clause_chain(document->clauses, span, chain);
  return std::any_of(chain.begin(), chain.end(), [&](const Clause* clause) {
    return cues->matcher.occurs_in(heading_of(input, source, *clause));
  });
}

std::string_view innermost_heading_with_cue(const CheckInput& input, int source, Span span,
                                            const std::vector<const CueList*>& cue_lists) {
  const Document* document = document_at(*input.sources[static_cast<std::size_t>(source)], span);
  if (!document) return {};
  std::vector<const Clause*> chain;
  clause_chain(document->clauses, span, chain);
  for (auto clause = chain.rbegin(); clause != chain.rend(); ++clause) {
    const std::string_view heading = heading_of(input, source, **clause);
    if (std::any_of(cue_lists.begin(), cue_lists.end(),
                    [&](const CueList* cues) { return cues && cues->matcher.occurs_in(heading); }))
      return heading;
  }
  return {};
}

Span section_headed_by(const CheckInput& input, int source, const Document& document, Span span,
                       const std::string& cue_list_id) {
  std::vector<const Clause*> chain;
  clause_chain(document.clauses, span, chain);
  const CueList* cues = cue_list_of(input, cue_list_id);
  for (const Clause* clause : chain) {
    // A clause with no body of its own has its children right after the heading.
    const int32_t heading_end = clause->body.empty() && !clause->children.empty()
                                    ? clause->children.front().span.begin
                                    : clause->body.begin;
    if (!clause->heading.empty() && span_has_cue(input, source, Span{clause->span.begin, heading_end}, cues))
      return clause->span;
  }
  return enclosing_section(document, span);
}

const Document* document_at(const Analysis& analysis, Span span) {
  for (const Document& document : analysis.documents)
    if (document.span.contains(span)) return &document;
  return nullptr;
}

const Document* document_of(const CheckInput& input, int source, int document) {
  const Analysis& analysis = *input.sources[static_cast<std::size_t>(source)];
  const auto index = static_cast<std::size_t>(document);
  return index < analysis.documents.size() ? &analysis.documents[index] : nullptr;
}

const Sentence* sentence_containing(const Analysis& analysis, Span span) {
  const Document* document = document_at(analysis, span);
  if (!document) return nullptr;
  const std::vector<Sentence>& sentences = document->sentences;
  auto after = std::upper_bound(sentences.begin(), sentences.end(), span.begin,
                                [](int32_t at, const Sentence& sentence) { return at < sentence.span.begin; });
  if (after == sentences.begin()) return nullptr;
  const Sentence& sentence = *std::prev(after);
  return sentence.span.contains(span) ? &sentence : nullptr;
}

std::vector<PracticeAt> practices_within(const CheckInput& input, int source, Span section) {
  std::vector<PracticeAt> found;
  for (const PracticeAt& at : stated_practices(input))
    if (at.source == source && !at.practice->evidence.empty() &&
        section.contains(at.practice->evidence.front()))
      found.push_back(at);
  return found;
}

bool is_generic_data(const std::string& data_id) { return data_id == "personal_info"; }

bool names_specific_data(const Practice& practice) {
  return std::any_of(practice.data.begin(), practice.data.end(),
                     [](const DataMention& data) { return !is_generic_data(data.id); });
}

bool is_non_essential_purpose(const Ontology& ontology, const std::string& purpose_id) {
  const Purpose* purpose = ontology.purpose(purpose_id);
  return purpose && !purpose->essential;
}

std::string consent_phrase_zh(ConsentKind consent) {
  switch (consent) {
    case ConsentKind::Separate: return "已称取得单独同意";
    case ConsentKind::Explicit: return "仅称明示同意，未取得单独同意";
    case ConsentKind::Prior: return "仅称事先同意，未取得单独同意";
    case ConsentKind::Deemed: return "仅以视为同意代替，未取得单独同意";
    case ConsentKind::OptOut: return "仅以未拒绝视为同意，未取得单独同意";
    case ConsentKind::LegalException: return "以法定例外为由，未取得同意";
    case ConsentKind::NoneStated: return "未说明取得任何同意";
  }
  return "未说明取得任何同意";
}

std::string consent_phrase_en(ConsentKind consent) {
  switch (consent) {
    case ConsentKind::Separate: return "separate consent is stated";
    case ConsentKind::Explicit: return "only explicit consent is stated, not separate consent";
    case ConsentKind::Prior: return "only prior consent is stated, not separate consent";
    case ConsentKind::Deemed: return "consent is only deemed, not separately given";
    case ConsentKind::OptOut: return "consent is only assumed unless the user refuses";
    case ConsentKind::LegalException: return "a legal exception is invoked instead of consent";
    case ConsentKind::NoneStated: return "no consent is stated";
  }
  return "no consent is stated";
}

ConsentKind weaker_consent(ConsentKind a, ConsentKind b) {
  return consent_strength(b) < consent_strength(a) ? b : a;
}

ConsentKind weakest_consent(const std::vector<PracticeAt>& practices) {
  ConsentKind weakest = ConsentKind::Separate;
  for (const PracticeAt& at : practices) weakest = weaker_consent(weakest, at.practice->consent);
  return weakest;
}

std::string party_name(const PartyMention& party) {
  if (!party.name.empty()) return party.name;
  return party.id.empty() ? to_string(party.kind) : party.id;
}

bool is_other_handler(PartyKind kind) {
  return kind != PartyKind::FirstParty && kind != PartyKind::User && kind != PartyKind::Authority;
}

}  // namespace consentflow
