#include "extract/ca4p_spans.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "extract/ca4p_verbs.h"
#include "extract/clause_bounds.h"
#include "extract/lexicon.h"
#include "model/phrase_set.h"

namespace consentflow {
namespace {

std::vector<std::string> aliases_of(const Ontology& ontology, const char* party) {
  std::vector<std::string> aliases;
  if (const Party* found = ontology.party(party))
    for (const std::string& alias : found->aliases) aliases.push_back(normalize_phrase(alias));
  return aliases;
}

// Reads practices back as CA4P's annotators mark them.
class Ca4pReader {
 public:
  Ca4pReader(const Analysis& analysis, const Ontology& ontology, const Lexicon& lexicon)
      : analysis_(analysis),
        text_(analysis.normalized.text()),
        collect_verbs_(as_set(normalized_cue_phrases(ontology, {"collect_verbs"}))),
        ca4p_collect_words_(as_set(normalized_cue_phrases(ontology, {"ca4p_collect_words"}))),
        user_provision_verbs_(as_set(normalized_cue_phrases(ontology, {"user_provision_verbs"}))),
        purpose_wording_(normalized_cue_phrases(ontology, {"purpose_wording"})),
        purpose_wording_lookalikes_(normalized_cue_phrases(ontology, {"purpose_wording_lookalikes"})),
        purpose_clause_openers_(normalized_cue_phrases(ontology, {"purpose_clause_openers"})),
        consent_exemption_(normalized_cue_phrases(ontology, {"consent_exemption"})),
        condition_wording_(normalized_cue_phrases(ontology, {"condition_markers", "condition_wording"})),
        verb_words_(normalized_cue_phrases(ontology, {"verb_words"})),
        user_(aliases_of(ontology, "user")),
        first_party_(aliases_of(ontology, "first_party")),
        list_openers_(normalized_cue_phrases(ontology, {"ca4p_list_openers"})),
        scene_openers_(normalized_cue_phrases(ontology, {"ca4p_scene_openers"})),
        data_modifiers_(normalized_cue_phrases(ontology, {"ca4p_data_modifiers"})),
        non_handling_words_(normalized_cue_phrases(ontology, {"ca4p_non_handling_words"})),
        scene_closers_(normalized_cue_phrases(ontology, {"ca4p_scene_closers"})),
        definition_wording_(normalized_cue_phrases(ontology, {"ca4p_definition_wording"})),
        verbs_(ontology) {
    for (const LexiconMatch& match : lexicon.scan(text_))
      if (match.kind == LexiconKind::Data) data_in_text_.emplace_back(match.begin, match.end);
  }

  std::vector<LabelledSpan> read() {
    // Denied practices count too: CA4P marks the parts of "我们不会与…共享…".
    for (const Practice& practice : analysis_.practices) read(practice);
    read_sentences_without_practice();
    // "向该用户提供": a party named inside the phrase of the party data goes to does
    // not act, whichever practice named it the actor.
    std::vector<Span> others;
    for (const LabelledSpan& span : spans_)
      if (span.label == "subject") others.push_back(span.span);
    std::erase_if(spans_, [&](const LabelledSpan& span) {
      return span.label == "handler" &&
             std::any_of(others.begin(), others.end(), [&](const Span& other) { return other.contains(span.span); });
    });
    return {spans_.begin(), spans_.end()};
  }

 private:
  static std::set<std::string> as_set(const std::vector<std::string>& phrases) {
    return {phrases.begin(), phrases.end()};
  }

  void add(const char* label, Span span) {
    if (!span.empty()) spans_.insert({label, span});
  }

  // A data word naming a feature or a means, not data handled: "账号登录",
  // "账号安全", "语音评测功能", "通过手机号创建账号", "GPS等方式".
  // Nor one after a word that neither handles nor hands on data: "属于敏感信息",
  // "向您发送短信", "基于地理位置", "找回账号".
  void add_data(Span data) {
    std::string_view before = std::string_view(text_).substr(0, analysis_.normalized.to_bytes(data).first);
    for (std::string_view owner : {"您的", "你的", "用户的"})
      if (before.ends_with(owner)) before.remove_suffix(owner.size());
    if (std::any_of(non_handling_words_.begin(), non_handling_words_.end(),
                    [&](const std::string& word) { return before.ends_with(word); }))
      return;
    std::string_view after = std::string_view(text_).substr(analysis_.normalized.to_bytes(data).second);
    for (std::string_view filler : {"的", "相关"})
      if (after.starts_with(filler)) after.remove_prefix(filler.size());
    const std::optional<PhraseMatch> modified = data_modifiers_.find(after.substr(0, std::min<std::size_t>(after.size(), 24)));
    if (!modified || modified->begin != 0) add("data", data);
  }

