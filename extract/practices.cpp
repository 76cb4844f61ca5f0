#include "extract/practices.h"

#include <algorithm>
#include <optional>
#include <set>

#include "extract/clause_bounds.h"
#include "extract/clause_numbering.h"
#include "extract/first_party_names.h"
#include "extract/glossary.h"
#include "extract/section_headings.h"
#include "extract/table_rows.h"
#include "extract/sentence_facts.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// Exception items after "但下列情况除外" are read up to this many sentences on.
constexpr std::size_t kMaxExceptionItems = 12;
// A negation this close before a verb (bytes) negates it: "不会向第三方提供".
constexpr std::size_t kNegationReach = 45;
// A question word this close before a verb (bytes) asks about it: "如何收集、使用、存储、传输、共享".
constexpr std::size_t kQuestionReach = 60;

// Every verb list a practice is read from.
constexpr const char* kActVerbLists[] = {"collect_verbs", "share_verbs",   "entrust_verbs", "transfer_verbs",
                                         "disclose_verbs", "sell_verbs",   "use_verbs",     "store_verbs",
                                         "analyse_verbs",  "cookie"};

struct VerbList {
  const char* list;
  Action action;
};

// Outward verbs first: a sentence that shares also often "uses".
constexpr VerbList kOutwardVerbs[] = {
    {"sell_verbs", Action::Sell},         {"transfer_verbs", Action::Transfer},
    {"entrust_verbs", Action::Entrust},   {"disclose_verbs", Action::Disclose},
    {"share_verbs", Action::Share},
};

bool is_outward_party(std::string_view id, const Ontology& ontology) {
  if (id == "first_party" || id == "user") return false;
  const Party* party = ontology.party(id);
  return party == nullptr || (party->kind != PartyKind::FirstParty && party->kind != PartyKind::User);
}

PartyKind kind_of(std::string_view id, const Ontology& ontology) {
  const Party* party = ontology.party(id);
  return party ? party->kind : PartyKind::NamedThirdParty;
}

std::string_view slice(const std::string& text, std::size_t begin, std::size_t end) {
  return std::string_view(text).substr(begin, end - begin);
}

struct ClauseContext {
  std::optional<PartyMention> sdk;  // the SDK or third party a clause is about
};

class PracticeBuilder {
 public:
  PracticeBuilder(Analysis& analysis, const Ontology& ontology, const Lexicon& lexicon,
                  const std::vector<DocumentScan>& scans)
      : analysis_(analysis), ontology_(ontology), lexicon_(lexicon), scans_(scans), text_(analysis.normalized.text()) {}

  void run() {
    FirstPartyNames carried;
    for (std::size_t d = 0; d < analysis_.documents.size() && d < scans_.size(); ++d) {
      const Document& document = analysis_.documents[d];
      const auto [begin, end] = analysis_.normalized.to_bytes(document.span);
      FirstPartyNames names = find_first_party_names(slice(text_, begin, end), [this](std::string_view name) {
        return names_something_else(name);
      });
      // A policy that defines no names of its own inherits those of the agreement before it.
      if (names.aliases.empty() && !carried.aliases.empty()) names = carried;
      if (!names.aliases.empty()) carried = names;
      names_ = names;
      scan_ = &scans_[d];
      document_ = static_cast<int>(d);
      extract_document(document);
    }
  }

 private:
  // Whether the lexicon knows the whole of `name` as data, a cue or an unnamed
  // party; a named one ("支付宝") may well be the handler of its own policy.
  bool names_something_else(std::string_view name) const {
    const std::vector<LexiconMatch> matches = lexicon_.scan(name);
    return std::any_of(matches.begin(), matches.end(), [&](const LexiconMatch& match) {
      if (match.begin != 0 || match.end != name.size()) return false;
      if (match.kind != LexiconKind::Party) return true;
      const PartyKind kind = kind_of(std::string(match.id), ontology_);
      return kind != PartyKind::NamedThirdParty && kind != PartyKind::Sdk && kind != PartyKind::FirstParty;
    });
  }

  SentenceFacts facts_of(Span span) const {
    const auto [begin, end] = analysis_.normalized.to_bytes(span);
    return sentence_facts(text_, begin, end, *scan_, lexicon_, names_);
  }

  PartyMention first_party(std::optional<Span> span) const {
    PartyMention party;
    party.id = "first_party";
    party.name = names_.display;
    party.kind = PartyKind::FirstParty;
    if (span) party.span = *span;
    return party;
  }

  // A party the sentence implies without naming it (no span).
  PartyMention implied_party(const std::string& id) const {
    const Party* known = ontology_.party(id);
    return PartyMention{id, known ? known->name : id, kind_of(id, ontology_), Span{}};
  }

  PartyMention party_at(const FactMatch& match) const {
    if (match.id == "first_party") return first_party(analysis_.normalized.to_span(match.begin, match.end));
    PartyMention party;
    party.id = match.id;
    const Party* known = ontology_.party(match.id);
    party.name = known ? known->name : match.id;
    party.kind = kind_of(match.id, ontology_);
    party.span = analysis_.normalized.to_span(match.begin, match.end);
    return party;
  }

  // "极光SDK | 推送 | 设备信息 |": cells of a table row written with "|" between them.
  bool in_a_table_row(const SentenceFacts& facts) const { return is_table_row(slice(text_, facts.begin, facts.end)); }

