#include "extract/ca4p_spans.h"

#include <algorithm>
#include <set>
#include <string>

#include "extract/lexicon.h"

namespace consentflow {
namespace {

std::set<std::string> phrases_of(const Ontology& ontology, const char* list) {
  std::set<std::string> phrases;
  if (const CueList* cues = ontology.cue_list(list))
    for (const std::string& phrase : cues->phrases) phrases.insert(normalize_phrase(phrase));
  return phrases;
}

// A purpose as CA4P marks it: from just after its marker ("为了", "用于") to the
// end of the phrase.
Span purpose_phrase(const Analysis& analysis, Span cue, const std::set<std::string>& markers) {
  const std::string& text = analysis.normalized.text();
  auto [begin, end] = analysis.normalized.to_bytes(cue);
  const std::size_t window = begin >= 24 ? begin - 24 : 0;
  std::size_t start = begin;
  for (const std::string& marker : markers) {
    if (marker.size() < 3) continue;  // single letters are too loose to anchor on
    const std::size_t at = text.rfind(marker, begin);
    if (at == std::string::npos || at < window || at + marker.size() > begin) continue;
    const std::string_view between(text.data() + at, begin - at);
    if (between.find(',') != std::string_view::npos || between.find("。") != std::string_view::npos) continue;
    start = std::min(start, at + marker.size());
  }
  std::size_t stop = text.size();
  for (std::string_view mark : {",", "。", ";", ":", ")", "、"}) {
    const std::size_t at = text.find(mark, end);
    if (at != std::string::npos) stop = std::min(stop, at);
  }
  if (stop > end + 60) stop = end;
  return analysis.normalized.to_span(start, std::max(end, stop));
}

}  // namespace

std::vector<LabelledSpan> ca4p_spans(const Analysis& analysis, const Ontology& ontology) {
  const std::set<std::string> collect_verbs = phrases_of(ontology, "collect_verbs");
  const std::set<std::string> purpose_markers = phrases_of(ontology, "purpose_markers");
  std::set<LabelledSpan> spans;
  const auto add = [&](const char* label, Span span) {
    if (!span.empty()) spans.insert({label, span});
  };
  for (const Practice& practice : analysis.practices) {
    if (practice.negated) continue;
    for (const DataMention& data : practice.data) add("data", data.span);
    // CA4P's "handler" is the party acting (我们, or 您 when you provide data) and
    // its "subject" the party the data goes to (第三方, 关联公司, an SDK).
    add("handler", practice.actor.span);
    if (practice.recipient) add("subject", practice.recipient->span);
    const std::string verb(analysis.normalized.view(practice.action_span));
    const bool collect_verb = collect_verbs.count(verb) > 0;
    switch (practice.action) {
      case Action::Collect:
      case Action::Cookie:
        add("collect", practice.action_span);
        break;
      case Action::Share:
      case Action::Entrust:
      case Action::Transfer:
      case Action::Disclose:
      case Action::Sell:
        add(collect_verb ? "collect" : "share", practice.action_span);
        break;
      default:
        break;
    }
    for (const PurposeMention& purpose : practice.purposes)
      add("purpose", purpose_phrase(analysis, purpose.span, purpose_markers));
    add("condition", practice.condition_span);
    if (practice.action == Action::Collect) add("handler", practice.subject_span);
  }
  return {spans.begin(), spans.end()};
}

}  // namespace consentflow
