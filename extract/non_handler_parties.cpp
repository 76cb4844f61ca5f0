#include "extract/non_handler_parties.h"

#include <algorithm>
#include <initializer_list>

namespace consentflow {
namespace {

// Bytes (normalized UTF-8; 3 per CJK character) a cue may stand from the names it qualifies.
constexpr std::size_t kRunGap = 24;       // between two names of one enumeration: "微信、QQ或微博等第三方"
constexpr std::size_t kMarkerReach = 15;  // marker to names: "从我们关联公司处"
constexpr std::size_t kVerbReach = 30;    // names to the verb after them: "第三方处间接获取"
// A name to "向我们提供" after it, in one phrase: "支付宝会在您点击确认对应提示弹窗后向我们提供".
constexpr std::size_t kToUsReach = 60;
constexpr std::size_t kSuffixReach = 9;   // names to a word that qualifies them: "等方式", "）登录"

constexpr std::initializer_list<const char*> kOutwardVerbLists = {"share_verbs", "transfer_verbs", "entrust_verbs",
                                                                  "disclose_verbs", "sell_verbs"};

bool crosses_phrase(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from) return false;
  const std::string_view between = text.substr(from, to - from);
  for (std::string_view stop : {",", "。", ";", ":", "!", "?"})
    if (between.find(stop) != std::string_view::npos) return true;
  return false;
}

bool is_other_party(const FactMatch& party) { return party.id != "first_party" && party.id != "user"; }

// Consecutive party names read as one: "从微信、QQ或微博等第三方获取".
struct NameRun {
  std::size_t first = 0;  // indexes into facts.parties
  std::size_t last = 0;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
};

std::vector<NameRun> name_runs(std::string_view text, const std::vector<FactMatch>& parties) {
  std::vector<NameRun> runs;
  bool open = false;
  for (std::size_t i = 0; i < parties.size(); ++i) {
    const FactMatch& party = parties[i];
    if (!is_other_party(party)) {
      open = false;
      continue;
    }
    if (open && party.begin >= runs.back().end && party.begin - runs.back().end <= kRunGap &&
        !crosses_phrase(text, runs.back().end, party.begin)) {
      runs.back().last = i;
      runs.back().end = std::max(runs.back().end, party.end);
      continue;
    }
    runs.push_back({i, i, party.begin, party.end});
    open = true;
  }
  return runs;
}

class RunReader {
 public:
  RunReader(std::string_view text, const SentenceFacts& facts) : text_(text), facts_(facts) {}

  bool names_no_handler(const NameRun& run) const {
    return is_account(run) || is_bracketed_example(run) || is_used_product(run) || is_channel(run) ||
           is_share_target(run) || is_bystander(run);
  }

  // "从支付宝获取", "来自第三方的", "合作方向我们提供".
  bool is_source(const NameRun& run) const {
    if (cue_before("origin_markers", run.begin, kMarkerReach)) return true;
    if (cue_before("source_markers", run.begin, kMarkerReach)) {
      const FactMatch* verb = cue_after("receive_verbs", run.end, run.end, kVerbReach);
      if (verb && !outward_verb_between(run.end, verb->begin)) return true;
    }
    return cue_after("to_first_party", run.end, run.end, kToUsReach) != nullptr;
  }

 private:
  // A cue of `list` ending at most `reach` bytes before `at`, in the same phrase.
  const FactMatch* cue_before(std::string_view list, std::size_t at, std::size_t reach) const {
    const FactMatch* nearest = nullptr;
    for (const FactMatch& cue : facts_.matches(list))
      if (cue.end <= at && at - cue.end <= reach && !crosses_phrase(text_, cue.end, at)) nearest = &cue;
    return nearest;
  }

  // A cue of `list` starting at or after `from`, at most `reach` bytes after `at`, in the same phrase.
  const FactMatch* cue_after(std::string_view list, std::size_t from, std::size_t at, std::size_t reach) const {
    for (const FactMatch& cue : facts_.matches(list))
      if (cue.begin >= from && cue.begin <= at + reach && !crosses_phrase(text_, at, cue.begin)) return &cue;
    return nullptr;
  }

  bool outward_verb_between(std::size_t from, std::size_t to) const {
    for (const char* list : kOutwardVerbLists)
      for (const FactMatch& verb : facts_.matches(list))
        if (verb.end > from && verb.begin < to) return true;
    return false;
  }

  bool any_party_between(std::size_t from, std::size_t to) const {
    return std::any_of(facts_.parties.begin(), facts_.parties.end(),
                       [&](const FactMatch& party) { return party.begin >= from && party.end <= to; });
  }

