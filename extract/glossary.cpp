#include "extract/glossary.h"

#include <algorithm>

namespace consentflow {
namespace {

// How far into a sentence (bytes) the defined term may end: "1.2 本政策中的“个人敏感信息”是指".
constexpr std::size_t kTermReach = 60;

}  // namespace

bool defines_a_term(const SentenceFacts& sentence) {
  const FactMatch* marker = sentence.first("term_definition");
  if (!marker || marker->begin - sentence.begin > kTermReach) return false;
  return std::none_of(sentence.parties.begin(), sentence.parties.end(),
                      [](const FactMatch& party) { return party.id == "first_party"; });
}

bool heads_a_glossary(const SentenceFacts& heading) { return heading.has("definitions_heading"); }

}  // namespace consentflow
