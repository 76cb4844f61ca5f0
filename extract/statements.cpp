#include "extract/statements.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/contact_channels.h"
#include "extract/duration_scanner.h"
#include "extract/settings_path.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// Headings shorter than this many code points, alone on their line, name a section.
constexpr std::size_t kMaxHeadingLength = 30;
// How far (code points) before a cue a negation still governs it: "不会删除".
constexpr std::size_t kNegationWindow = 10;
// A place abroad is the end of its clause's verb phrase, so a negation reaches
// further: "我们不会将您的个人信息转移至境外".
constexpr std::size_t kTransferNegationWindow = 25;
// How far (code points) back a clause is read for the words around a cue.
constexpr std::size_t kClauseReach = 60;
// How far apart (code points) a change verb and the document it changes may be.
constexpr std::size_t kChangeWindow = 20;

bool starts_with_clause_punctuation(std::string_view text) {
  static constexpr std::string_view marks[] = {"，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?", "\n"};
  for (const std::string_view mark : marks) {
    if (text.starts_with(mark)) return true;
  }
  return false;
}

// Byte offset `count` code points before `pos`, stopping at clause punctuation.
std::size_t back_within_clause(std::string_view text, std::size_t pos, std::size_t count) {
  std::size_t start = pos;
  for (std::size_t taken = 0; taken < count && start > 0; ++taken) {
    std::size_t previous = start - 1;
    while (previous > 0 && utf8::is_continuation(static_cast<unsigned char>(text[previous]))) --previous;
    if (starts_with_clause_punctuation(text.substr(previous))) break;
    start = previous;
  }
  return start;
}

// Byte offset where the clause holding `pos` ends: the next clause punctuation.
std::size_t clause_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && !starts_with_clause_punctuation(text.substr(pos)))
    pos += utf8::sequence_length(static_cast<unsigned char>(text[pos]));
  return pos < text.size() ? pos : text.size();
}

std::size_t forward_code_points(std::string_view text, std::size_t pos, std::size_t count) {
  for (std::size_t taken = 0; taken < count && pos < text.size(); ++taken) {
    pos += utf8::sequence_length(static_cast<unsigned char>(text[pos]));
  }
  return pos < text.size() ? pos : text.size();
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '#')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return text;
}

bool reads_as_heading(std::string_view text) {
  text = trim(text);
  // A code point is at most 4 bytes: a longer text is too long without counting (most
  // sentences are, and counting them was 1.3 % of a batch run).
  if (text.empty() || text.size() > 4 * kMaxHeadingLength || utf8::count_code_points(text) > kMaxHeadingLength)
    return false;
  static constexpr std::string_view endings[] = {"。", "；", "！", "？", "：", ".", ";", "!", "?", ":", "，", ","};
  for (const std::string_view ending : endings) {
    if (text.ends_with(ending)) return false;
  }
  return true;
}

// The headings of every clause around `span`, innermost last; a clause without a
// heading contributes its first line when that line reads as a heading.
void collect_headings(const std::vector<Clause>& clauses, Span span, const NormalizedText& normalized,
                      std::string& out) {
  for (const Clause& clause : clauses) {
    if (!clause.span.contains(span)) continue;
    if (!clause.heading.empty()) {
      out += clause.heading;
      out += '\n';
    } else if (!clause.number.empty()) {
      std::string_view body = normalized.view(clause.body);
      body = body.substr(0, body.find('\n'));
      if (reads_as_heading(body)) {
        out += body;
        out += '\n';
      }
    }
    collect_headings(clause.children, span, normalized, out);
    return;
  }
}

// One sentence being read, with what surrounds it.
struct SentenceView {
  std::string_view text;  // normalized
  std::size_t base = 0;   // normalized byte offset of `text`
  std::string headings;   // section headings around the sentence, normalized
  Span span;
  const CueLists* cue_lists = nullptr;  // the lists that may occur in `text`
};