  // The SDK or named third party in the first cell of a table row.
  std::optional<PartyMention> row_party(const SentenceFacts& facts) const {
    const std::size_t first_cell_end = text_.find('|', facts.begin);
    for (const FactMatch& party : facts.parties) {
      if (party.begin >= first_cell_end) break;
      const PartyKind kind = kind_of(party.id, ontology_);
      if (ontology_.party(party.id) && (kind == PartyKind::Sdk || kind == PartyKind::NamedThirdParty))
        return party_at(party);
    }
    return std::nullopt;
  }

  // The collect verb of the header of the table a row sits in ("第三方SDK | 服务功能 | 获取信息 | 隐私政策"
  // over "极光SDK | 推送 | 设备信息 |"): the first of the "|" lines running up to the row, when it
  // states the act and names no data.
  std::optional<FactMatch> table_header_act(const SentenceFacts& row) const {
    std::size_t top = text_.rfind('\n', row.begin);
    if (top == std::string::npos) return std::nullopt;
    std::size_t header = std::string::npos;
    while (top > 0) {
      const std::size_t above_break = text_.rfind('\n', top - 1);
      const std::size_t above = above_break == std::string::npos ? 0 : above_break + 1;
      if (!is_table_row(slice(text_, above, top))) break;
      header = above;
      if (above == 0) break;
      top = above - 1;
    }
    if (header == std::string::npos) return std::nullopt;
    const std::size_t header_end = text_.find('\n', header);
    const SentenceFacts facts = facts_of(analysis_.normalized.to_span(header, header_end));
    const FactMatch* verb = facts.first("collect_verbs");
    if (!verb || !facts.data.empty()) return std::nullopt;
    return *verb;
  }

  // A table row under a header stating the act ("获取信息"): its data collected, by the party its
  // first cell names.
  std::vector<Practice> table_row_practices(const Document& document, const Sentence& sentence,
                                            const SentenceFacts& facts, const FactMatch& header_verb) const {
    Practice practice = base_practice(document, sentence, facts, Action::Collect, header_verb);
    if (const std::optional<PartyMention> party = row_party(facts)) {
      practice.action = Action::Share;
      practice.recipient = *party;
    }
    return {practice};
  }

  bool mentions_an_sdk(const SentenceFacts& facts) const {
    const std::string_view sentence = slice(text_, facts.begin, facts.end);
    return sentence.find("SDK") != std::string_view::npos || sentence.find("sdk") != std::string_view::npos;
  }

  // The SDK or named third party a clause is about: named in its heading or its first sentence.
  std::optional<PartyMention> clause_subject(const Document& document, Span sentence) const {
    std::vector<const Clause*> path;
    const std::vector<Clause>* level = &document.clauses;
    while (true) {
      const Clause* inside = nullptr;
      for (const Clause& clause : *level)
        if (clause.span.contains(sentence)) inside = &clause;
      if (!inside) break;
      path.push_back(inside);
      level = &inside->children;
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      const Clause& clause = **it;
      if (clause.number.empty()) continue;  // a preamble is about the whole document
      // The heading and the first sentence of the body say what a clause is about.
      auto first = std::lower_bound(document.sentences.begin(), document.sentences.end(), clause.span.begin,
                                    [](const Sentence& s, int32_t at) { return s.span.begin < at; });
      for (auto it = first; it != document.sentences.end() && it->span.begin < clause.span.end; ++it) {
        const Sentence& candidate = *it;
        if (!clause.span.contains(candidate.span)) continue;
        const SentenceFacts& facts = sentence_facts_[static_cast<std::size_t>(it - document.sentences.begin())];
        // "使用支付宝账号登录", "从第三方获取…账户信息，如微信、QQ等": the account's provider is where
        // data comes from, not what the clause hands data to — unless its SDK is what the sentence is about.
        const bool names_a_login_source =
            (facts.has("account_login") || !facts.sources.empty()) && !mentions_an_sdk(facts);
        for (const FactMatch& party : facts.parties) {
          const PartyKind kind = kind_of(party.id, ontology_);
          if (!names_a_login_source && ontology_.party(party.id) &&
              (kind == PartyKind::Sdk || kind == PartyKind::NamedThirdParty))
            return party_at(party);
        }
        // The heading, then at most the first sentence of the clause's own body.
        if (candidate.span.begin >= clause.body.begin || clause.body.empty()) break;
      }
    }
    return std::nullopt;
  }

  // "未经您同意" outweighs the "经您同意" inside it: a promise not to act without
  // consent ("未经您同意，我们不会…") requires it; an act "未经您同意" has none.
  ConsentKind consent_of(const SentenceFacts& facts, bool negated = false) const {
    if (!negated && (facts.has("consent_exemption") || facts.has("legal_provision_grounds")))
      return ConsentKind::LegalException;
    if (facts.has("consent_absent")) return negated ? ConsentKind::Prior : ConsentKind::NoneStated;
    if (facts.has("consent_separate")) return ConsentKind::Separate;
    if (facts.has("consent_explicit")) return ConsentKind::Explicit;
    if (facts.has("consent_prior")) return ConsentKind::Prior;
    if (facts.has("consent_deemed")) return ConsentKind::Deemed;
    if (facts.has("opt_out")) return ConsentKind::OptOut;
    return ConsentKind::NoneStated;
  }

