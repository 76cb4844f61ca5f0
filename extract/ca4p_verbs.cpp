#include "extract/ca4p_verbs.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "extract/clause_bounds.h"
#include "extract/lexicon.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// Every party's aliases, the user's first: the user acts only in handing data
// over ("您需要向我们提供"), its own use of the app ("您使用") is no act on data.
std::vector<std::string> acting_party_aliases(const Ontology& ontology, bool user) {
  std::vector<std::string> aliases;
  for (const Party& party : ontology.parties)
    if ((party.kind == PartyKind::User) == user)
      for (const std::string& alias : party.aliases) aliases.push_back(normalize_phrase(alias));
  return aliases;
}

std::vector<std::string> user_then_other_aliases(const Ontology& ontology) {
  std::vector<std::string> aliases = acting_party_aliases(ontology, true);
  const std::vector<std::string> others = acting_party_aliases(ontology, false);
  aliases.insert(aliases.end(), others.begin(), others.end());
  return aliases;
}

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return text.starts_with(p); });
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view s) { return text.ends_with(s); });
}

// "收集的信息", "所收集", "收集到的", "服务提供商": the verb describes or names a
// noun, it states no act.
bool describes_a_noun(std::string_view sentence, const PhraseMatch& verb) {
  const std::string_view after = sentence.substr(verb.end);
  return starts_with_any(after, {"的", "到的", "过的", "后的", "商", "方", "者"}) ||
         sentence.substr(0, verb.begin).ends_with("所");
}

// The user's own act on the app, not the handler's.
bool done_by_the_user(std::string_view sentence, const PhraseMatch& verb) {
  return users_own_act(sentence.substr(0, verb.begin));
}

// "为您提供", "提供服务所必要的…": a service given to the user, no data handed on.
bool serves_the_user(std::string_view sentence, const PhraseMatch& verb) {
  return ends_with_any(sentence.substr(0, verb.begin), {"为您", "向您", "给您", "为你", "向你", "为用户", "向用户"}) ||
         starts_with_any(sentence.substr(verb.end), {"服务", "产品"});
}

// "收集、使用", "使用或整合", "收集并保存": verbs sharing one object.
bool joined(std::string_view between) {
  for (std::string_view word : {"、", "和/或", "或者", "以及", "并且", "和", "或", "并", "及", "与", "/", " "}) {
    while (between.starts_with(word)) between.remove_prefix(word.size());
  }
  return between.empty();
}

// "您的个人信息可能会与我们的关联公司共享": a sharing verb ending its clause,
// its object named earlier in the clause and no other act in between.
bool hands_on_data_named_before(std::string_view sentence, const std::vector<PhraseMatch>& verbs, std::size_t k,
                                const std::vector<std::size_t>& objects) {
  const std::size_t start = clause_start(sentence, verbs[k].begin, 0);
  const auto object = std::lower_bound(objects.begin(), objects.end(), start);
  if (object == objects.end() || *object >= verbs[k].begin) return false;
  return k == 0 || verbs[k - 1].begin < *object;
}

// Whether a noun ends where `rest` begins: at punctuation, the end, or a word that
// follows a noun phrase ("等", "并", "以便", "用于"), not a word continuing it
// ("数据统计", "信息的主体").
bool ends_a_noun_phrase(std::string_view rest) {
  if (rest.empty() || static_cast<unsigned char>(rest.front()) < 0x80) return true;
  return starts_with_any(rest, {"等", "并", "以", "用", "和", "及", "或", "给", "至", "是", "时", "。", "、", "（", "）", "；", "：", "，"});
}

// "3、与关联公司共享：", "…共享、提供或转让至第三方情形时，": a clause naming an act
// to head a list item or a case states no act itself.
bool heads_an_item_or_case(std::string_view sentence, std::size_t clause_end) {
  const std::string_view rest = sentence.substr(clause_end);
  return rest.starts_with(":") || ends_with_any(sentence.substr(0, clause_end), {"时", "情形", "情况下"});
}