  // The bare verb inside a longer cue: "向第三方提供" and "您需要提供" are "提供".
  std::pair<std::size_t, std::size_t> verb_word(Span action) const {
    const auto [begin, end] = analysis_.normalized.to_bytes(action);
    const std::vector<PhraseMatch> words = verb_words_.find_all(std::string_view(text_).substr(begin, end - begin));
    if (words.empty()) return {begin, end};
    return {begin + words.back().begin, begin + words.back().end};
  }

  // The last mention of one of `aliases` in [from, to).
  std::optional<std::pair<std::size_t, std::size_t>> last_mention(const PhraseSet& aliases, std::size_t from,
                                                                   std::size_t to) const {
    const std::vector<PhraseMatch> found = aliases.find_all(std::string_view(text_).substr(from, to - from));
    if (found.empty()) return std::nullopt;
    return std::pair{from + found.back().begin, from + found.back().end};
  }

  // "您需要向我们提供手机号码": the user hands data over (CA4P's share), the user
  // named before the verb is the handler and the first party in it the receiver.
  void read_user_provision(const Practice& practice, std::size_t verb_begin, std::size_t verb_end) {
    add("share", analysis_.normalized.to_span(verb_begin, verb_end));
    const auto [sentence_begin, sentence_end] = analysis_.normalized.to_bytes(practice.evidence.front());
    const auto [action_begin, action_end] = analysis_.normalized.to_bytes(practice.action_span);
    if (const auto user = last_mention(user_, sentence_begin, verb_begin))
      add("handler", analysis_.normalized.to_span(user->first, user->second));
    if (const auto us = last_mention(first_party_, action_begin, action_end))
      add("subject", analysis_.normalized.to_span(us->first, us->second));
  }

  // The clauses of a sentence as byte ranges: the runs between commas, stops and colons.
  std::vector<std::pair<std::size_t, std::size_t>> clauses_of(Span sentence) const {
    const auto [begin, end] = analysis_.normalized.to_bytes(sentence);
    return clauses_in(text_, begin, end);
  }

  // Whether a clause opens with `match` once list numbering and markup are skipped
  // ("2. 为预防…", "* 为展示…"): only ASCII can come before it.
  bool opens_clause(std::size_t clause_begin, std::size_t at) const {
    for (std::size_t i = clause_begin; i < at; ++i)
      if (static_cast<unsigned char>(text_[i]) >= 0x80) return false;
    return true;
  }

  // CA4P's purpose is the rest of the clause after a purpose word ("为了…", "用于…",
  // "以便…", "出于…目的"), or after a 为 opening the clause ("为展示您的订单，"),
  // whether or not the ontology knows the purpose; a purpose cue without such a word
  // ("登录", "支付") is mostly a feature named in passing. A purpose word inside a
  // condition ("在为实现目的所必需的期限内") belongs to the condition.
  void read_worded_purposes(Span sentence) {
    for (const auto& [begin, end] : clauses_of(sentence)) {
      const std::string_view clause = std::string_view(text_).substr(begin, end - begin);
      const std::vector<PhraseMatch> conditions = condition_wording_.find_all(clause);
      const std::vector<PhraseMatch> lookalikes = purpose_wording_lookalikes_.all_matches(clause);
      std::vector<PhraseMatch> markers = purpose_wording_.find_all(clause);
      for (const PhraseMatch& opener : purpose_clause_openers_.find_all(clause))
        if (opens_clause(begin, begin + opener.begin) &&
            std::none_of(markers.begin(), markers.end(), [&](const PhraseMatch& m) { return m.begin == opener.begin; }))
          markers.push_back(opener);
      for (const PhraseMatch& marker : markers) {
        const bool inside_condition = std::any_of(conditions.begin(), conditions.end(), [&](const PhraseMatch& c) {
          return c.begin < marker.begin && marker.end < c.end;
        });
        const bool inside_lookalike = std::any_of(lookalikes.begin(), lookalikes.end(), [&](const PhraseMatch& l) {
          return l.begin < marker.begin && marker.begin < l.end;
        });
        // A purpose of one code point ("为此") states none.
        if (inside_condition || inside_lookalike || clause.size() - marker.end < 6) continue;
        add("purpose", analysis_.normalized.to_span(begin + marker.end, end));
      }
    }
  }