  // "向您提供…", "发送给您", "向我们提供": data handed to the user or to us, not on to
  // another handler. The recipient sits inside a gapped verb (向…提供) or right after
  // one ending in 给; after "共享" a user owns the data ("共享您的订单信息"), and in
  // "提供给我们的关联方" we own the recipient.
  bool aimed_inward(const SentenceFacts& facts, const FactMatch& verb) const {
    const bool names_recipient_after = slice(text_, verb.begin, verb.end).ends_with("给");
    std::size_t slot = names_recipient_after ? verb.end : verb.begin + 1;
    for (const FactMatch& party : facts.parties) {
      if (party.begin < slot) continue;
      const bool inside = party.end < verb.end;
      const bool right_after = names_recipient_after && party.begin == slot;
      if (!inside && !right_after) return false;
      const bool ours_or_yours = party.id == "user" || party.id == "first_party";
      if (!ours_or_yours) return false;
      if (!slice(text_, party.end, std::min(party.end + 3, text_.size())).starts_with("的")) return true;
      slot = party.end + 3;  // a possessive: the recipient is named next
    }
    return false;
  }

  // "向提供钱包功能的服务商获取…": the 提供 of 向…提供 describes the party the data
  // comes from, named between it and the collect verb in the same clause; in
  // "向调研机构收集…，以…提供服务" the 向 belongs to the collect verb before the 提供.
  bool describes_a_source(const SentenceFacts& facts, const FactMatch& verb) const {
    const std::span<const FactMatch> sources = facts.matches("collect_from_party");
    return std::any_of(sources.begin(), sources.end(), [&](const FactMatch& source) {
      // "向调研机构收集…信息，以…提供个性化服务": the 向 already opened the nearer 向…收集.
      if (source.begin == verb.begin && source.end < verb.end) return true;
      return source.begin == verb.begin && source.end > verb.end &&
             std::any_of(facts.parties.begin(), facts.parties.end(), [&](const FactMatch& party) {
               return party.begin >= verb.end && party.end <= source.end && is_outward_party(party.id, ontology_) &&
                      slice(text_, verb.end, party.begin).find(',') == std::string_view::npos;
             });
    });
  }

  // "免遭…擅自取阅、披露、更改或销毁", "未经授权的访问、公开披露、泄露": a verb in
  // one phrase with the harms security guards against names a harm kept from happening.
  bool names_a_harm(const SentenceFacts& facts, const FactMatch& verb) const {
    const std::span<const FactMatch> harms = facts.matches("security_threat");
    if (harms.empty()) return false;
    const std::size_t start = clause_start(text_, verb.begin, facts.begin);
    const std::size_t end = clause_end(text_, verb.end, facts.end);
    return std::any_of(harms.begin(), harms.end(), [&](const FactMatch& harm) { return harm.begin >= start && harm.end <= end; });
  }

  // "使用…我们关联方、合作方在获得您授权或依法可以共享的信息": a bare 共享 in a relative
  // clause ("…共享的信息") after another party names data that party shares with us.
  bool names_data_shared_with_us(const SentenceFacts& facts, const FactMatch& verb) const {
    const std::string_view word = slice(text_, verb.begin, verb.end);
    if ((word != "共享" && word != "分享") || !slice(text_, verb.end, std::min(verb.end + 3, text_.size())).starts_with("的"))
      return false;
    const FactMatch* sharer = last_handler_before(facts, verb.begin);
    return sharer && is_outward_party(sharer->id, ontology_);
  }

  // "除根据法律法规的规定及有权机关的指示披露外，我们不会…": the verb names the exception to a
  // promise, made on a legal ground (PIPL art. 13), not a provision at our discretion.
  bool excepted_on_legal_ground(const SentenceFacts& facts, const FactMatch& verb) const {
    const std::size_t start = clause_start(text_, verb.begin, facts.begin);
    const std::size_t end = clause_end(text_, verb.end, facts.end);
    const std::string_view clause = slice(text_, start, end);
    if (!clause.starts_with("除") || !clause.ends_with("外")) return false;
    const std::span<const FactMatch> grounds = facts.matches("legal_exception_grounds");
    return std::any_of(grounds.begin(), grounds.end(),
                       [&](const FactMatch& ground) { return ground.begin >= start && ground.end <= end; });
  }

  // "我们提供给合作伙伴的服务", "我们向合作伙伴提供的产品": the verb names a service offered
  // to the party, not data handed to it.
  bool names_a_service_for(const SentenceFacts& facts, const FactMatch& verb) const {
    std::size_t after = verb.end;
    if (slice(text_, verb.begin, verb.end).ends_with("给")) {
      const auto party = std::find_if(facts.parties.begin(), facts.parties.end(),
                                      [&](const FactMatch& p) { return p.begin == verb.end; });
      if (party == facts.parties.end()) return false;
      after = party->end;
    }
    const std::string_view rest = slice(text_, after, std::min(after + 9, facts.end));
    return rest.starts_with("的服务") || rest.starts_with("的产品") || rest.starts_with("的功能");
  }

