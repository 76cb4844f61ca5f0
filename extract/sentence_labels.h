// Sentence classifiers for the sentence-labelled corpora: CAPP labels for Chinese
// privacy-policy sentences and CLAUDETTE unfair-term categories for English terms
// of service. Cues come from the ontology's cue lists; a list the ontology lacks
// is empty. Built once, immutable, shareable.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/statement_cues.h"
#include "model/ontology.h"

namespace consentflow {

// Labels a policy's sentences with CAPP labels (数据收集, 共享、委托、转让、公开（披露）,
// 使用, 存储方式, 特殊人群, 数据、权限管理, 联系方式). Reads the whole policy because a
// sentence under "三、我们如何共享…" is about sharing even when it does not say so.
class CappSentenceLabeller {
 public:
  explicit CappSentenceLabeller(const Ontology& ontology);

  std::vector<std::set<std::string>> label(const std::vector<std::string>& sentences) const;

 private:
  // How a label follows from cues and from the section a sentence is in.
  enum class Evidence {
    CueOrSection,    // a cue anywhere, or any sentence of its section
    SectionElseCue,  // any sentence of its section; a cue only when the policy has no such section
    CueInSection,    // a cue inside its section (contact channels count anywhere)
  };
  struct Rule {
    std::string label;
    std::string topic;  // the section topic that implies the label
    PhraseSet cues;
    Evidence evidence;
  };
  // A section topic and the heading words that open it, in priority order.
  struct Topic {
    std::string id;
    PhraseSet heading_cues;
  };

  std::string heading_topic(const std::string& heading) const;
  bool has_contact_channel(const std::string& sentence) const;

  std::vector<Topic> topics_;
  std::vector<Rule> rules_;
  PhraseSet address_context_;
};

// Labels terms-of-service sentences with the CLAUDETTE categories (a, ch, cr, j,
// law, ltd, ter, use, pinc) whose cues they contain, case-insensitively.
class ClaudetteSentenceLabeller {
 public:
  explicit ClaudetteSentenceLabeller(const Ontology& ontology);

  std::vector<std::set<std::string>> label(const std::vector<std::string>& sentences) const;

 private:
  struct Category {
    std::string id;
    PhraseSet cues;  // lower-case
  };
  std::vector<Category> categories_;
};

}  // namespace consentflow