  // Consent waived ("无需征得您的授权同意") is no condition, and neither is the
  // heading of a list item ("1、在获取明确同意的情况下共享：获得您的明确同意后，…"):
  // its body states the condition.
  bool states_a_condition(std::size_t begin, std::size_t end, std::size_t sentence_end) const {
    if (consent_exemption_.occurs_in(std::string_view(text_).substr(begin, end - begin))) return false;
    const bool heads_an_item =
        text_.compare(end, 1, ":") == 0 && text_.find_first_not_of(" \n", end + 1) < sentence_end;
    return !heads_an_item;
  }

  // CA4P marks every condition of a practice, each from its marker to the end of its
  // clause: "根据法律法规规定，", "除非得到您的同意，", "以下情形中，", "当您…时，".
  void read_worded_conditions(Span sentence) {
    const std::size_t sentence_end = analysis_.normalized.to_bytes(sentence).second;
    for (const auto& [begin, end] : clauses_of(sentence)) {
      const std::string_view clause = std::string_view(text_).substr(begin, end - begin);
      const std::optional<PhraseMatch> marker = condition_wording_.find(clause);
      if (marker && states_a_condition(begin, end, sentence_end))
        add("condition", analysis_.normalized.to_span(begin + marker->begin, end));
    }
  }

  // The practice's own condition, read with the sentence it is in (an exception
  // item keeps the condition of the promise before it).
  void read_practice_condition(const Practice& practice) {
    const Span condition = practice.condition_span;
    if (condition.empty()) return;
    const auto sentence = std::find_if(practice.evidence.begin(), practice.evidence.end(),
                                       [&](const Span& s) { return s.contains(condition); });
    const auto [begin, end] = analysis_.normalized.to_bytes(condition);
    const std::size_t sentence_end = sentence == practice.evidence.end() ? end : analysis_.normalized.to_bytes(*sentence).second;
    if (states_a_condition(begin, end, sentence_end)) add("condition", condition);
  }

  // Every act the sentence states on the practice's data, with its actor and
  // the other parties; how many acts it found.
  std::size_t read_verbs(const Practice& practice) {
    std::size_t found = 0;
    std::vector<Span> data;
    for (const DataMention& mention : practice.data) data.push_back(mention.span);
    for (const Span& sentence : practice.evidence)
      for (const Ca4pVerbReader::UnnamedObject& object : verbs_.unnamed_objects(analysis_.normalized, sentence, data)) {
        if (!object.points_elsewhere) add("data", object.span);
        data.push_back(object.span);
      }
    for (const Span& sentence : practice.evidence)
      for (const Ca4pVerb& verb : verbs_.read(analysis_.normalized, sentence, data)) {
        add(verb.label.c_str(), verb.verb);
        for (const Span& actor : verb.actors) add("handler", actor);
        for (const Span& other : verb.others) add("subject", other);
        ++found;
      }
    return found;
  }

  // Whether the practice's own verb, read when the sentence's verbs found no act,
  // states one CA4P marks as collect: one of its collect words (not "Cookie", "用于",
  // "识别"), not
  // the user's own act ("在使用…时", "您使用"), and not a verb naming a noun after
  // a clause or list break ("、使用的语言", "…时，收集的有关您位置的信息") —
  // "我们收集的数据包括" states the act.
  bool states_a_collect(std::size_t verb_begin, std::size_t verb_end) const {
    if (!ca4p_collect_words_.count(text_.substr(verb_begin, verb_end - verb_begin))) return false;
    const std::string_view before = std::string_view(text_).substr(0, verb_begin);
    const std::string_view after = std::string_view(text_).substr(verb_end);
    const auto before_ends_with = [&](std::initializer_list<std::string_view> words) {
      return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return before.ends_with(w); });
    };
    // "在使用…时": the user's use of the app, the user left unnamed.
    if (users_own_act(before) || before.ends_with("在")) return false;
    return !(after.starts_with("的") && before_ends_with({",", "、", ":", "时", "中", "方式"}));
  }