  // "（一）共享\n尊重…我们不会与任何公司…分享": a heading line the sentence runs on past
  // names its section's topic; the act is read from the text under it.
  bool in_a_heading_line(const SentenceFacts& facts, const FactMatch& verb) const {
    const Span sentence = analysis_.normalized.to_span(facts.begin, facts.end);
    const Span word = analysis_.normalized.to_span(verb.begin, verb.end);
    return std::any_of(headings_.begin(), headings_.end(),
                       [&](Span line) { return line.contains(word) && !line.contains(sentence); }) ||
           heads_its_line(verb);
  }

  // "（二）转让 我们不会将你的个人信息转让给…": a verb standing alone between a clause
  // number and a space is a heading run into its first sentence.
  bool heads_its_line(const FactMatch& verb) const {
    const std::size_t line_break = text_.rfind('\n', verb.begin);
    const std::size_t line = line_break == std::string::npos ? 0 : line_break + 1;
    const std::string_view before = slice(text_, line, verb.begin);
    const std::optional<ClauseNumber> number = clause_number_at_utf8(slice(text_, line, verb.end));
    return number && number->length == utf8::count_code_points(before) &&
           slice(text_, verb.end, std::min(verb.end + 1, text_.size())) == " ";
  }

  // "我们如何共享、转让…您的个人信息；", "了解我们或合作的第三方如何收集、使用、共享…": a verb
  // asked about in the same clause names a topic (a table of contents, a scope note), not an act.
  bool asked_about(const SentenceFacts& facts, const FactMatch& verb) const {
    const std::size_t start = clause_start(text_, verb.begin, facts.begin);
    const std::span<const FactMatch> questions = facts.matches("asks_how");
    return std::any_of(questions.begin(), questions.end(), [&](const FactMatch& how) {
      return how.begin >= start && how.end <= verb.begin && verb.begin - how.end <= kQuestionReach;
    });
  }

  const FactMatch* first_outward_verb(const SentenceFacts& facts, std::string_view list) const {
    for (const FactMatch& verb : facts.matches(list))
      if (!aimed_inward(facts, verb) && !describes_a_source(facts, verb) && !names_data_shared_with_us(facts, verb) &&
          !names_a_service_for(facts, verb) && !in_a_heading_line(facts, verb) && !asked_about(facts, verb))
        return &verb;
    return nullptr;
  }

  // "我们仅会出于…目的共享您的个人信息", "我们仅会在以下情况下，公开披露您的个人信息":
  // with no recipient named, a limit or safeguard of sharing before the verb states no provision
  // (a limit opening a list of cases, "仅在以下情形中", is read with its list instead).
  static bool states_only_a_limit(const SentenceFacts& facts, const FactMatch& verb) {
    const std::span<const FactMatch> limits = facts.matches("provision_limits");
    return !facts.has("exception_intro") &&
           std::any_of(limits.begin(), limits.end(), [&](const FactMatch& limit) { return limit.end <= verb.end; });
  }

  // "公开披露您的个人信息" with no recipient named: the public receives it (PIPL art. 25).
  std::optional<PartyMention> public_audience(const SentenceFacts& facts, const FactMatch& verb) const {
    const std::span<const FactMatch> cues = facts.matches("public_disclose_verbs");
    const bool publishes = std::any_of(cues.begin(), cues.end(), [&](const FactMatch& cue) {
      return cue.begin <= verb.begin && verb.end <= cue.end;
    });
    if (!publishes) return std::nullopt;
    return implied_party("public");
  }

  // The party named last before `at`, the user aside (whose data it is, not who handles it).
  static const FactMatch* last_handler_before(const SentenceFacts& facts, std::size_t at) {
    const FactMatch* last = nullptr;
    for (const FactMatch& party : facts.parties) {
      if (party.begin >= at) break;
      if (party.id != "user") last = &party;
    }
    return last;
  }

  // A party named as the source in the clause of a collect verb ("从第三方获取"), other than us or
  // the user: where the data comes from.
  const FactMatch* source_party(const SentenceFacts& facts, const FactMatch& collect) const {
    const std::size_t start = clause_start(text_, collect.begin, facts.begin);
    for (const FactMatch& source : facts.sources)
      if (source.begin >= start && source.end <= collect.begin && is_outward_party(source.id, ontology_)) return &source;
    return nullptr;
  }

  bool negated_before(const SentenceFacts& facts, std::size_t verb) const {
    const std::span<const FactMatch> negations = facts.matches("negation");
    if (negations.empty()) return false;
    const std::size_t start = clause_start(text_, verb, facts.begin);
    for (const FactMatch& negation : negations) {
      if (negation.end > verb || negation.begin < start) continue;
      // "不会与平安集团以外的任何公司、组织和个人分享": a negation right before the
      // coverb (与/向/将) opening a gapped verb negates that verb however long the gap.
      std::string_view gap = slice(text_, negation.end, verb);
      // "不会在未经您同意的情况下将您的个人信息提供给第三方": the condition before the coverb is skipped.
      if (gap.starts_with("在"))
        for (std::string_view condition_end : {"情况下", "前提下"})
          if (const std::size_t at = gap.find(condition_end); at != std::string_view::npos) {
            gap.remove_prefix(at + condition_end.size());
            break;
          }
      const bool opens_gapped_verb = gap.starts_with("与") || gap.starts_with("向") || gap.starts_with("将");
      if (verb - negation.end > kNegationReach && !opens_gapped_verb) continue;
      // "不仅", "不限于", "不同" and "不时" (from time to time) are not negations of the act.
      const std::string_view after = slice(text_, negation.end, std::min(negation.end + 6, text_.size()));
      if (after.starts_with("仅") || after.starts_with("限") || after.starts_with("同") || after.starts_with("时"))
        continue;
      return true;
    }
    return false;
  }

