// Helpers the checks share: locating practices, statements and cue sentences,
// quoting evidence and naming data in messages. One copy here, none in checks.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace consentflow {

// A practice, statement or sentence together with the analysed input it is from.
struct PracticeAt {
  int source = 0;
  const Practice* practice = nullptr;
};

struct StatementAt {
  int source = 0;
  const Statement* statement = nullptr;
};

struct SentenceAt {
  int source = 0;
  const Document* document = nullptr;
  const Sentence* sentence = nullptr;
};

// Practices the text states as happening (negated ones excluded), in input order.
std::vector<PracticeAt> stated_practices(const CheckInput& input);
std::vector<PracticeAt> stated_practices(const CheckInput& input,
                                         const std::function<bool(const Practice&)>& keep);

std::vector<StatementAt> statements_of(const CheckInput& input, StatementKind kind);
// True when some statement of `kind` has one of `details` (any detail when empty).
bool has_statement(const CheckInput& input, StatementKind kind,
                   const std::vector<std::string>& details = {});

// The documents whose sentences checks read: agreements and privacy policies, or
// every document when the input holds neither (plain text without a title).
std::vector<const Document*> legal_documents(const Analysis& analysis);
// True when some input holds a privacy policy (or untitled legal text), i.e.
// when silence on a required point is meaningful.
bool analyses_privacy_policy(const CheckInput& input);
// Where a finding about something the policy never says points: the title of
// the (first) privacy policy.
Evidence policy_anchor(const CheckInput& input);

// Sentences of legal documents holding a phrase of the ontology cue list.
std::vector<SentenceAt> sentences_with_cue(const CheckInput& input, const std::string& cue_list_id);
// True when the normalized text of `span` holds a phrase of the cue list.
bool span_has_cue(const CheckInput& input, int source, Span span, const std::string& cue_list_id);
// The same with the list looked up once by the caller (cue_list_of); false for nullptr.
bool span_has_cue(const CheckInput& input, int source, Span span, const CueList* cues);
// The ontology's cue list of that id, nullptr when it has none.
const CueList* cue_list_of(const CheckInput& input, const std::string& cue_list_id);
// The normalized text of a span of one input.
std::string_view normalized_view(const CheckInput& input, int source, Span span);

// A finding of `info` with its severity and refs, and the two messages.
Finding new_finding(const CheckInfo& info, std::string message_zh, std::string message_en);
// A finding about something the policy never says, pointing at the policy's title.
Finding absence_finding(const CheckInput& input, const CheckInfo& info, std::string message_zh,
                        std::string message_en);
void add_evidence(Finding& finding, int source, Span span);  // ignores empty spans and repeats
void add_practice_evidence(Finding& finding, const PracticeAt& at);
void add_node(Finding& finding, const std::string& node_id);  // ignores repeats

// 「the policy's own words」, shortened with … beyond `max_code_points`.
std::string quote(const CheckInput& input, int source, Span span, int max_code_points = 40);

// Distinct data type ids of the practices, in order of first mention.
std::vector<std::string> data_ids(const std::vector<PracticeAt>& practices);
// "IMEI、IDFA、MAC地址等" / "IMEI, IDFA, MAC address, …": at most `max_names` names.
std::string data_names_zh(const Ontology& ontology, const std::vector<std::string>& ids,
                          std::size_t max_names = 8);
std::string data_names_en(const Ontology& ontology, const std::vector<std::string>& ids,
                          std::size_t max_names = 8);

// A party receiving personal data from the policy's handler, with the practices
// handing it over: shares, transfers, disclosures and sales (entrusted
// processing is not a provision to another handler, PIPL-21), and collection by
// an SDK or named third party through the app (AM-5.1: SDK flows count).
struct RecipientFlows {
  PartyMention recipient;
  std::string node_id;  // the recipient's graph node
  std::vector<PracticeAt> practices;
};