  // The data the lexicon names in [begin, end) bytes.
  std::vector<Span> data_between(std::size_t begin, std::size_t end) const {
    std::vector<Span> data;
    for (const auto& [from, to] : data_in_text_)
      if (from >= begin && to <= end) data.push_back(analysis_.normalized.to_span(from, to));
    return data;
  }

  // A list item naming data under the act that heads its list: "b) 账户信息：手机号",
  // "（1）个人基本信息，包括姓名、性别…", "位置信息包括精准定位信息、经纬度": the item
  // opens (past its numbering) with data, then a colon or a word opening its parts.
  bool lists_data(std::size_t begin, std::size_t end, const std::vector<Span>& data) const {
    const auto [first_begin, first_end] = analysis_.normalized.to_bytes(data.front());
    std::size_t at = begin;
    while (at < first_begin && (static_cast<unsigned char>(text_[at]) < 0x80 || text_.compare(at, 3, "、") == 0 ||
                                text_.compare(at, 3, "●") == 0 || text_.compare(at, 3, "•") == 0))
      at += static_cast<unsigned char>(text_[at]) < 0x80 ? 1 : 3;
    if (at != first_begin) return false;
    const std::string_view rest = std::string_view(text_).substr(first_end, end - first_end);
    const std::optional<PhraseMatch> opener = list_openers_.find(rest);
    return opener && opener->begin == 0;
  }

  // Sentences no practice reads still state acts CA4P marks ("婚礼纪不会将您的个人信息
  // 透露给任何第三人") or list the data of an act stated before them.
  void read_sentences_without_practice() {
    std::vector<Span> read;
    for (const Practice& practice : analysis_.practices)
      read.insert(read.end(), practice.evidence.begin(), practice.evidence.end());
    for (const Document& document : analysis_.documents)
      for (const Sentence& sentence : document.sentences) {
        if (std::any_of(read.begin(), read.end(), [&](const Span& s) { return s.overlaps(sentence.span); })) continue;
        const auto [begin, end] = analysis_.normalized.to_bytes(sentence.span);
        if (definition_wording_.occurs_in(std::string_view(text_).substr(begin, end - begin))) continue;
        const std::vector<Span> named = data_between(begin, end);
        std::vector<Span> data = named;
        std::vector<Span> unnamed;
        for (const Ca4pVerbReader::UnnamedObject& object : verbs_.unnamed_objects(analysis_.normalized, sentence.span, named)) {
          data.push_back(object.span);
          if (!object.points_elsewhere) unnamed.push_back(object.span);
        }
        if (data.empty()) continue;
        std::sort(data.begin(), data.end());
        const std::vector<Ca4pVerb> verbs = verbs_.read(analysis_.normalized, sentence.span, data);
        if (verbs.empty() && (named.empty() || !lists_data(begin, end, named))) continue;
        for (const Span& mention : named)
          if (!sets_the_scene(mention, sentence.span)) add_data(mention);
        for (const Span& object : unnamed) add("data", object);
        for (const Ca4pVerb& verb : verbs) {
          add(verb.label.c_str(), verb.verb);
          for (const Span& actor : verb.actors) add("handler", actor);
          for (const Span& other : verb.others) add("subject", other);
        }
      }
  }

  // Data named in a clause setting the scene before any act: "当您注册账号时，",
  // "为保障您的游戏账号安全，": a clause opening with a time, condition or purpose word,
  // no verb in it nor before it in the sentence. CA4P marks no data there.
  bool sets_the_scene(Span data, Span sentence) const {
    const auto [sentence_begin, sentence_end] = analysis_.normalized.to_bytes(sentence);
    const auto [data_begin, data_end] = analysis_.normalized.to_bytes(data);
    const std::string_view words = std::string_view(text_).substr(sentence_begin, sentence_end - sentence_begin);
    const std::size_t begin = clause_start(words, data_begin - sentence_begin, 0);
    const std::size_t end = clause_end(words, data_end - sentence_begin, words.size());
    std::size_t opens = begin;
    while (opens < end && static_cast<unsigned char>(words[opens]) < 0x80) ++opens;
    const std::optional<PhraseMatch> opener = scene_openers_.find(words.substr(opens, end - opens));
    if (!opener || opener->begin != 0 || verb_words_.occurs_in(words.substr(0, begin))) return false;
    // The scene may end inside the clause and an act follow it, taking the data:
    // "在游戏进行时我们将收集您的硬件信息", "在征得您同意的情况下披露您的个人信息".
    const std::string_view lead = words.substr(begin, data_begin - sentence_begin - begin);
    const std::optional<PhraseMatch> closer = scene_closers_.find(lead);
    if (closer && verb_words_.occurs_in(lead.substr(closer->end))) return false;
    return true;
  }