// "该SDK需要获取", "闪验SDK通过获取", "上述手机厂商Push SDK需要读取": an SDK the
// ontology does not name acts when it opens the verb's clause, a few words before
// the verb. Its name runs back from "SDK" over letters, digits and spaces.
std::optional<ByteRange> sdk_before(std::string_view sentence, std::size_t clause, std::size_t verb) {
  constexpr std::size_t kMostBytesToVerb = 12;  // "需要通过" and the like: four CJK characters
  constexpr int kLongestName = 16;              // characters
  const std::string_view before = sentence.substr(clause, verb - clause);
  std::size_t at = std::string_view::npos;
  for (std::string_view word : {"SDK", "sdk", "Sdk"}) {
    const std::size_t found = before.rfind(word);
    if (found != std::string_view::npos && (at == std::string_view::npos || found > at)) at = found;
  }
  if (at == std::string_view::npos || before.size() - (at + 3) > kMostBytesToVerb) return std::nullopt;
  std::size_t name = clause + at;
  for (int count = 0; name > clause && count < kLongestName; ++count) {
    std::size_t previous = name - 1;
    while (previous > clause && utf8::is_continuation(static_cast<unsigned char>(sentence[previous]))) --previous;
    std::size_t probe = previous;
    const char32_t c = utf8::decode(sentence, probe);
    const bool name_char = (c >= 0x4E00 && c <= 0x9FFF) ||
                           (c < 0x80 && (std::isalnum(static_cast<int>(c)) != 0 || c == U' ' || c == U'+' || c == U'-'));
    if (!name_char) break;
    name = previous;
  }
  while (name < clause + at && (sentence[name] == ' ' || sentence[name] == '*')) ++name;
  return ByteRange{name, clause + at + 3};
}

// "能够提供相关信息的WLAN接入点": a sharing verb whose object is the last data of its
// clause and is followed by 的 describes the noun after it, it hands nothing on.
bool modifies_a_noun(std::string_view sentence, const std::vector<ByteRange>& mentions, std::size_t object,
                     std::size_t clause_end) {
  const auto mention = std::find_if(mentions.begin(), mentions.end(), [&](const ByteRange& m) { return m.first == object; });
  if (mention == mentions.end() || !sentence.substr(mention->second).starts_with("的")) return false;
  return std::none_of(mentions.begin(), mentions.end(),
                      [&](const ByteRange& m) { return m.first > mention->second && m.first < clause_end; });
}

}  // namespace

// "您使用…的功能", "用户访问的页面", "您也可以选择使用第三方账号登录": modal words may
// stand between the user and the verb.
bool users_own_act(std::string_view before_verb) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view modal : {"也", "还", "可以", "可", "需要", "需", "选择", "直接", "申请", "在"})
      if (before_verb.ends_with(modal)) {
        before_verb.remove_suffix(modal.size());
        stripped = true;
      }
  }
  return ends_with_any(before_verb, {"您", "你", "用户"});
}

Ca4pVerbReader::Ca4pVerbReader(const Ontology& ontology)
    : collect_count_(normalized_cue_phrases(ontology, {"ca4p_collect_words"}).size()),
      verbs_(normalized_cue_phrases(ontology, {"ca4p_collect_words", "ca4p_share_words"})),
      data_heads_(normalized_cue_phrases(ontology, {"ca4p_data_heads"})),
      user_count_(acting_party_aliases(ontology, true).size()),
      parties_(user_then_other_aliases(ontology)),
      recipients_(ontology, acting_party_aliases(ontology, true), user_then_other_aliases(ontology)),
      earlier_data_(normalized_cue_phrases(ontology, {"earlier_data"})) {}