// Recipients sorted by node id; authorities and the public are left out (their
// rules are PIPL-13 and PIPL-25).
std::vector<RecipientFlows> flows_by_recipient(const CheckInput& input);

// The section around a span: the parent of its innermost clause (or that clause
// at the top level); the whole document when no clause holds it.
Span enclosing_section(const Document& document, Span span);
// True when the heading of a clause around `span` holds a phrase of the cue list
// (a clause without a heading: the first line of its body), as "（四）公开披露" over
// its items.
bool headings_have_cue(const CheckInput& input, int source, Span span, const std::string& cue_list_id);
// The innermost heading over `span` (as headings_have_cue reads one) holding a phrase
// of any of the cue lists, or empty: "（三）公开披露" rather than the
// "三、我们如何共享、转让、公开披露您的个人信息" above it.
std::string_view innermost_heading_with_cue(const CheckInput& input, int source, Span span,
                                            const std::vector<const CueList*>& cue_lists);
// The outermost clause holding `span` whose heading holds a phrase of the cue list
// ("三、我们如何共享、转让、公开披露您的个人信息" for share_verbs); enclosing_section when none does.
Span section_headed_by(const CheckInput& input, int source, const Document& document, Span span,
                       const std::string& cue_list_id);
// The document of `analysis` holding `span`, or nullptr.
const Document* document_at(const Analysis& analysis, Span span);
// Document number `document` (a Practice's or Statement's) of input `source`, or nullptr.
const Document* document_of(const CheckInput& input, int source, int document);
// The sentence that contains all of `span`, nullptr when none does.
const Sentence* sentence_containing(const Analysis& analysis, Span span);
// Stated practices with evidence inside `section` of input `source`.
std::vector<PracticeAt> practices_within(const CheckInput& input, int source, Span section);

// True for "个人信息" itself (the root data type): it names no kind of data, as in
// an introduction ("本政策说明我们如何收集您的个人信息").
bool is_generic_data(const std::string& data_id);
// True when the practice names some data more specific than "个人信息".
bool names_specific_data(const Practice& practice);

// True when the ontology knows the purpose and marks it not needed for the basic
// service (advertising, personalisation, analytics …).
bool is_non_essential_purpose(const Ontology& ontology, const std::string& purpose_id);

// How a message describes the consent a practice states: "未说明任何同意",
// "仅称事先同意" … / "no consent is stated", "only prior consent is stated" …
std::string consent_phrase_zh(ConsentKind consent);
std::string consent_phrase_en(ConsentKind consent);
// The weaker of two consents, and the weakest stated among the practices.
ConsentKind weaker_consent(ConsentKind a, ConsentKind b);
ConsentKind weakest_consent(const std::vector<PracticeAt>& practices);

// The sentence stating a practice together with the sentence after it in the
// same clause: "我们会收集您的通讯录。如您拒绝提供，将无法使用本应用。"
Span practice_sentence_and_next(const CheckInput& input, const PracticeAt& at);

// The lead-in of the list a sentence is an item of: the nearest of the eight
// sentences before it that ends in a colon ("我们仅会在以下情况下，公开披露您的个人信息："),
// within the sentence's clause when `same_clause`; empty when none.
Span list_lead_in(const CheckInput& input, int source, Span sentence, bool same_clause);

// The items of the list a lead-in opens ("我们会在以下情况下，公开披露您的个人信息："
// then "获得您明确同意后；"): up to eight sentences after it within its clause; empty
// when the sentence ends in no colon.
Span list_opened_by(const CheckInput& input, int source, Span lead_in);

// The sentence before the one stating a practice, when it is in the same clause
// (an SDK table's "功能：…" line above "收集个人信息的类型：…"); empty when none.
Span practice_sentence_before(const CheckInput& input, const PracticeAt& at);

// The name a party goes by in messages ("TalkingData", "第三方").
std::string party_name(const PartyMention& party);

// True for a party that is another handler (not the first party, the user or an
// authority acting under law).
bool is_other_handler(PartyKind kind);

}  // namespace consentflow
