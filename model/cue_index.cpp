#include "model/cue_index.h"

#include <map>
#include <string>

#include "model/gapped_phrase.h"

namespace consentflow {

CueIndex::CueIndex(const std::vector<CueList>& lists) {
  std::map<std::string, std::size_t> slot_of;
  std::vector<std::string> phrases;
  for (std::size_t list = 0; list < lists.size() && list < CueLists::kCapacity; ++list) {
    for (const std::string& phrase : lists[list].phrases) {
      if (phrase_parts(phrase).empty()) continue;  // PhraseSet drops it: keep the slots aligned
      const auto [slot, inserted] = slot_of.emplace(phrase, phrases.size());
      if (inserted) {
        phrases.push_back(phrase);
        lists_of_.emplace_back();
      }
      std::vector<std::uint16_t>& holders = lists_of_[slot->second];
      if (holders.empty() || holders.back() != list) holders.push_back(static_cast<std::uint16_t>(list));
    }
  }
  phrases_ = PhraseSet(phrases);
}

CueLists CueIndex::lists_in(std::string_view text) const {
  CueLists found = CueLists::marked();
  for (const PhraseMatch& match : phrases_.all_matches(text))
    for (const std::uint16_t list : lists_of_[match.phrase]) found.add(list);
  return found;
}

std::size_t cue_list_index(const Ontology& ontology, const CueList& list) {
  return static_cast<std::size_t>(&list - ontology.cues.data());
}

}  // namespace consentflow
