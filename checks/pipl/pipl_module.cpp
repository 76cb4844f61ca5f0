// The pipl pack: every PIPL / 认定方法 / GB/T 35273 check of a privacy policy.
// Checks with logic of their own are classes; the rest share two shapes and are
// table rows here: sentence cue rules and practice rules.
#include <algorithm>
#include <set>
#include <string>

#include "checks/cue_sentence_check.h"
#include "checks/pipl/agreement_policy_contradiction.h"
#include "checks/pipl/children_without_guardian_consent.h"
#include "checks/pipl/cross_border_without_mechanism.h"
#include "checks/pipl/no_account_cancellation.h"
#include "checks/pipl/no_complaint_channel.h"
#include "checks/pipl/no_contact_channel.h"
#include "checks/pipl/no_retention_period.h"
#include "checks/pipl/no_withdrawal.h"
#include "checks/pipl/public_disclosure_without_separate_consent.h"
#include "checks/pipl/recipient_details_missing.h"
#include "checks/pipl/rights_missing.h"
#include "checks/pipl/sharing_without_separate_consent.h"
#include "checks/practice_rule_check.h"
#include "checks/registry.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

CheckInfo pipl_info(const char* id, Severity severity, std::vector<std::string> refs, const char* zh,
                    const char* en) {
  return CheckInfo{id, "pipl", severity, std::move(refs), zh, en, std::string("docs/checks/") + id + ".md"};
}

bool sentence_has(const CheckInput& input, const PracticeAt& at, const char* list) {
  return !at.practice->evidence.empty() && span_has_cue(input, at.source, at.practice->evidence.front(), list);
}

bool in_agreement(const CheckInput& input, const PracticeAt& at) {
  const Document* document = document_of(input, at.source, at.practice->document);
  return document && document->kind == DocumentKind::Agreement;
}

bool is_sensitive(const Ontology& ontology, const std::string& id) {
  const DataType* type = ontology.data_type(id);
  return type && type->sensitivity == Sensitivity::Sensitive;
}

// Whether a phrase of `list` in the practice's sentence covers a mention of the
// data's type there: "短信" inside "以短信方式通知您" names a way to reach the person,
// not messages read; "轨迹信息" after "手写的" handwriting strokes, not whereabouts, and
// so does "您的轨迹信息" later in that sentence.
bool mention_inside_cue(const CheckInput& input, const PracticeAt& at, const DataMention& data, const char* list) {
  const CueList* cues = cue_list_of(input, list);
  if (!cues || at.practice->evidence.empty()) return false;
  const Span sentence = at.practice->evidence.front();
  const NormalizedText& text = input.sources[static_cast<std::size_t>(at.source)]->normalized;
  const std::size_t sentence_begin = text.to_bytes(sentence).first;
  const std::vector<PhraseMatch> matches = cues->matcher.all_matches(text.view(sentence));
  return std::any_of(at.practice->data.begin(), at.practice->data.end(), [&](const DataMention& mention) {
    if (mention.id != data.id || !sentence.contains(mention.span)) return false;
    const auto [mention_begin, mention_end] = text.to_bytes(mention.span);
    return std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& match) {
      return sentence_begin + match.begin <= mention_begin && mention_end <= sentence_begin + match.end;
    });
  });
}

// Sensitive data the practice processes. Not so: a word naming something else
// (a message channel "通过短信或邮件通知您", handwriting strokes), and children's data in GB/T 35273's conditional template ("对于经父母同意
// 而收集儿童个人信息的情况…", "如果我们发现…收集了儿童的个人信息，则会…删除"), which
// says what the policy does if it meets such data, not that it processes any; nor
// does GB/T's warning that what the user publishes "可能会泄露您的敏感个人信息".
bool processes_sensitive(const CheckInput& input, const PracticeAt& at, const DataMention& data) {
  if (!is_sensitive(*input.ontology, data.id)) return false;
  if (data.id == "minors_info" && sentence_has(input, at, "children_data_cases")) return false;
  if (sentence_has(input, at, "own_disclosure_warnings")) return false;
  return !mention_inside_cue(input, at, data, "sensitive_lookalikes");
}

bool has_sensitive_data(const CheckInput& input, const PracticeAt& at) {
  return std::any_of(at.practice->data.begin(), at.practice->data.end(),
                     [&](const DataMention& data) { return processes_sensitive(input, at, data); });
}

// Sensitive data a practice processes without the consent PIPL asks for it: a
// child's data with a guardian's consent has what art. 31 requires.
bool has_sensitive_data_without_its_consent(const CheckInput& input, const PracticeAt& at) {
  const bool guardian_consents = sentence_has(input, at, "guardian_consent");
  return std::any_of(at.practice->data.begin(), at.practice->data.end(), [&](const DataMention& data) {
    return processes_sensitive(input, at, data) && !(guardian_consents && data.id == "minors_info");
  });
}

