#include "extract/statement_cues.h"

namespace consentflow {
namespace {

std::vector<std::string> split_gapped(const std::string& phrase) {
  static constexpr std::string_view gaps[] = {"…", "..."};
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    std::size_t cut = std::string::npos;
    std::size_t gap_size = 0;
    for (const std::string_view gap : gaps) {
      const std::size_t at = phrase.find(gap, start);
      if (at < cut) {
        cut = at;
        gap_size = gap.size();
      }
    }
    const std::string part = phrase.substr(start, cut == std::string::npos ? std::string::npos : cut - start);
    if (!part.empty()) parts.push_back(part);
    if (cut == std::string::npos) break;
    start = cut + gap_size;
  }
  return parts;
}

// Matches `parts` in order from `from`; the match starts at the first part's
// leftmost occurrence and ends after the last part.
std::optional<PhraseMatch> match_parts(std::string_view text, const std::vector<std::string>& parts,
                                       std::size_t from) {
  const std::size_t first = text.find(parts.front(), from);
  if (first == std::string_view::npos) return std::nullopt;
  std::size_t end = first + parts.front().size();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::size_t at = text.find(parts[i], end);
    if (at == std::string_view::npos) return std::nullopt;
    end = at + parts[i].size();
  }
  return PhraseMatch{first, end, 0};
}

PhraseSet list(const Ontology& ontology, const std::string& id) {
  const CueList* cues = ontology.cue_list(id);
  return cues ? PhraseSet(cues->phrases) : PhraseSet();
}

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  for (const std::string& text : phrases) {
    std::vector<std::string> parts = split_gapped(text);
    if (!parts.empty()) phrases_.push_back({text, std::move(parts)});
  }
}

std::optional<PhraseMatch> PhraseSet::find(std::string_view text, std::size_t from) const {
  std::optional<PhraseMatch> best;
  for (std::size_t index = 0; index < phrases_.size(); ++index) {
    std::optional<PhraseMatch> match = match_parts(text, phrases_[index].parts, from);
    if (!match) continue;
    match->phrase = index;
    if (!best || match->begin < best->begin ||
        (match->begin == best->begin && match->end > best->end)) {
      best = match;
    }
  }
  return best;
}

std::vector<PhraseMatch> PhraseSet::find_all(std::string_view text) const {
  std::vector<PhraseMatch> matches;
  std::size_t from = 0;
  while (std::optional<PhraseMatch> match = find(text, from)) {
    matches.push_back(*match);
    from = match->end;
  }
  return matches;
}

StatementCues StatementCues::build(const Ontology& ontology) {
  StatementCues cues;
  cues.retention = list(ontology, "retention");
  cues.indefinite_retention = list(ontology, "indefinite_retention");
  cues.shortest_retention = list(ontology, "shortest_retention");
  const std::pair<const char*, bool> rights[] = {
      {"access", true},  {"correct", true},  {"delete", true},    {"cancel_account", false},
      {"withdraw", false}, {"copy", true},   {"complain", false},
  };
  for (const auto& [detail, needs_object] : rights) {
    PhraseSet verbs = list(ontology, std::string("right_") + detail);
    if (!verbs.empty()) cues.rights.push_back({detail, std::move(verbs), needs_object});
  }
  cues.rights_heading = list(ontology, "rights_heading");
  cues.user_ability = list(ontology, "user_ability");
  cues.personal_data_object = list(ontology, "personal_data_object");
  cues.negation = list(ontology, "negation");
  cues.response_time = list(ontology, "response_time");
  cues.contact = list(ontology, "contact");
  cues.contact_form = list(ontology, "contact_form");
  cues.customer_service = list(ontology, "customer_service");
  cues.phone_context = list(ontology, "phone_context");
  cues.address_context = list(ontology, "address_context");
  cues.children = list(ontology, "children");
  cues.guardian_consent = list(ontology, "guardian_consent");
  cues.children_rules = list(ontology, "children_rules");
  cues.children_excluded = list(ontology, "children_excluded");
  cues.policy_change = list(ontology, "policy_change");
  cues.policy_reference = list(ontology, "policy_reference");
  cues.change_verb = list(ontology, "change_verb");
  cues.posting_only_change = list(ontology, "posting_only_change");
  cues.renotify = list(ontology, "renotify");
  cues.cross_border = list(ontology, "cross_border");
  cues.cross_border_mechanism = list(ontology, "cross_border_mechanism");
  cues.data_localisation = list(ontology, "data_localisation");
  cues.security_measures = list(ontology, "security_measures");
  cues.anonymisation = list(ontology, "anonymisation");
  cues.cookie = list(ontology, "cookie");
  return cues;
}

}  // namespace consentflow