class StatementScanner {
 public:
  StatementScanner(const StatementCues& cues, const Analysis& analysis, int document_index,
                   std::vector<Statement>& out)
      : cues_(cues), analysis_(analysis), document_index_(document_index),
        document_(analysis.documents[document_index]), out_(out) {}

  void scan() {
    Span heading_sentence;
    std::string heading_text;
    for (const Sentence& sentence : document_.sentences) {
      SentenceView view;
      view.span = sentence.span;
      view.cue_lists = &sentence.cue_lists;
      view.text = analysis_.normalized.view(sentence.span);
      view.base = analysis_.normalized.to_bytes(sentence.span).first;
      collect_headings(document_.clauses, sentence.span, analysis_.normalized, view.headings);
      if (reads_as_heading(view.text)) {
        heading_sentence = sentence.span;
        heading_text = std::string(trim(view.text));
      } else if (!heading_text.empty() && same_clause(heading_sentence, sentence.span)) {
        // An unnumbered heading line ("如何联系我们") governs the sentences after it.
        view.headings += heading_text;
      }
      scan_sentence(view);
    }
  }

 private:
  bool same_clause(Span a, Span b) const {
    return innermost_clause(document_.clauses, a) == innermost_clause(document_.clauses, b);
  }

  void scan_sentence(const SentenceView& sentence) {
    scan_retention(sentence);
    scan_rights(sentence);
    scan_contact(sentence);
    scan_children(sentence);
    scan_policy_change(sentence);
    scan_cross_border(sentence);
    scan_security(sentence);
    scan_anonymisation(sentence);
    scan_cookie(sentence);
  }

  void add(StatementKind kind, std::string detail, std::string value, Span span) {
    // One statement per kind, detail and value in a sentence is enough evidence.
    if (!emitted_.insert({kind, detail, value, span.begin}).second) return;
    Statement statement;
    statement.kind = kind;
    statement.detail = std::move(detail);
    statement.value = std::move(value);
    statement.document = document_index_;
    statement.clause = clause_path(document_.clauses, span);
    statement.span = span;
    out_.push_back(std::move(statement));
  }

  Span sub_span(const SentenceView& sentence, std::size_t begin, std::size_t end) const {
    return analysis_.normalized.to_span(sentence.base + begin, sentence.base + end);
  }

  bool negated(std::string_view text, std::size_t cue_begin, std::size_t reach = kNegationWindow) const {
    const std::size_t from = back_within_clause(text, cue_begin, reach);
    const std::string_view window = text.substr(from, cue_begin - from);
    const std::vector<PhraseMatch> lookalikes = cues_.negation_lookalikes.phrases.find_all(window);
    for (const PhraseMatch& negation : cues_.negation.phrases.find_all(window)) {
      const bool inside_lookalike = std::any_of(lookalikes.begin(), lookalikes.end(), [&](const PhraseMatch& word) {
        return word.begin <= negation.begin && negation.end <= word.end;
      });
      if (!inside_lookalike) return true;
    }
    return false;
  }

  // Searches of the sentence's own text, skipped when its cue lists rule the list out.
  static bool may_hold(const StatementCue& cue, const SentenceView& sentence) {
    return sentence.cue_lists->may_contain(cue.list);
  }
  static bool occurs(const StatementCue& cue, const SentenceView& sentence) {
    return may_hold(cue, sentence) && cue.phrases.occurs_in(sentence.text);
  }
  static std::optional<PhraseMatch> find(const StatementCue& cue, const SentenceView& sentence) {
    if (!may_hold(cue, sentence)) return std::nullopt;
    return cue.phrases.find(sentence.text);
  }
  static std::vector<PhraseMatch> find_all(const StatementCue& cue, const SentenceView& sentence) {
    if (!may_hold(cue, sentence)) return {};
    return cue.phrases.find_all(sentence.text);
  }