  std::vector<DataMention> data_of(const SentenceFacts& facts) const {
    std::vector<DataMention> data;
    for (const FactMatch& match : facts.data)
      data.push_back({std::string(match.id), analysis_.normalized.to_span(match.begin, match.end)});
    return data;
  }

  std::vector<PurposeMention> purposes_of(const SentenceFacts& facts) const {
    std::vector<PurposeMention> purposes;
    std::set<std::string_view> seen;
    for (const FactMatch& match : facts.purposes) {
      // A purpose stated after a marker ("为了…", "用于…") or a purpose phrase on its own.
      const bool overlaps_data = std::any_of(facts.data.begin(), facts.data.end(), [&](const FactMatch& data) {
        return data.begin < match.end && match.begin < data.end;
      });
      if (overlaps_data || !seen.insert(match.id).second) continue;
      purposes.push_back({std::string(match.id), analysis_.normalized.to_span(match.begin, match.end)});
    }
    return purposes;
  }

  void set_condition(const SentenceFacts& facts, Practice& practice) const {
    const FactMatch* marker = facts.first("condition_markers");
    // "不会…，但以下情况除外": the promise holds except in the cases listed next.
    if (!marker) marker = facts.first("exception_intro");
    if (!marker) return;
    const std::size_t end = clause_end(text_, marker->end, facts.end);
    if (end <= marker->begin) return;
    practice.condition = std::string(slice(text_, marker->begin, end));
    practice.condition_span = analysis_.normalized.to_span(marker->begin, end);
  }

  void set_subject(const SentenceFacts& facts, Practice& practice, std::size_t verb) const {
    const std::span<const FactMatch> subjects = facts.matches("subject_markers");
    if (subjects.empty()) return;
    // The subject nearest the data, preferring one after the verb ("收集您的手机号").
    const FactMatch* best = nullptr;
    for (const FactMatch& subject : subjects) {
      if (!best || (subject.begin >= verb && best->begin < verb)) best = &subject;
      if (subject.begin >= verb) break;
    }
    if (best) practice.subject_span = analysis_.normalized.to_span(best->begin, best->end);
  }

  Practice base_practice(const Document& document, const Sentence& sentence, const SentenceFacts& facts,
                         Action action, const FactMatch& verb) const {
    Practice practice;
    practice.document = document_;
    practice.clause = clause_path(document.clauses, sentence.span);
    practice.action = action;
    practice.action_span = analysis_.normalized.to_span(verb.begin, verb.end);
    practice.data = data_of(facts);
    practice.purposes = purposes_of(facts);
    practice.negated = negated_before(facts, verb.begin);
    practice.consent = consent_of(facts, practice.negated);
    practice.evidence = {sentence.span};
    set_condition(facts, practice);
    set_subject(facts, practice, verb.begin);
    // The actor: a party named before the verb, else the first party.
    practice.actor = first_party(std::nullopt);
    for (const FactMatch& party : facts.parties) {
      if (party.begin >= verb.begin) break;
      if (party.id == "first_party") practice.actor = party_at(party);
    }
    return practice;
  }

  void add(Practice practice) {
    practice.id = "p" + std::to_string(analysis_.practices.size() + 1);
    analysis_.practices.push_back(std::move(practice));
  }

  // "您向第三方提供的信息", "您公开分享的信息", "用户不得将账号转让给他人": the user
  // hands data on, not the provider — unless the provider is named between the user and the verb.
  static bool user_hands_on(const SentenceFacts& facts, const FactMatch& verb) {
    if (facts.has("user_discloses")) return true;
    const std::span<const FactMatch> users = facts.matches("user_as_actor");
    return std::any_of(users.begin(), users.end(), [&](const FactMatch& user) {
      return user.end <= verb.begin &&
             std::none_of(facts.parties.begin(), facts.parties.end(), [&](const FactMatch& party) {
               return party.id == "first_party" && party.begin >= user.end && party.end <= verb.begin;
             });
    });
  }

  // "我们或我们的关联公司还可能…披露", "我们及关联公司会…": a party joined to us by
  // "或"/"及"/"、" before the verb acts with us; it is not who the data goes to. ("与"/"和" are left
  // alone: "我们与关联公司共享" names the recipient.)
  bool acts_with_first_party(const SentenceFacts& facts, const FactMatch& party) const {
    // Only a subject does: after an outward verb ("共享至…公司、中国电信") a party is named as a recipient.
    for (const VerbList& verbs : kOutwardVerbs)
      if (const FactMatch* verb = facts.first(verbs.list); verb && verb->begin < party.begin) return false;
    const auto party_before = [&](std::size_t at) {
      const FactMatch* last = nullptr;
      for (const FactMatch& other : facts.parties) {
        if (other.begin >= at) break;
        last = &other;
      }
      return last;
    };
    const FactMatch* before = party_before(party.begin);
    if (!before || before->id != "first_party") return false;
    std::string_view gap = slice(text_, before->end, party.begin);
    if (gap == "的") {
      // "我们或我们的关联公司": the possessive's owner must itself be joined to us.
      const FactMatch* owner = before;
      before = party_before(owner->begin);
      if (!before || before->id != "first_party") return false;
      gap = slice(text_, before->end, owner->begin);
    }
    for (std::string_view joint : {"或", "或者", "及", "以及", "、", "及其"})
      if (gap == joint) return true;
    return false;
  }

