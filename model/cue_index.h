// Every phrase of every cue list of an ontology in one PhraseSet, so one pass
// over a sentence tells which lists occur in it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/cue_lists.h"
#include "model/ontology.h"
#include "model/phrase_set.h"

namespace consentflow {

class CueIndex {
 public:
  CueIndex() = default;
  explicit CueIndex(const std::vector<CueList>& lists);

  // The lists (indices into `lists` as given) with a phrase that matches in `text`,
  // exactly as each list's own matcher would find it.
  CueLists lists_in(std::string_view text) const;

 private:
  PhraseSet phrases_;                                  // each distinct phrase once
  std::vector<std::vector<std::uint16_t>> lists_of_;   // phrase → the lists holding it
};

// The index of `list` in `ontology.cues`, for CueLists::may_contain.
std::size_t cue_list_index(const Ontology& ontology, const CueList& list);

}  // namespace consentflow
