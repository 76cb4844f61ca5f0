#include "extract/sentence_facts.h"

#include <algorithm>
#include <tuple>

#include "extract/non_handler_parties.h"

namespace consentflow {

std::span<const FactMatch> SentenceFacts::matches(std::string_view list) const {
  const auto found = std::ranges::equal_range(cues, list, {}, &FactMatch::id);
  return {found.begin(), found.end()};
}

const FactMatch* SentenceFacts::first(std::string_view list) const {
  const std::span<const FactMatch> found = matches(list);
  return found.empty() ? nullptr : &found.front();
}

const FactMatch* SentenceFacts::first_after(std::string_view list, std::size_t from) const {
  for (const FactMatch& match : matches(list))
    if (match.begin >= from) return &match;
  return nullptr;
}

namespace {

// Each gapped phrase matched within [begin, end), at its first match.
void add_gapped_cues(const std::vector<GappedCueMatch>& gapped, std::size_t begin, std::size_t end,
                     const Lexicon& lexicon, SentenceFacts& facts) {
  std::vector<std::size_t> seen;
  for (auto it = first_at_or_after(gapped, begin); it != gapped.end() && it->begin < end; ++it) {
    if (it->end > end || std::find(seen.begin(), seen.end(), it->phrase) != seen.end()) continue;
    seen.push_back(it->phrase);
    const std::string_view list = lexicon.gapped_cue_list(it->phrase);
    facts.cues.push_back({list, it->begin, it->end});
  }
}

}  // namespace

SentenceFacts sentence_facts(std::string_view text, std::size_t begin, std::size_t end, const DocumentScan& scan,
                             const Lexicon& lexicon, const FirstPartyNames& names) {
  const std::vector<LexiconMatch>& matches = scan.matches;
  SentenceFacts facts;
  facts.begin = begin;
  facts.end = end;
  const auto first = first_at_or_after(matches, begin);
  const auto last = std::find_if(first, matches.end(), [&](const LexiconMatch& match) { return match.begin >= end; });
  // Each vector sized once: growing them match by match cost about a tenth of building facts.
  const auto count = [&](LexiconKind kind) {
    return std::count_if(first, last, [&](const LexiconMatch& match) { return match.kind == kind && match.end <= end; });
  };
  facts.data.reserve(count(LexiconKind::Data));
  facts.parties.reserve(count(LexiconKind::Party));
  facts.purposes.reserve(count(LexiconKind::Purpose));
  facts.cues.reserve(count(LexiconKind::Cue));
  for (auto it = first; it != last; ++it) {
    if (it->end > end) continue;
    const FactMatch match{it->id, it->begin, it->end};
    switch (it->kind) {
      case LexiconKind::Data: facts.data.push_back(match); break;
      case LexiconKind::Party: facts.parties.push_back(match); break;
      case LexiconKind::Purpose: facts.purposes.push_back(match); break;
      case LexiconKind::Cue: facts.cues.push_back(match); break;
    }
  }
  // A data word inside a purpose phrase is no data collected: "用于注册账号".
  std::erase_if(facts.data, [&](const FactMatch& data) {
    return std::any_of(facts.purposes.begin(), facts.purposes.end(), [&](const FactMatch& purpose) {
      return purpose.begin <= data.begin && data.end <= purpose.end && data.end - data.begin < purpose.end - purpose.begin;
    });
  });
  // A data word opening an SDK's name ("视频" in "腾讯云视频SDK") or naming the experience a
  // purpose improves ("为优化播放视频体验") is no data handled.
  std::erase_if(facts.data, [&](const FactMatch& data) {
    const std::string_view after = text.substr(data.end, std::min<std::size_t>(6, end - data.end));
    return after.starts_with("SDK") || after.starts_with("sdk") || after.starts_with("体验");
  });
  // A verb inside a data name ("识别" in "设备识别码") is no verb.
  std::erase_if(facts.cues, [&](const FactMatch& cue) {
    return std::any_of(facts.data.begin(), facts.data.end(), [&](const FactMatch& data) {
      return data.begin <= cue.begin && cue.end <= data.end && cue.end - cue.begin < data.end - data.begin;
    });
  });
  const std::string_view sentence = text.substr(begin, end - begin);
  // The document's own names for its handler ("小红书") are the first party.
  for (const std::string& alias : names.aliases) {
    for (std::size_t at = sentence.find(alias); at != std::string_view::npos; at = sentence.find(alias, at + alias.size())) {
      const std::size_t b = begin + at;
      const std::size_t e = b + alias.size();
      // A data or party match inside the name (小红书号 is data) keeps its place.
      const bool taken = std::any_of(facts.data.begin(), facts.data.end(),
                                     [&](const FactMatch& m) { return m.begin <= b && e < m.end; });
      if (taken) continue;
      std::erase_if(facts.parties, [&](const FactMatch& m) { return m.begin >= b && m.end <= e; });
      std::erase_if(facts.data, [&](const FactMatch& m) { return m.begin >= b && m.end <= e; });
      facts.parties.push_back({"first_party", b, e});
    }
  }
  // So is a known party the document calls its own product ("腾讯的产品和服务，如QQ、微信").
  for (FactMatch& party : facts.parties) {
    const std::string_view named = text.substr(party.begin, party.end - party.begin);
    if (std::find(names.products.begin(), names.products.end(), named) != names.products.end()) party.id = "first_party";
  }
  std::sort(facts.parties.begin(), facts.parties.end(),
            [](const FactMatch& a, const FactMatch& b) { return a.begin < b.begin; });
  add_gapped_cues(scan.gapped_cues, begin, end, lexicon, facts);
  // Stable: matches of one list starting together keep the scan's order (the longer
  // first), and a gapped phrase follows them.
  std::stable_sort(facts.cues.begin(), facts.cues.end(), [](const FactMatch& a, const FactMatch& b) {
    return std::tie(a.id, a.begin) < std::tie(b.id, b.begin);
  });
  drop_non_handler_parties(text, facts);
  return facts;
}

}  // namespace consentflow