  // A cue matching somewhere in the sentence outside the reach of a negation.
  std::optional<PhraseMatch> affirmed(const StatementCue& cue, const SentenceView& sentence) const {
    for (const PhraseMatch& match : find_all(cue, sentence)) {
      if (!negated(sentence.text, match.begin)) return match;
    }
    return std::nullopt;
  }

  void scan_retention(const SentenceView& sentence) {
    const std::string_view text = sentence.text;
    const bool storage = occurs(cues_.retention, sentence);
    if (occurs(cues_.shortest_retention, sentence) && (storage || cues_.retention.phrases.occurs_in(sentence.headings))) {
      add(StatementKind::Retention, "shortest-necessary", "", sentence.span);
    }
    // "在您注销账号后，我们将停止使用并删除上述信息": kept as long as the account, in other words.
    if (affirmed(cues_.deletion_at_cancellation, sentence)) {
      add(StatementKind::Retention, "service-lifetime", "", sentence.span);
    }
    if (!storage) return;
    if (occurs(cues_.service_lifetime_retention, sentence)) {
      add(StatementKind::Retention, "service-lifetime", "", sentence.span);
    }
    if (affirmed(cues_.indefinite_retention, sentence)) {
      add(StatementKind::Retention, "indefinite", "", sentence.span);
    }
    if (occurs(cues_.response_time, sentence)) return;  // "15个工作日内答复" is a promise, not a period
    for (const DurationMatch& duration : find_durations(text)) {
      const auto [begin, end] = period_extent(text, duration);
      add(StatementKind::Retention, "period", std::string(text.substr(begin, end - begin)),
          sentence.span);
    }
  }

  // "账户注销后15日内": the anchor before a duration and a trailing 内/以内 belong to it.
  static std::pair<std::size_t, std::size_t> period_extent(std::string_view text, DurationMatch duration) {
    std::size_t begin = duration.begin;
    std::size_t end = duration.end;
    for (const std::string_view tail : {std::string_view("以内"), std::string_view("内")}) {
      if (text.substr(end).starts_with(tail)) {
        end += tail.size();
        break;
      }
    }
    const std::string_view before = text.substr(0, begin);
    if (before.ends_with("后") || before.ends_with("起")) {
      std::size_t anchor = back_within_clause(text, begin, 12);
      for (const std::string_view lead : {"在", "于", "自", "从"}) {
        const std::size_t at = text.substr(anchor, begin - anchor).rfind(lead);
        if (at != std::string_view::npos) {
          anchor += at + lead.size();
          break;
        }
      }
      begin = anchor;
    }
    return {begin, end};
  }

  void scan_rights(const SentenceView& sentence) {
    const std::string_view text = sentence.text;
    const bool rights_section = cues_.rights_heading.phrases.occurs_in(sentence.headings);
    const bool user_can = occurs(cues_.user_ability, sentence);
    if (rights_section || user_can) {
      const bool personal_data = occurs(cues_.personal_data_object, sentence);
      std::string path;
      if (std::optional<PathMatch> match = find_settings_path(text)) {
        path = std::string(text.substr(match->begin, match->end - match->begin));
      }
      for (const RightCues& right : cues_.rights) {
        if (right.needs_personal_data_object && !rights_section && !personal_data) continue;
        if (affirmed(right.verbs, sentence)) add(StatementKind::Right, right.detail, path, sentence.span);
      }
    }
    if (occurs(cues_.response_time, sentence)) {
      for (const DurationMatch& duration : find_durations(text)) {
        add(StatementKind::Right, "response_time", std::string(text.substr(duration.begin, duration.end - duration.begin)),
            sentence.span);
      }
    }
  }