// True when the practice's sentence overlaps a statement of `kind`.
bool in_a_statement_of(const CheckInput& input, const PracticeAt& at, StatementKind kind) {
  if (at.practice->evidence.empty()) return false;
  const Span said = at.practice->evidence.front();
  for (const StatementAt& statement : statements_of(input, kind)) {
    const Span span = statement.statement->span;
    if (statement.source == at.source && span.begin < said.end && said.begin < span.end) return true;
  }
  return false;
}

// "如果更新的内容需要采集…个人敏感信息，仍会再次征求您的同意": data named in a sentence
// about a change of this policy is what a future version may process, not what this
// one does.
bool in_a_policy_change_sentence(const CheckInput& input, const PracticeAt& at) {
  return in_a_statement_of(input, at, StatementKind::PolicyChange);
}

// A type the ontology names "…个人信息" (儿童个人信息, 敏感个人信息, 未成年人个人信息) says
// whose data it is or how sensitive, not which data: "如果我们发现…收集了儿童的个人信息，
// 则会设法尽快删除" is a rule for children's data, no collection a purpose could be stated for.
bool names_data_beyond_classes(const Ontology& ontology, const Practice& practice) {
  return std::any_of(practice.data.begin(), practice.data.end(), [&](const DataMention& data) {
    const DataType* type = ontology.data_type(data.id);
    return !is_generic_data(data.id) && !(type && type->zh.ends_with("个人信息"));
  });
}

// A purpose worded in the practice's sentence or in the next one of its clause:
// "我们会通过Cookie收集您的信息。我们使用Cookie可能用于以下用途：…".
// A table row's label on the line before counts too ("功能：用于消息推送" above
// "收集个人信息的类型：设备信息").
bool purpose_worded_near(const CheckInput& input, const PracticeAt& at) {
  return span_has_cue(input, at.source, practice_sentence_and_next(input, at), "purpose_wording") ||
         span_has_cue(input, at.source, practice_sentence_before(input, at), "purpose_labels");
}

// A purpose worded in the lead-in of the list the practice is an item of:
// "我们收集信息是为了向您提供服务，收集的信息如下：" then one item per data type.
bool purpose_worded_in_list_lead_in(const CheckInput& input, const PracticeAt& at) {
  if (at.practice->evidence.empty()) return false;
  const Span lead_in = list_lead_in(input, at.source, at.practice->evidence.front(), true);
  return span_has_cue(input, at.source, lead_in, "purpose_wording");
}

// Whether the practice's document has a section on how it uses personal data
// ("二、我们如何使用您的个人信息", "一、我们如何收集和使用您的个人信息", "收集哪些信息以及
// 如何使用信息？"). Such a section gives the purposes, by business function or as a
// list, of what the policy collects; a datum listed elsewhere without its purpose is
// not left unexplained. Headings are found as short sentences: many are unnumbered
// lines the clause tree does not mark.
bool policy_has_use_section(const CheckInput& input, const PracticeAt& at) {
  constexpr std::size_t kHeadingBytes = 120;  // about 40 Chinese characters
  const Document* document = document_of(input, at.source, at.practice->document);
  const CueList* headings = cue_list_of(input, "use_section_heading");
  if (!document || !headings) return false;
  return std::any_of(document->sentences.begin(), document->sentences.end(), [&](const Sentence& sentence) {
    const std::string_view text = normalized_view(input, at.source, sentence.span);
    return text.size() <= kHeadingBytes && headings->matcher.occurs_in(text);
  });
}

// "如需跨境传输，我们将会单独征得您的授权同意": a cross-border rule of the policy that
// promises separate consent covers each transfer abroad the policy states elsewhere.
bool separate_cross_border_consent_promised(const CheckInput& input, const PracticeAt& at) {
  const std::vector<StatementAt> rules = statements_of(input, StatementKind::CrossBorder);
  return std::any_of(rules.begin(), rules.end(), [&](const StatementAt& rule) {
    return rule.source == at.source && rule.statement->document == at.practice->document &&
           span_has_cue(input, rule.source, rule.statement->span, "consent_separate");
  });
}

bool has_purpose(const Practice& practice, std::initializer_list<const char*> ids) {
  for (const PurposeMention& purpose : practice.purposes)
    for (const char* id : ids)
      if (purpose.id == id) return true;
  return false;
}

const std::set<DocumentKind> kPolicy = {DocumentKind::PrivacyPolicy};
const std::set<DocumentKind> kBoth = {DocumentKind::PrivacyPolicy, DocumentKind::Agreement};

