#include "extract/ca4p_recipients.h"

#include <algorithm>
#include <string>

#include "extract/clause_bounds.h"
#include "extract/lexicon.h"

namespace consentflow {
namespace {

std::vector<std::string> with_heads(const Ontology& ontology, std::vector<std::string> party_aliases) {
  const std::vector<std::string> heads = normalized_cue_phrases(ontology, {"ca4p_party_heads"});
  party_aliases.insert(party_aliases.end(), heads.begin(), heads.end());
  return party_aliases;
}

bool overlaps(ByteRange a, ByteRange b) { return a.first < b.second && b.first < a.second; }

}  // namespace

Ca4pRecipientReader::Ca4pRecipientReader(const Ontology& ontology, const std::vector<std::string>& user_aliases,
                                         const std::vector<std::string>& party_aliases)
    : recipient_markers_(normalized_cue_phrases(ontology, {"ca4p_recipient_markers"})),
      source_markers_(normalized_cue_phrases(ontology, {"ca4p_source_markers"})),
      after_markers_(normalized_cue_phrases(ontology, {"ca4p_recipient_after_markers"})),
      marker_lookalikes_(normalized_cue_phrases(ontology, {"ca4p_party_marker_lookalikes"})),
      phrase_stops_(normalized_cue_phrases(ontology, {"ca4p_recipient_phrase_stops"})),
      heads_(with_heads(ontology, party_aliases)),
      head_lookalikes_(normalized_cue_phrases(ontology, {"ca4p_party_head_lookalikes"})),
      user_(user_aliases) {}

// Matches of `markers` in [from, to), as ranges of `words`, minus those inside a
// lookalike, which may reach past the window ("合同" before "与…").
std::vector<ByteRange> Ca4pRecipientReader::markers_in(const PhraseSet& markers, std::string_view words,
                                                       std::size_t from, std::size_t to) const {
  const std::vector<PhraseMatch> lookalikes = marker_lookalikes_.all_matches(words);
  std::vector<ByteRange> found;
  for (const PhraseMatch& m : markers.all_matches(words.substr(from, to - from))) {
    const ByteRange range{from + m.begin, from + m.end};
    const bool inside = std::any_of(lookalikes.begin(), lookalikes.end(),
                                    [&](const PhraseMatch& l) { return overlaps(range, {l.begin, l.end}); });
    if (!inside) found.push_back(range);
  }
  return found;
}

std::vector<ByteRange> Ca4pRecipientReader::heads_in(std::string_view words, std::size_t from, std::size_t to) const {
  const std::string_view window = words.substr(from, to - from);
  const std::vector<PhraseMatch> lookalikes = head_lookalikes_.all_matches(window);
  std::vector<ByteRange> heads;
  for (const PhraseMatch& h : heads_.all_matches(window)) {
    const bool inside = std::any_of(lookalikes.begin(), lookalikes.end(), [&](const PhraseMatch& l) {
      return l.begin <= h.begin && h.end <= l.end && !(l.begin == h.begin && l.end == h.end);
    });
    if (!inside) heads.emplace_back(from + h.begin, from + h.end);
  }
  return heads;
}

std::optional<ByteRange> Ca4pRecipientReader::phrase(std::string_view words, std::size_t from, std::size_t to,
                                                     const std::vector<ByteRange>& data) const {
  while (from < to && (words[from] == ' ' || words[from] == '*')) ++from;
  // "姓名与手机号码提供给…" joins data, no party; data inside the phrase is part of a
  // party's name ("风险信息共享平台", "提供短信服务的合作伙伴").
  if (std::any_of(data.begin(), data.end(), [&](const ByteRange& d) { return d.first <= from && from < d.second; }))
    return std::nullopt;
  // "向提供钱包功能的服务商【某某公司】获取": a bracket left open before the verb.
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"【", "】"}}) {
    const std::size_t at = words.substr(from, to - from).find(open);
    if (at != std::string_view::npos && words.substr(from + at, to - from - at).find(close) == std::string_view::npos)
      to = from + at;
  }
  const std::vector<ByteRange> heads = heads_in(words, from, to);
  if (heads.empty()) return std::nullopt;
  // "同步至该游戏后续版本或您正在使用的产品": 您 inside the phrase opens a clause of
  // its own, it ends no party's name ("向该用户提供" does).
  std::size_t end = 0;
  for (const ByteRange& head : heads) {
    const std::string_view named = words.substr(head.first, head.second - head.first);
    if (head.first == from || named != "您") end = std::max(end, head.second);
  }
  if (end == 0) return std::nullopt;
  return ByteRange{from, end};
}

std::vector<ByteRange> Ca4pRecipientReader::read(std::string_view words, ByteRange verb, bool shares,
                                                 const std::vector<ByteRange>& data) const {
  std::vector<ByteRange> found;
  const std::size_t clause = clause_start(words, verb.first, 0);
  // "与这些关联方或第三方服务提供商共享": the last marker before the verb opens the phrase.
  const std::vector<ByteRange> before = markers_in(shares ? recipient_markers_ : source_markers_, words, clause, verb.first);
  if (!before.empty())
    if (const auto party = phrase(words, before.back().second, verb.first, data)) found.push_back(*party);
  if (!shares) return found;
  // "提供给前述提供商", "上传崩溃日志至统计平台": after the verb or its object.
  const std::size_t stop = clause_end(words, verb.second, words.size());
  for (const ByteRange& marker : markers_in(after_markers_, words, verb.second, stop)) {
    const bool follows_verb = marker.first == verb.second;
    const bool follows_object =
        std::any_of(data.begin(), data.end(), [&](const ByteRange& d) { return d.second == marker.first && d.first >= verb.second; });
    if (!follows_verb && !follows_object) continue;
    const std::optional<PhraseMatch> end_word = phrase_stops_.find(words.substr(marker.second, stop - marker.second));
    const std::size_t end = end_word ? marker.second + end_word->begin : stop;
    if (const auto party = phrase(words, marker.second, end, data)) found.push_back(*party);
    break;
  }
  // "向您收集", "展示给您": the user, whose data it is, is no other party.
  std::erase_if(found, [&](const ByteRange& party) { return !user_.matches_starting_at(words, party.first).empty(); });
  return found;
}

}  // namespace consentflow