std::vector<Ca4pVerbReader::UnnamedObject> Ca4pVerbReader::unnamed_objects(const NormalizedText& text, Span sentence,
                                                                         const std::vector<Span>& data) const {
  const auto [begin, end] = text.to_bytes(sentence);
  const std::string_view words = std::string_view(text.text()).substr(begin, end - begin);
  const auto names_data_in = [&](std::size_t from, std::size_t to) {
    return std::any_of(data.begin(), data.end(), [&](const Span& mention) {
      const auto [mention_begin, mention_end] = text.to_bytes(mention);
      return mention_begin < begin + to && begin + from < mention_end;
    });
  };
  // A data name runs at most this far: a longer stretch is a clause of its own.
  constexpr std::size_t longest_name = 60;
  const std::vector<PhraseMatch> verbs = verbs_.find_all(words);
  std::vector<UnnamedObject> objects;
  for (std::size_t k = 0; k < verbs.size(); ++k) {
    const PhraseMatch& verb = verbs[k];
    if (names_data_in(verb.begin, verb.end) || describes_a_noun(words, verb) ||
        (verb.phrase < collect_count_ ? done_by_the_user(words, verb) : serves_the_user(words, verb)))
      continue;
    // The object stops at the clause end or the next verb, which takes what follows —
    // not the user's act inside the object's name ("收集您使用服务的相关信息").
    std::size_t stop = std::min(clause_end(words, verb.end, words.size()), verb.end + longest_name);
    for (std::size_t next = k + 1; next < verbs.size() && verbs[next].begin < stop; ++next)
      if (!done_by_the_user(words, verbs[next]) && !describes_a_noun(words, verbs[next])) {
        stop = verbs[next].begin;
        break;
      }
    if (starts_with_any(words.substr(verb.end), {"给", "至"}) || names_data_in(verb.end, stop)) continue;
    const std::optional<PhraseMatch> head = data_heads_.find(words.substr(verb.end, stop - verb.end));
    if (!head) continue;
    std::size_t from = verb.end;
    for (std::string_view owner : {"您的", "你的", "用户的", "您", "的"})
      if (words.substr(from).starts_with(owner)) from += owner.size();
    const std::size_t to = verb.end + head->end;
    // "这些信息", "以下信息": a pointer to data named elsewhere, which CA4P seldom marks;
    // "、推送信息", "数据统计", "此类信息的…主体": no noun phrase the verb takes whole.
    const std::string_view object = words.substr(from, to - from);
    if (starts_with_any(object, {"、", "("}) || !ends_a_noun_phrase(words.substr(to))) continue;
    const bool points = to <= from + head->end - head->begin ||
                        starts_with_any(object, {"这", "此", "该", "上述", "以上", "前述", "相关", "以下", "下列", "某些", "任何"});
    objects.push_back({text.to_span(begin + from, begin + to), points});
  }
  return objects;
}