  // "我们的客服系统": the possessor of the actor is not the one acting.
  bool possessor(Span party) const {
    if (party.empty()) return false;
    return std::string_view(text_).substr(analysis_.normalized.to_bytes(party).second).starts_with("的");
  }

  void read(const Practice& practice) {
    for (const DataMention& data : practice.data)
      if (std::none_of(practice.evidence.begin(), practice.evidence.end(),
                       [&](const Span& sentence) { return sentence.contains(data.span) && sets_the_scene(data.span, sentence); }))
        add_data(data.span);
    const std::size_t verbs_found = read_verbs(practice);
    for (const Span& sentence : practice.evidence) {
      read_worded_purposes(sentence);
      read_worded_conditions(sentence);
    }
    read_practice_condition(practice);
    if (practice.action_span.empty()) return;
    const std::string verb(analysis_.normalized.view(practice.action_span));
    const auto [verb_begin, verb_end] = verb_word(practice.action_span);
    const Span verb_span = analysis_.normalized.to_span(verb_begin, verb_end);
    if (practice.action == Action::Collect && user_provision_verbs_.count(verb)) {
      read_user_provision(practice, verb_begin, verb_end);
      return;
    }
    // CA4P's "handler" is the party acting and its "subject" the party the data
    // goes to (第三方, 关联公司, an SDK).
    if (!possessor(practice.actor.span)) add("handler", practice.actor.span);
    // The sentence's own verbs, when it has any, name the acts and their other
    // parties better than the practice's first verb and recipient: "在获取明确同意的
    // 情况下转让：…我们会向其他方转让…" states its act in the second 转让.
    if (verbs_found) return;
    if (practice.recipient) add("subject", practice.recipient->span);
    // CA4P's "collect" is any act of the handler on the data it holds: collecting,
    // using, keeping, analysing.
    switch (practice.action) {
      case Action::Collect:
      case Action::Cookie:
      case Action::Use:
      case Action::Store:
      case Action::Analyse:
        if (states_a_collect(verb_begin, verb_end)) add("collect", verb_span);
        break;
      case Action::Share:
      case Action::Entrust:
      case Action::Transfer:
      case Action::Disclose:
      case Action::Sell:
        add(collect_verbs_.count(verb) ? "collect" : "share", verb_span);
        break;
    }
  }

  const Analysis& analysis_;
  const std::string& text_;
  const std::set<std::string> collect_verbs_;
  const std::set<std::string> ca4p_collect_words_;
  const std::set<std::string> user_provision_verbs_;
  const PhraseSet purpose_wording_;
  const PhraseSet purpose_wording_lookalikes_;
  const PhraseSet purpose_clause_openers_;
  const PhraseSet consent_exemption_;
  const PhraseSet condition_wording_;
  const PhraseSet verb_words_;
  const PhraseSet user_;
  const PhraseSet first_party_;
  const PhraseSet list_openers_;
  const PhraseSet scene_openers_;
  const PhraseSet data_modifiers_;
  const std::vector<std::string> non_handling_words_;
  const PhraseSet scene_closers_;
  const PhraseSet definition_wording_;
  const Ca4pVerbReader verbs_;
  std::vector<std::pair<std::size_t, std::size_t>> data_in_text_;  // the lexicon's data matches, bytes
  std::set<LabelledSpan> spans_;
};

}  // namespace

std::vector<LabelledSpan> ca4p_spans(const Analysis& analysis, const Ontology& ontology, const Lexicon& lexicon) {
  return Ca4pReader(analysis, ontology, lexicon).read();
}

}  // namespace consentflow