  void scan_contact(const SentenceView& sentence) {
    const std::string_view text = sentence.text;
    bool channel = false;
    for (const ChannelMatch& email : find_emails(text)) {
      add(StatementKind::Contact, "email", std::string(text.substr(email.begin, email.end - email.begin)),
          sub_span(sentence, email.begin, email.end));
      channel = true;
    }
    const bool phone_context = occurs(cues_.phone_context, sentence) || cues_.contact.phrases.occurs_in(sentence.headings);
    for (const ChannelMatch& phone : find_phones(text)) {
      const std::string_view number = text.substr(phone.begin, phone.end - phone.begin);
      const bool hotline = number.starts_with("400") || number.starts_with("800") || number.starts_with("+");
      if (!hotline && !phone_context) continue;
      add(StatementKind::Contact, "phone", std::string(number), sub_span(sentence, phone.begin, phone.end));
      channel = true;
    }
    std::vector<std::size_t> address_cues;
    for (const PhraseMatch& cue : find_all(cues_.address_context, sentence)) address_cues.push_back(cue.end);
    for (const ChannelMatch& address : find_addresses(text, address_cues)) {
      add(StatementKind::Contact, "address", std::string(text.substr(address.begin, address.end - address.begin)),
          sub_span(sentence, address.begin, address.end));
      channel = true;
    }
    if (std::optional<PhraseMatch> form = find(cues_.contact_form, sentence)) {
      add(StatementKind::Contact, "form", std::string(text.substr(form->begin, form->end - form->begin)),
          sentence.span);
      channel = true;
    }
    if (!channel && occurs(cues_.customer_service, sentence)) {
      add(StatementKind::Contact, "generic", "", sentence.span);
    }
  }

  void scan_children(const SentenceView& sentence) {
    const bool mentioned = occurs(cues_.children, sentence);
    if (!mentioned && !cues_.children.phrases.occurs_in(sentence.headings)) return;
    if (occurs(cues_.children_excluded, sentence)) {
      add(StatementKind::Children, "excluded", "", sentence.span);
      return;
    }
    // "需要儿童监护人阅读并同意《儿童专用隐私协议》" states both the rules and the consent.
    const bool rules = occurs(cues_.children_rules, sentence);
    const bool guardian = occurs(cues_.guardian_consent, sentence);
    if (rules) add(StatementKind::Children, "under_14_rules", "", sentence.span);
    if (guardian) add(StatementKind::Children, "guardian_consent", "", sentence.span);
    if (!rules && !guardian && mentioned) add(StatementKind::Children, "mention", "", sentence.span);
  }

  bool names_a_change_of_this_document(std::string_view text) const {
    for (const PhraseMatch& verb : cues_.change_verb.phrases.find_all(text)) {
      const std::size_t from = back_within_clause(text, verb.begin, kChangeWindow);
      const std::size_t to = forward_code_points(text, verb.end, kChangeWindow);
      if (cues_.policy_reference.phrases.occurs_in(text.substr(from, to - from))) return true;
    }
    return false;
  }
  bool names_a_change_of_this_document(const SentenceView& sentence) const {
    return may_hold(cues_.change_verb, sentence) && names_a_change_of_this_document(sentence.text);
  }

  void scan_policy_change(const SentenceView& sentence) {
    const bool about_change = occurs(cues_.policy_change, sentence) || names_a_change_of_this_document(sentence) ||
                              cues_.policy_change.phrases.occurs_in(sentence.headings) ||
                              names_a_change_of_this_document(sentence.headings);
    if (!about_change) return;
    bool specific = false;
    if (occurs(cues_.posting_only_change, sentence)) {
      add(StatementKind::PolicyChange, "posting_only", "", sentence.span);
      specific = true;
    }
    if (affirmed(cues_.renotify, sentence)) {
      add(StatementKind::PolicyChange, "renotify", "", sentence.span);
      specific = true;
    }
    if (!specific && (occurs(cues_.policy_change, sentence) || names_a_change_of_this_document(sentence))) {
      add(StatementKind::PolicyChange, "generic", "", sentence.span);
    }
  }

