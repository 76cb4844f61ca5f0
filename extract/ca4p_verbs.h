// The verbs of a practice's sentence that CA4P's annotators mark, and the party
// acting in each: a sentence often states several acts on its data ("我们可能使用
// 或整合您的账户信息", "获得您的明确同意后，我们会向其他方转让您的个人信息"),
// while a practice keeps only its first verb.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ca4p_recipients.h"
#include "model/normalized_text.h"
#include "model/ontology.h"
#include "model/phrase_set.h"
#include "model/span.h"

namespace consentflow {

// Whether the text before a verb ends with the user acting ("您", "您也可以选择"):
// the user's own act on the app ("您使用…功能"), not the handler's.
bool users_own_act(std::string_view before_verb);

struct Ca4pVerb {
  std::string label;             // "collect" or "share"
  Span verb;                     // the bare verb
  std::vector<Span> actors;      // the parties named as doing it ("我们及我们的关联公司"), when named
  std::vector<Span> others;      // the parties data goes to or comes from ("向第三方", "从合作伙伴处")
};

class Ca4pVerbReader {
 public:
  explicit Ca4pVerbReader(const Ontology& ontology);

  // The verbs in `sentence` whose object is one of `data` (spans inside the
  // sentence), with the party before each that performs it.
  std::vector<Ca4pVerb> read(const NormalizedText& text, Span sentence, const std::vector<Span>& data) const;

  // The objects of verbs in `sentence` that the lexicon names no data in but that end
  // in a data noun within the verb's clause ("收集您的部分基础信息", "披露非识别性数据"):
  // CA4P marks them as data, and the verb as an act on them. An object pointing to
  // data named elsewhere ("记录相关信息", "使用这些信息") makes the act, but CA4P
  // seldom marks the pointer itself.
  struct UnnamedObject {
    Span span;
    bool points_elsewhere = false;
  };
  std::vector<UnnamedObject> unnamed_objects(const NormalizedText& text, Span sentence, const std::vector<Span>& data) const;

 private:
  std::size_t collect_count_;  // verbs_' first phrases, CA4P's collect words; share words follow
  PhraseSet verbs_;
  PhraseSet data_heads_;
  std::size_t user_count_;     // parties_' first phrases, the user's aliases; other parties' follow
  PhraseSet parties_;
  Ca4pRecipientReader recipients_;
  PhraseSet earlier_data_;  // words naming data named before: 此信息, 上述信息
};

}  // namespace consentflow