  // "第三方网站的信息收集不受本政策约束": another party's processing under its own terms.
  static bool outside_this_policy(const SentenceFacts& facts) {
    return facts.has("third_party_own_terms") || facts.has("scope_carve_out");
  }

  // The practices one sentence states.
  std::vector<Practice> sentence_practices(const Document& document, const Sentence& sentence,
                                           const SentenceFacts& facts) const {
    std::vector<Practice> practices;
    if (facts.data.empty() || outside_this_policy(facts)) return practices;
    // "平安任意门SDK | 用于应用首页导流 | 手机串号IMEI": a table row names its own party in its
    // first cell; the party of the clause's first row is not what the others are about.
    const std::optional<PartyMention> subject =
        in_a_table_row(facts) ? row_party(facts) : clause_subject(document, sentence.span);
    std::vector<PartyMention> recipients;  // each party once, at its first mention
    for (const FactMatch& party : facts.parties)
      if (is_outward_party(party.id, ontology_) && !acts_with_first_party(facts, party) &&
          std::none_of(recipients.begin(), recipients.end(), [&](const PartyMention& r) { return r.id == party.id; }))
        recipients.push_back(party_at(party));

    const FactMatch* collect = facts.first("collect_verbs");
    bool outward_found = false;
    for (const VerbList& verbs : kOutwardVerbs) {
      const FactMatch* verb = first_outward_verb(facts, verbs.list);
      if (!verb) continue;
      if (user_hands_on(facts, *verb)) break;
      // "向我们提供" and "您提供的" are collection, not sharing; a weak verb
      // ("发送至") hands data on only to a party the sentence or clause names.
      if (recipients.empty() && (collect || (!subject && !facts.has("outward_without_recipient")))) continue;
      outward_found = true;
      std::vector<PartyMention> to = recipients;
      if (to.empty())
        if (std::optional<PartyMention> audience = public_audience(facts, *verb)) to.push_back(*audience);
      if (to.empty() && subject) to.push_back(*subject);
      if (to.empty()) to.push_back(implied_party("third_party"));
      // A harm security guards against, a safeguard about the recipients, data that identifies
      // no one, an act supposed unlawful (a ground for deletion), or a limit naming no recipient,
      // states no provision; kept as a denied one, as CA4P marks its words all the same.
      const bool states_no_provision = names_a_harm(facts, *verb) || facts.has("recipients_described") ||
                                       facts.has("non_identifying_data") || facts.has("unlawful_act_ground") ||
                                       (recipients.empty() && states_only_a_limit(facts, *verb));
      // "向关联机构提供…，让他们根据我们的指示…来为我们处理": processing entrusted to them (PIPL art. 21).
      const Action action = facts.has("entrusted_processing") ? Action::Entrust : verbs.action;
      for (const PartyMention& recipient : to) {
        Practice practice = base_practice(document, sentence, facts, action, *verb);
        practice.recipient = recipient;
        if (states_no_provision) practice.negated = true;
        if (excepted_on_legal_ground(facts, *verb)) practice.consent = ConsentKind::LegalException;
        practices.push_back(std::move(practice));
      }
      break;
    }
    if (collect) {
      Practice practice = base_practice(document, sentence, facts, Action::Collect, *collect);
      // A named SDK or third party collecting ("友盟SDK会收集…") is a flow to it; so
      // is collection in a clause about an SDK: the data reaches it through the app.
      // The collector is the party named last before the verb: in "您绑定支付宝后，我们会收集…" it is us.
      // "该SDK需要从微信获取您授权共享的账户信息", "从第三方获取…，如微信、QQ等": data taken from
      // another party comes in; neither that party nor the clause's subject receives it from us.
      const FactMatch* source = source_party(facts, *collect);
      if (const FactMatch* collector = last_handler_before(facts, source ? source->begin : collect->begin)) {
        const PartyKind kind = kind_of(collector->id, ontology_);
        if (ontology_.party(collector->id) && (kind == PartyKind::Sdk || kind == PartyKind::NamedThirdParty) &&
            !(source && source->id == collector->id)) {
          practice.action = Action::Share;
          practice.recipient = party_at(*collector);
        }
      }
      if (!practice.recipient && subject && !outward_found && !source) {
        practice.action = Action::Share;
        practice.recipient = *subject;
      }
      practices.push_back(std::move(practice));
    }
    if (practices.empty()) {
      for (auto [list, action] : {std::pair{"store_verbs", Action::Store}, std::pair{"analyse_verbs", Action::Analyse},
                                  std::pair{"use_verbs", Action::Use}}) {
        if (const FactMatch* verb = facts.first(list)) {
          practices.push_back(base_practice(document, sentence, facts, action, *verb));
          break;
        }
      }
    }
    // In a clause about an SDK, what is used or analysed there is what the SDK receives.
    if (subject)
      for (Practice& practice : practices)
        if (!practice.recipient && (practice.action == Action::Use || practice.action == Action::Analyse)) {
          practice.action = Action::Share;
          practice.recipient = *subject;
        }
    if (facts.has("cookie")) {
      const bool cookie_data = std::any_of(facts.data.begin(), facts.data.end(),
                                           [](const FactMatch& m) { return m.id == "cookies" || m.id == "cookie_id"; });
      if (cookie_data && std::none_of(practices.begin(), practices.end(),
                                      [](const Practice& p) { return p.action == Action::Cookie; })) {
        Practice practice = base_practice(document, sentence, facts, Action::Cookie, *facts.first("cookie"));
        practices.push_back(std::move(practice));
      }
    }
    return practices;
  }