  // "使用微信账号登录", "微信登录" (the login inside the name), "提现到支付宝账户", and
  // "绑定微信或支付宝账号" (the account word after a coordinated name the lexicon reads as
  // data); not "微信登录分享SDK", which names the SDK itself.
  bool is_account(const NameRun& run) const {
    if (cue_after("sdk_context", run.end, run.end, kSuffixReach)) return false;
    return cue_after("account_words", facts_.parties[run.last].begin, run.end, kSuffixReach) ||
           account_of_coordinated_name(run.end);
  }

  // "微信或支付宝账号": the account word closes the next name, read as data ("支付宝账号").
  bool account_of_coordinated_name(std::size_t at) const {
    const std::string_view rest = text_.substr(at, std::min(kRunGap, facts_.end - at));
    if (!rest.starts_with("或") && !rest.starts_with("、") && !rest.starts_with("/")) return false;
    for (std::string_view account : {"账号", "帐号", "账户", "帐户"}) {
      const std::size_t found = rest.find(account);
      if (found != std::string_view::npos && !crosses_phrase(text_, at, at + found)) return true;
    }
    return false;
  }

  // "联系方式(手机号码、微信、邮箱)", "第三方账号(微信/QQ)", "接收渠道(包括但不限于手机、微信等)":
  // names given in brackets as examples of a kind of data, an account or a channel.
  bool is_bracketed_example(const NameRun& run) const {
    // Searched back to the sentence's start only, not through the document before it.
    const std::size_t in_sentence = text_.substr(facts_.begin, run.begin + 1 - facts_.begin).rfind('(');
    if (in_sentence == std::string_view::npos) return false;
    const std::size_t open = facts_.begin + in_sentence;
    if (text_.substr(open, run.begin - open).find(')') != std::string_view::npos) return false;
    const auto ends_at_bracket = [&](const FactMatch& match) { return match.end == open; };
    if (std::any_of(facts_.data.begin(), facts_.data.end(), ends_at_bracket)) return true;
    for (const char* list : {"account_words", "channel_nouns"})
      if (std::any_of(facts_.matches(list).begin(), facts_.matches(list).end(), ends_at_bracket)) return true;
    return false;
  }

  // "您在使用QQ、微信时": the user's product, not who receives the sentence's data.
  bool is_used_product(const NameRun& run) const {
    const FactMatch* use = cue_before("user_uses", run.begin, kSuffixReach);
    return use && !any_party_between(use->end, run.begin);
  }

  // "将内容分享到微信、微博": where the user shares, unless an SDK is named ("分享至微博的SDK").
  bool is_share_target(const NameRun& run) const {
    return cue_before("share_targets", run.begin, kSuffixReach) &&
           !cue_after("sdk_context", run.end, run.end, kSuffixReach);
  }

  // "通过短信、微信等方式", "通过微信向您发送".
  // The noun may begin inside the last name: "微信公众号" holds the party "公众".
  bool is_channel(const NameRun& run) const {
    if (cue_after("channel_nouns", facts_.parties[run.last].begin, run.end, kSuffixReach)) return true;
    return cue_before("via_markers", run.begin, kSuffixReach) &&
           cue_after("to_user", run.end, run.end, kVerbReach);
  }

  // "被他人非法使用", "您与他人的纠纷", "保护他人安全": someone acting on their own
  // or merely mentioned, not a party the data is handed to.
  bool is_bystander(const NameRun& run) const {
    const std::span<const FactMatch> cues = facts_.matches("bystander_party");
    return std::any_of(cues.begin(), cues.end(), [&](const FactMatch& cue) {
      return cue.begin <= facts_.parties[run.first].begin && facts_.parties[run.last].end <= cue.end;
    });
  }

  std::string_view text_;
  const SentenceFacts& facts_;
};

}  // namespace

void drop_non_handler_parties(std::string_view text, SentenceFacts& facts) {
  const RunReader reader(text, facts);
  std::vector<bool> dropped(facts.parties.size(), false);
  for (const NameRun& run : name_runs(text, facts.parties)) {
    const bool source = reader.is_source(run);
    if (source || reader.names_no_handler(run))
      for (std::size_t i = run.first; i <= run.last; ++i) dropped[i] = true;
    if (source)
      for (std::size_t i = run.first; i <= run.last; ++i) facts.sources.push_back(facts.parties[i]);
  }
  std::vector<FactMatch> kept;
  for (std::size_t i = 0; i < facts.parties.size(); ++i)
    if (!dropped[i]) kept.push_back(std::move(facts.parties[i]));
  facts.parties = std::move(kept);
}

}  // namespace consentflow
