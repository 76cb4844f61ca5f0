// Which of an ontology's cue lists occur in a sentence, by their index in
// Ontology::cues. Sentences carry one, filled once per document by one search for
// every list together (extract/sentence_cues), so extraction and checks skip the
// lists a sentence cannot hold instead of searching for each list in turn.
#pragma once

#include <bitset>
#include <cstddef>

namespace consentflow {

class CueLists {
 public:
  static constexpr std::size_t kCapacity = 256;

  // Unmarked: nothing was computed, so every list may occur.
  CueLists() = default;
  // Marked: only the lists added afterwards occur.
  static CueLists marked() {
    CueLists lists;
    lists.marked_ = true;
    return lists;
  }

  void add(std::size_t list) {
    if (list < kCapacity) bits_.set(list);
  }
  // False only when the list certainly does not occur; lists past the capacity
  // are never ruled out, so larger ontologies stay correct, only slower.
  bool may_contain(std::size_t list) const { return !marked_ || list >= kCapacity || bits_.test(list); }

 private:
  bool marked_ = false;
  std::bitset<kCapacity> bits_;
};

}  // namespace consentflow