  // An item naming who receives the data (an affiliate, partners, a named party or SDK) with an
  // outward verb and no legal ground; a provision to "第三方" alone is left a case of the exception.
  bool states_its_own_provision(const SentenceFacts& item) const {
    if (consent_of(item) == ConsentKind::LegalException) return false;
    const bool outward = std::any_of(std::begin(kOutwardVerbs), std::end(kOutwardVerbs), [&](const VerbList& verbs) {
      const FactMatch* verb = first_outward_verb(item, verbs.list);
      return verb && !negated_before(item, verb->begin);
    });
    return outward && std::any_of(item.parties.begin(), item.parties.end(), [&](const FactMatch& party) {
             const PartyKind kind = kind_of(party.id, ontology_);
             return party.id != "third_party" && is_outward_party(party.id, ontology_) &&
                    kind != PartyKind::Authority && kind != PartyKind::Public;
           });
  }

  // "不会…，但下列情况除外：（1）…（5）": one practice per exception item.
  std::vector<Practice> exception_practices(const Document& document, std::size_t sentence_index,
                                            const Practice& negated, std::set<std::size_t>& consumed) const {
    std::vector<Practice> items;
    const Sentence& intro = document.sentences[sentence_index];
    const Clause* clause = innermost_clause(document.clauses, intro.span);
    // A list the clause tree set beside its introduction rather than under it
    // ("…除外：" ending a preamble, then "（一）…"): each item then opens a clause.
    const bool items_beside = sentence_index + 1 < document.sentences.size() && clause &&
                              !clause->span.contains(document.sentences[sentence_index + 1].span);
    for (std::size_t i = sentence_index + 1;
         i < document.sentences.size() && items.size() < kMaxExceptionItems; ++i) {
      const Sentence& item = document.sentences[i];
      if (items_beside) {
        const Clause* own = innermost_clause(document.clauses, item.span);
        if (!own || own->span.begin != item.span.begin || names_a_topic(i)) break;
      } else if (clause && !clause->span.contains(item.span)) {
        break;
      }
      const SentenceFacts& facts = sentence_facts_[i];
      // A new promise or a new topic ends the list.
      if (facts.has("collect_verbs") && !facts.data.empty()) break;
      // "4.我们可能会将您的个人信息与我们的关联方共享。" among the cases: a provision the
      // item states itself, read as its own sentence, not as a case of the exception.
      if (states_its_own_provision(facts)) continue;
      consumed.insert(i);
      Practice practice = negated;
      practice.negated = false;
      practice.evidence = {item.span};
      practice.clause = clause_path(document.clauses, item.span);
      const ConsentKind stated = consent_of(facts);
      practice.consent = stated == ConsentKind::NoneStated ? ConsentKind::LegalException : stated;
      practice.basis = std::string(analysis_.source.slice(item.span));
      if (!facts.data.empty()) practice.data = data_of(facts);
      practice.purposes = purposes_of(facts);
      items.push_back(std::move(practice));
    }
    return items;
  }

  // A heading states an act only as a statement with its actor ("第三方支付机构收集您的
  // 支付信息"); "我们如何共享您的个人信息", "个人信息的转让" and "…的例外" name a topic.
  static bool names_only_a_topic(const SentenceFacts& heading) {
    if (heading.has("topic_heading")) return true;
    std::size_t first_verb = heading.end;
    for (const char* list : kActVerbLists)
      if (const FactMatch* verb = heading.first(list)) first_verb = std::min(first_verb, verb->begin);
    return heading.parties.empty() || heading.parties.front().begin >= first_verb;
  }

  static bool states_an_act(const SentenceFacts& facts) {
    for (const char* list : {"collect_verbs", "share_verbs", "entrust_verbs", "transfer_verbs", "disclose_verbs",
                             "sell_verbs"})
      if (facts.has(list)) return true;
    return false;
  }

  // The clauses whose heading `opens` a section: a glossary ("第一部分 定义"), the
  // exceptions to consent ("征得授权同意的例外").
  void add_sections_headed(const std::vector<Clause>& clauses, bool (*opens)(const SentenceFacts&),
                           std::vector<Span>& sections) const {
    for (const Clause& clause : clauses) {
      if (!clause.heading.empty() && !clause.body.empty() && opens(facts_of(Span{clause.span.begin, clause.body.begin}))) {
        sections.push_back(clause.span);
        continue;
      }
      add_sections_headed(clause.children, opens, sections);
    }
  }

  static bool heads_consent_exceptions(const SentenceFacts& heading) { return heading.has("consent_exemption"); }
  static bool heads_policy_changes(const SentenceFacts& heading) { return heading.has("policy_change_heading"); }