void add_cue_rules(CheckList& checks) {
  checks.push_back(std::make_unique<CueSentenceCheck>(
      pipl_info("pipl-14-deemed-consent", Severity::Error, {"PIPL-14", "AM-3.4", "GB-5.4"},
                "以注册、使用或接受其他文件视为同意，不是自愿、明确的同意",
                "Consent is deemed from registration, use or acceptance of another document, not given freely and clearly"),
      SentenceCues{{"consent_deemed"}, {}, {}, kBoth}));
  checks.push_back(std::make_unique<CueSentenceCheck>(
      pipl_info("pipl-14-policy-change-by-posting", Severity::Warning, {"PIPL-14", "PIPL-17", "AM-2.2"},
                "政策变更仅以发布或继续使用生效，未重新取得同意",
                "Policy changes take effect by posting or continued use, without asking again"),
      SentenceCues{{"posting_only_change"}, {"renotify"}, {}, kPolicy}));
  checks.push_back(std::make_unique<CueSentenceCheck>(
      pipl_info("pipl-catch-all-disclosure", Severity::Error, {"PIPL-13", "PIPL-23", "PIPL-25", "AM-5.1"},
                "以“认为合适/必要”为由披露个人信息，没有法定依据",
                "Disclosure whenever the company deems it appropriate, with no legal basis"),
      SentenceCues{{"catch_all_disclosure", "disclose_verbs"}, {}, {}, kBoth}));
  checks.push_back(std::make_unique<CueSentenceCheck>(
      pipl_info("pipl-24-personalisation-without-opt-out", Severity::Warning, {"PIPL-24", "AM-3.6", "GB-7.5"},
                "个性化推荐或定向推送未提供不针对个人特征的选项或便捷的拒绝方式",
                "Personalised recommendation or targeted push without a non-personalised option or an easy way to refuse"),
      SentenceCues{{"personalisation"}, {}, {"personalisation_opt_out"}, kPolicy}));
  checks.push_back(std::make_unique<CueSentenceCheck>(
      pipl_info("pipl-17-scope-carve-out", Severity::Warning, {"PIPL-17", "GB-5.5"},
                "政策将部分个人信息排除在适用范围之外",
                "The policy excludes some personal data from its scope"),
      SentenceCues{{"scope_carve_out"}, {}, {}, kPolicy}));
}

