// What the lexicon found in one sentence, sorted into data, parties, purposes
// and cue lists, with the first party's own names recognised too.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "extract/document_scans.h"
#include "extract/first_party_names.h"
#include "extract/lexicon.h"

namespace consentflow {

// Sentence facts are built for every sentence of every document, so they copy no
// strings: ids are views of the lexicon's own ids (or the literal "first_party"),
// which outlive every analysis.
struct FactMatch {
  std::string_view id;
  std::size_t begin = 0;  // normalized bytes
  std::size_t end = 0;
};

struct SentenceFacts {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<FactMatch> data;
  std::vector<FactMatch> parties;   // includes "first_party" for 我们 and the defined names
  std::vector<FactMatch> sources;   // parties the data comes from ("从微信获取"), not among `parties`
  std::vector<FactMatch> purposes;
  // Every cue list's matches, by list id, then in text order: one vector per sentence
  // rather than a map of vectors (allocation was the main cost of building facts).
  std::vector<FactMatch> cues;

  bool has(std::string_view list) const { return !matches(list).empty(); }
  // The matches of `list`, in text order; none when the sentence has no such cue.
  std::span<const FactMatch> matches(std::string_view list) const;
  const FactMatch* first(std::string_view list) const;
  // The first match of `list` starting at or after `from`.
  const FactMatch* first_after(std::string_view list, std::size_t from) const;
};

// Facts of text[begin, end) from the document's scan.
SentenceFacts sentence_facts(std::string_view text, std::size_t begin, std::size_t end, const DocumentScan& scan,
                             const Lexicon& lexicon, const FirstPartyNames& names);

}  // namespace consentflow