std::vector<Ca4pVerb> Ca4pVerbReader::read(const NormalizedText& text, Span sentence,
                                           const std::vector<Span>& data) const {
  const auto [begin, end] = text.to_bytes(sentence);
  const std::string_view words = std::string_view(text.text()).substr(begin, end - begin);
  std::vector<std::size_t> objects;  // where each data mention begins, sentence bytes
  std::vector<std::pair<std::size_t, std::size_t>> mentions;
  for (const Span& mention : data) {
    const auto [from, to] = text.to_bytes(mention);
    if (from >= begin && to <= end) {
      objects.push_back(from - begin);
      mentions.emplace_back(from - begin, to - begin);
    }
  }
  // "使用、共享、转让或披露此信息": data named again by a word pointing back is an object too.
  for (const PhraseMatch& back : earlier_data_.find_all(words)) objects.push_back(back.begin);
  // "通话记录", "使用情况": a verb inside a data name is part of the name.
  const auto inside_data = [&](const PhraseMatch& verb) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const auto& mention) { return verb.begin < mention.second && mention.first < verb.end; });
  };
  std::sort(objects.begin(), objects.end());

  std::vector<PhraseMatch> verbs = verbs_.find_all(words);
  verbs.erase(std::remove_if(verbs.begin(), verbs.end(),
                             [&](const PhraseMatch& verb) {
                               return inside_data(verb) || describes_a_noun(words, verb) ||
                                      (verb.phrase < collect_count_ ? done_by_the_user(words, verb)
                                                                     : serves_the_user(words, verb));
                             }),
              verbs.end());
  // The party phrases each verb hands data to or takes it from ("与这些支付机构共享",
  // "提供给前述提供商"), whole: the parties named in them do not act.
  std::vector<std::vector<ByteRange>> recipients;
  for (const PhraseMatch& verb : verbs)
    recipients.push_back(recipients_.read(words, {verb.begin, verb.end}, verb.phrase >= collect_count_, mentions));
  // Right to left, so a verb joined to the next one shares its object.
  std::vector<bool> acts(verbs.size(), false);
  for (std::size_t k = verbs.size(); k-- > 0;) {
    const PhraseMatch& verb = verbs[k];
    const std::size_t stop = clause_end(words, verb.end, words.size());
    const auto object = std::lower_bound(objects.begin(), objects.end(), verb.end);
    const bool has_object = object != objects.end() && *object < stop;
    const bool next_in_clause = k + 1 < verbs.size() && verbs[k + 1].begin < stop;
    if (has_object && (!next_in_clause || verbs[k + 1].begin >= *object))
      acts[k] = !(verb.phrase >= collect_count_ && modifies_a_noun(words, mentions, *object, stop));
    else if (next_in_clause && acts[k + 1] && joined(words.substr(verb.end, verbs[k + 1].begin - verb.end)))
      acts[k] = true;
    else if (verb.phrase >= collect_count_ && stop == verb.end)
      acts[k] = hands_on_data_named_before(words, verbs, k, objects);
    // "将上述信息共享给第三方": a sharing verb with the party data goes to states the
    // act, its object named before it or only as "上述信息".
    if (!acts[k] && verb.phrase >= collect_count_ && !recipients[k].empty())
      acts[k] = !heads_an_item_or_case(words, stop);
  }

  const std::vector<PhraseMatch> parties = parties_.find_all(words);
  std::vector<Ca4pVerb> found;
  for (std::size_t k = 0; k < verbs.size(); ++k) {
    if (!acts[k]) continue;
    const PhraseMatch& verb = verbs[k];
    Ca4pVerb read{verb.phrase < collect_count_ ? "collect" : "share", text.to_span(begin + verb.begin, begin + verb.end),
                  {}, {}};
    // The actor: the party named last before the verb, not a possessor ("我们的…")
    // nor the party data goes to or comes from ("向第三方", "与合作伙伴", "从…").
    const std::size_t clause = clause_start(words, verb.begin, 0);
    bool listing = false;          // the party before continues a list of other parties
    bool marked_possessor = false;  // "与我们的关联公司": the mark reaches past "我们的"
    std::optional<PhraseMatch> actor;      // the last actor found
    std::optional<PhraseMatch> possessor;  // the last possessor passed ("我们的")
    const bool shares = verb.phrase >= collect_count_;
    const auto in_recipient = [&](const PhraseMatch& party) {
      return std::any_of(recipients[k].begin(), recipients[k].end(),
                         [&](const ByteRange& r) { return r.first <= party.begin && party.end <= r.second; });
    };
    for (const ByteRange& recipient : recipients[k])
      read.others.push_back(text.to_span(begin + recipient.first, begin + recipient.second));
    for (const PhraseMatch& party : parties) {
      if (party.end > verb.begin) break;
      if (in_recipient(party)) continue;
      // The user acts only in handing data over, and only within the verb's clause.
      const bool user = party.phrase < user_count_;
      // "您需要提交", not "我们将您提供的信息共享": no other act between the user and the verb.
      if (user && (!shares || party.begin < clause ||
                   !verbs_.find_all(words.substr(party.end, verb.begin - party.end)).empty()))
        continue;
      const std::string_view before = words.substr(0, party.begin);
      // "按司法机关的要求", "…以外的任何第三方": parties the act answers to or excludes.
      const bool marked = ends_with_any(before, {"向", "与", "给", "同", "从", "跟", "对", "按", "根据", "依照", "以外的", "之外的", "外的"}) ||
                          (marked_possessor && before.ends_with("的"));
      marked_possessor = false;
      // "第三方账号登录": an account the user holds, no party acting.
      if (starts_with_any(words.substr(party.end), {"账号", "帐号", "账户", "帐户"})) continue;
      if (words.substr(party.end).starts_with("的")) {
        marked_possessor = marked;
        possessor = party;
        continue;
      }
      listing = party.begin >= clause && (marked || (listing && ends_with_any(before, {"、", "和", "及", "或", "以及"})));
      if (listing)
        read.others.push_back(text.to_span(begin + party.begin, begin + party.end));
      else if (!marked) {
        // "我们及我们的关联公司", "我们或关联方": parties joined as actors all act.
        const std::size_t named_from =
            possessor && actor && possessor->begin >= actor->end && words.substr(possessor->end, party.begin - possessor->end) == "的"
                ? possessor->begin
                : party.begin;
        if (!actor || named_from == actor->end || !joined(words.substr(actor->end, named_from - actor->end)))
          read.actors.clear();
        read.actors.push_back(text.to_span(begin + party.begin, begin + party.end));
        actor = party;
      }
    }
    // "提供给我们的关联公司、合作伙伴": the parties named after 给 or 至.
    if (starts_with_any(words.substr(verb.end), {"给", "至"}))
      for (const PhraseMatch& party : parties)
        if (party.begin > verb.end && party.end <= clause_end(words, verb.end, words.size()) &&
            !words.substr(party.end).starts_with("的") && !in_recipient(party))
          read.others.push_back(text.to_span(begin + party.begin, begin + party.end));
    if (read.actors.empty())
      if (const auto sdk = sdk_before(words, clause, verb.begin))
        read.actors.push_back(text.to_span(begin + sdk->first, begin + sdk->second));
    found.push_back(std::move(read));
  }
  return found;
}

}  // namespace consentflow