void add_practice_rules(CheckList& checks) {
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-13-exception-outside-legal-basis", Severity::Error, {"PIPL-13", "GB-5.6"},
                "列为无需同意的例外情形超出个人信息保护法第十三条的法定情形",
                "An exception to consent that PIPL art. 13 does not recognise"),
      PracticeRule{[](const CheckInput& input, const PracticeAt& at) {
                     return at.practice->consent == ConsentKind::LegalException &&
                            sentence_has(input, at, "legal_exception_outside_pipl");
                   },
                   {},
                   {}}));
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-29-sensitive-without-separate-consent", Severity::Error, {"PIPL-29", "PIPL-28", "GB-5.4"},
                "处理敏感个人信息未取得单独同意",
                "Sensitive personal data is processed without separate consent"),
      PracticeRule{[](const CheckInput& input, const PracticeAt& at) {
                     const ConsentKind consent = at.practice->consent;
                     return has_sensitive_data_without_its_consent(input, at) && consent != ConsentKind::Separate &&
                            consent != ConsentKind::LegalException &&
                            (at.practice->action == Action::Collect || is_outward_flow(at.practice->action)) &&
                            !in_a_policy_change_sentence(input, at);
                   },
                   {},
                   is_sensitive}));
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-30-sensitive-without-impact-notice", Severity::Warning, {"PIPL-30", "GB-5.5"},
                "处理敏感个人信息，但未告知其必要性及对个人权益的影响",
                "Sensitive personal data is processed without telling why it is necessary and how it affects the person"),
      PracticeRule{[](const CheckInput& input, const PracticeAt& at) {
                     return has_sensitive_data(input, at) && at.practice->action == Action::Collect &&
                            !in_a_policy_change_sentence(input, at);
                   },
                   {"impact_notice"},
                   is_sensitive}));
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-39-cross-border-without-separate-consent", Severity::Error, {"PIPL-39", "GB-9.8"},
                "向境外提供个人信息未取得单独同意",
                "Personal data is provided abroad without separate consent"),
      PracticeRule{[](const CheckInput& input, const PracticeAt& at) {
                     const Practice& practice = *at.practice;
                     const Party* known = practice.recipient ? input.ontology->party(practice.recipient->id) : nullptr;
                     const bool foreign_recipient = known && !known->country.empty() && known->country != "CN";
                     return (practice.cross_border || (is_outward_flow(practice.action) && foreign_recipient)) &&
                            practice.consent != ConsentKind::Separate && practice.consent != ConsentKind::LegalException &&
                            !separate_cross_border_consent_promised(input, at);
                   },
                   {},
                   {}}));
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-16-refusal-blocks-service", Severity::Error, {"PIPL-16", "AM-4.2", "NEC-4"},
                "拒绝提供非必要用途的个人信息将无法使用服务",
                "Refusing data collected for a non-essential purpose blocks the service"),
      PracticeRule{[](const CheckInput& input, const PracticeAt& at) {
                     // "无法识别您的身份" blocks nothing: the loss must follow a refusal.
                     const Span shown = practice_sentence_and_next(input, at);
                     if (at.practice->action != Action::Collect ||
                         !span_has_cue(input, at.source, shown, "refusal_condition") ||
                         !span_has_cue(input, at.source, shown, "refusal_blocks") ||
                         span_has_cue(input, at.source, shown, "refusal_ok"))
                       return false;
                     for (const PurposeMention& purpose : at.practice->purposes)
                       if (is_non_essential_purpose(*input.ontology, purpose.id)) return true;
                     return sentence_has(input, at, "improve_experience");
                   },
                   {},
                   {},
                   practice_sentence_and_next}));
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-cookies-for-promotion-opt-out-only", Severity::Warning, {"PIPL-14", "PIPL-24", "AM-3.6", "GB-7.4"},
                "使用Cookie进行推广或个性化展示，仅提供事后拒绝（清除Cookie）的方式",
                "Cookies are used for promotion or personalisation with only an opt-out (clearing cookies)"),
      PracticeRule{[](const CheckInput&, const PracticeAt& at) {
                     const Practice& practice = *at.practice;
                     const bool cookie = practice.action == Action::Cookie ||
                                         std::any_of(practice.data.begin(), practice.data.end(),
                                                     [](const DataMention& d) { return d.id == "cookies"; });
                     return cookie && has_purpose(practice, {"marketing", "personalisation"}) &&
                            (practice.consent == ConsentKind::OptOut || practice.consent == ConsentKind::NoneStated ||
                             practice.consent == ConsentKind::Deemed);
                   },
                   {},
                   {}}));
  checks.push_back(std::make_unique<PracticeRuleCheck>(
      pipl_info("pipl-17-data-without-purpose", Severity::Note, {"PIPL-17", "AM-2.1", "GB-5.5"},
                "收集的个人信息未说明处理目的",
                "Personal data is collected with no purpose stated"),
      // An introduction collecting just "个人信息" names no data a purpose could be stated
      // for; a purpose the ontology does not know ("用于标记您为本应用的用户") is still one.
      // User agreements are read by the terms pack: their account clauses are no notice.
      // A sentence stating a right ("您可以访问、修改和删除您提供的注册信息") names data
      // the user already gave, it does not collect it.
      PracticeRule{[](const CheckInput& input, const PracticeAt& at) {
                     return at.practice->action == Action::Collect && at.practice->purposes.empty() &&
                            names_data_beyond_classes(*input.ontology, *at.practice) && !in_agreement(input, at) &&
                            !purpose_worded_near(input, at) &&
                            !purpose_worded_in_list_lead_in(input, at) && !in_a_policy_change_sentence(input, at) &&
                            !in_a_statement_of(input, at, StatementKind::Right) &&
                            !policy_has_use_section(input, at);
                   },
                   {},
                   [](const Ontology&, const std::string& id) { return !is_generic_data(id); },
                   {},
                   // Data whose purpose the policy states somewhere (its use section, the
                   // feature that needs it) has one, wherever else it is named.
                   [](const CheckInput& input, const PracticeAt& at) {
                     return !at.practice->purposes.empty() || purpose_worded_near(input, at) ||
                            purpose_worded_in_list_lead_in(input, at);
                   }}));
}

}  // namespace

void add_pipl_checks(CheckList& checks) {
  checks.push_back(std::make_unique<AgreementPolicyContradictionCheck>());
  checks.push_back(std::make_unique<ChildrenWithoutGuardianConsentCheck>());
  checks.push_back(std::make_unique<CrossBorderWithoutMechanismCheck>());
  checks.push_back(std::make_unique<NoAccountCancellationCheck>());
  checks.push_back(std::make_unique<NoComplaintChannelCheck>());
  checks.push_back(std::make_unique<NoContactChannelCheck>());
  checks.push_back(std::make_unique<NoRetentionPeriodCheck>());
  checks.push_back(std::make_unique<NoWithdrawalCheck>());
  checks.push_back(std::make_unique<PublicDisclosureWithoutSeparateConsentCheck>());
  checks.push_back(std::make_unique<RecipientDetailsMissingCheck>());
  checks.push_back(std::make_unique<RightsMissingCheck>());
  checks.push_back(std::make_unique<SharingWithoutSeparateConsentCheck>());
  add_cue_rules(checks);
  add_practice_rules(checks);
}

}  // namespace consentflow