  // Each clause naming a place abroad is read on its own: "存储在境内，不会传输至境外"
  // keeps data in China, "如需跨境传输，我们将另行征得您的同意" only contemplates a
  // transfer, and a clause that moves nothing ("其他国家的通行做法", "全球范围内的
  // 许可", "在其他国家的注册商标") is no transfer at all.
  void scan_cross_border(const SentenceView& sentence) {
    const std::string_view text = sentence.text;
    bool kept_in_china = occurs(cues_.data_localisation, sentence);
    bool transfer = false;
    bool contemplated = false;
    bool previous_clause_negated = false;
    for (const PhraseMatch& place : find_all(cues_.cross_border, sentence)) {
      const std::size_t begin = back_within_clause(text, place.begin, kClauseReach);
      const std::string_view clause = text.substr(begin, clause_end(text, place.end) - begin);
      if (cues_.data_localisation.phrases.occurs_in(clause) || !cues_.cross_border_flow.phrases.occurs_in(clause)) continue;
      const std::optional<PhraseMatch> continuation = cues_.negation_continuation.phrases.find(clause);
      const bool continues_negation = previous_clause_negated && continuation && continuation->begin == 0;
      previous_clause_negated = continues_negation || negated(text, place.begin, kTransferNegationWindow);
      if (previous_clause_negated) {
        kept_in_china = true;
      } else if (cues_.hypothetical_transfer.phrases.occurs_in(text.substr(0, place.begin))) {
        contemplated = true;
      } else {
        transfer = true;
      }
    }
    if (kept_in_china) add(StatementKind::CrossBorder, "localisation", "", sentence.span);
    if (!transfer && !contemplated) return;
    // "您的个人信息如何在全球范围转移" announces a section and "…规则请见第十条" points to
    // one; what the section holds is read there.
    if (reads_as_heading(text) || occurs(cues_.cross_reference, sentence)) {
      add(StatementKind::CrossBorder, "section", "", sentence.span);
    } else if (!transfer) {
      add(StatementKind::CrossBorder, "conditional", "", sentence.span);
    } else if (std::optional<PhraseMatch> mechanism = find(cues_.cross_border_mechanism, sentence)) {
      add(StatementKind::CrossBorder, "mechanism",
          std::string(text.substr(mechanism->begin, mechanism->end - mechanism->begin)), sentence.span);
    } else {
      add(StatementKind::CrossBorder, "generic", "", sentence.span);
    }
  }

  void scan_security(const SentenceView& sentence) {
    if (std::optional<PhraseMatch> measure = affirmed(cues_.security_measures, sentence)) {
      add(StatementKind::Security, "generic",
          std::string(sentence.text.substr(measure->begin, measure->end - measure->begin)), sentence.span);
    }
  }

  void scan_anonymisation(const SentenceView& sentence) {
    if (std::optional<PhraseMatch> cue = affirmed(cues_.anonymisation, sentence)) {
      const bool deidentified = cues_.anonymisation.phrases.phrase(cue->phrase).find("去标识") != std::string::npos;
      add(StatementKind::Anonymisation, deidentified ? "deidentified" : "anonymised", "", sentence.span);
    }
  }

  void scan_cookie(const SentenceView& sentence) {
    if (occurs(cues_.cookie, sentence)) add(StatementKind::Cookie, "generic", "", sentence.span);
  }

  const StatementCues& cues_;
  const Analysis& analysis_;
  int document_index_;
  const Document& document_;
  std::vector<Statement>& out_;
  std::set<std::tuple<StatementKind, std::string, std::string, int32_t>> emitted_;
};

}  // namespace

void extract_statements(Analysis& analysis, const StatementCues& cues) {
  for (int index = 0; index < static_cast<int>(analysis.documents.size()); ++index) {
    StatementScanner(cues, analysis, index, analysis.statements).scan();
  }
}

void extract_statements(Analysis& analysis, const Ontology& ontology) {
  extract_statements(analysis, StatementCues::build(ontology));
}

}  // namespace consentflow