  // A heading names what its section says ("三、我们如何共享您的个人信息"); the
  // section's own sentences state the practices, the heading line none.
  bool names_a_topic(std::size_t sentence_index) const {
    const Span span = document_sentences_->at(sentence_index).span;
    return std::any_of(headings_.begin(), headings_.end(), [&](Span line) { return line.contains(span); }) &&
           names_only_a_topic(sentence_facts_[sentence_index]);
  }

  void extract_document(const Document& document) {
    // Each sentence is read once; clause subjects and exception lists look them up.
    sentence_facts_.clear();
    for (const Sentence& sentence : document.sentences) sentence_facts_.push_back(facts_of(sentence.span));
    document_sentences_ = &document.sentences;
    headings_ = topic_heading_lines(document, analysis_.normalized);
    std::vector<Span> glossaries;
    add_sections_headed(document.clauses, heads_a_glossary, glossaries);
    std::vector<Span> exception_sections;
    add_sections_headed(document.clauses, heads_consent_exceptions, exception_sections);
    std::vector<Span> policy_change_sections;
    add_sections_headed(document.clauses, heads_policy_changes, policy_change_sections);
    const auto in_glossary = [&](std::size_t i) {
      const Span span = document.sentences[i].span;
      return defines_a_term(sentence_facts_[i]) ||
             std::any_of(glossaries.begin(), glossaries.end(), [&](Span section) { return section.contains(span); });
    };
    // Consumed sentences are exception items already read with their promise.
    std::set<std::size_t> consumed;
    // "…将收集您终端用户的相关数据。数据包括：IDFA、IMEI…": the act in one sentence,
    // the data list in the next.
    std::optional<std::size_t> act_without_data;
    for (std::size_t i = 0; i < document.sentences.size(); ++i) {
      if (consumed.count(i) || in_glossary(i)) continue;
      Sentence sentence = document.sentences[i];
      const SentenceFacts* facts = &sentence_facts_[i];
      SentenceFacts merged;  // the facts of this sentence joined with the act before it
      std::vector<Practice> practices =
          names_a_topic(i) ? std::vector<Practice>{} : sentence_practices(document, sentence, *facts);
      // A table row takes its act from its header (below), never by joining the header's text.
      if (practices.empty() && !facts->data.empty() && !states_an_act(*facts) && act_without_data &&
          !in_a_table_row(*facts) && i - *act_without_data <= 2 &&
          innermost_clause(document.clauses, document.sentences[*act_without_data].span) ==
              innermost_clause(document.clauses, sentence.span)) {
        sentence.span = cover(document.sentences[*act_without_data].span, sentence.span);
        merged = facts_of(sentence.span);
        facts = &merged;
        practices = sentence_practices(document, sentence, *facts);
      }
      // "第三方SDK | 服务功能 | 获取信息" over "极光SDK | 推送 | 设备信息 |": the header's act holds
      // for every row under it, each row's data going to the party its first cell names.
      if (practices.empty() && !facts->data.empty() && !states_an_act(*facts) && in_a_table_row(*facts))
        if (const std::optional<FactMatch> header = table_header_act(*facts))
          practices = table_row_practices(document, sentence, *facts, *header);
      if (facts->data.empty() && states_an_act(*facts)) act_without_data = i;
      const bool in_exception_section = std::any_of(exception_sections.begin(), exception_sections.end(),
                                                    [&](Span section) { return section.contains(sentence.span); });
      const bool in_policy_change_section = std::any_of(policy_change_sections.begin(), policy_change_sections.end(),
                                                        [&](Span section) { return section.contains(sentence.span); });
      for (Practice& practice : practices) {
        // "重大变更包括：…个人信息共享、转让或公开披露的主要对象发生变化": a provision the section on
        // changes to this policy names is one a future version may make; kept as a denied one.
        if (in_policy_change_section && practice.recipient) practice.negated = true;
        // Under a heading "征得授权同意的例外" each item is a case needing no consent.
        if (in_exception_section && !practice.negated && practice.consent == ConsentKind::NoneStated) {
          practice.consent = ConsentKind::LegalException;
          practice.basis = std::string(analysis_.source.slice(sentence.span));
        }
        // "不会…，但下列情况除外：" and "以下情形中，我们共享…无需征得您的同意：" open a list of exceptions.
        const bool opens_exceptions = (practice.negated || practice.consent == ConsentKind::LegalException) &&
                                      facts->has("exception_intro");
        const Practice negated = practice;
        add(std::move(practice));
        if (opens_exceptions)
          for (Practice& item : exception_practices(document, i, negated, consumed)) add(std::move(item));
      }
    }
  }

  Analysis& analysis_;
  const Ontology& ontology_;
  const Lexicon& lexicon_;
  const std::vector<DocumentScan>& scans_;
  const std::string& text_;
  FirstPartyNames names_;
  const DocumentScan* scan_ = nullptr;  // of the current document
  std::vector<SentenceFacts> sentence_facts_;  // of the current document, by sentence index
  const std::vector<Sentence>* document_sentences_ = nullptr;
  std::vector<Span> headings_;  // the current document's topic heading lines
  int document_ = 0;
};

}  // namespace

void extract_practices(Analysis& analysis, const Ontology& ontology, const Lexicon& lexicon,
                       const std::vector<DocumentScan>& scans) {
  PracticeBuilder(analysis, ontology, lexicon, scans).run();
}

}  // namespace consentflow
