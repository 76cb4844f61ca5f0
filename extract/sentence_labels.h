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

// Labels a policy's sentences with CAPP labels (数据收集, 权限获取, 共享、委托、转让、公开（披露）,
// 使用, 存储方式, 安全措施, 特殊人群, 数据、权限管理, 联系方式, 隐私政策的授权、修改与变更,
// 停止运营; not the reader's judgements 摘要 and 潜在风险). Reads the whole policy because a
// sentence under "三、我们如何共享…" is about sharing even when it does not say so.
// A section alone is not enough where sections mix topics: a sentence of the collection
// section that is about a recipient, a user right or a device permission is not labelled
// collection unless it names a collection verb, and it is labelled use only when it says
// what data is used for; a sentence of the storage section must say something about
// storage. Headings are not labelled (a contact channel on one still counts); a line
// that ends in a colon opens a list and is labelled as a sentence, and the items of the
// list ("以下情形：" then "1. …") take its collection, use, sharing and storage labels.
class CappSentenceLabeller {
 public:
  explicit CappSentenceLabeller(const Ontology& ontology);

  std::vector<std::set<std::string>> label(const std::vector<std::string>& sentences) const;

 private:
  // A section topic and the heading words that open it, in priority order.
  struct Topic {
    std::string id;
    PhraseSet heading_cues;
  };

  std::string heading_topic(const std::string& heading) const;
  bool has_contact_channel(const std::string& sentence) const;
  // The sentence with the user's own use of the service ("您使用我们的产品") blanked out,
  // so that only the handler's use of data is left for the use cues.
  std::string without_service_use(const std::string& sentence) const;
  // `sentence` with every phrase of `phrases` replaced by a placeholder no cue contains.
  static std::string blanked(const std::string& sentence, const PhraseSet& phrases);

  std::vector<Topic> topics_;
  PhraseSet collect_;
  PhraseSet share_;
  PhraseSet recipients_;  // parties other than the handler and the user
  PhraseSet data_use_;    // use verbs, purpose wording, analysis and what it produces
  PhraseSet service_use_;
  PhraseSet to_user_;  // 向您, 给您 …: the user is the one reached
  PhraseSet use_verbs_;
  PhraseSet purpose_;
  PhraseSet storage_;
  PhraseSet storage_statement_;  // storage words plus where/how long/what happens at the end
  PhraseSet special_;
  PhraseSet rights_;
  PhraseSet user_ability_;
  PhraseSet policy_reference_;  // 本政策, 隐私政策 …: a sentence about the document
  PhraseSet controls_;             // rights and the user's settings (关闭, 开启, 拒绝 …)
  PhraseSet refusal_consequence_;
  PhraseSet provision_refusal_;  // 拒绝提供, 不提供 …
  PhraseSet consent_exemption_;  // 无需…同意 …: processing the law allows without consent
  PhraseSet authorisation_refusal_;  // 拒绝授权, 关闭…权限 …  // 无法使用, 不影响 …
  PhraseSet permissions_;
  PhraseSet permission_request_;  // asking for, opening or using a permission
  PhraseSet security_;
  PhraseSet policy_change_;
  PhraseSet cessation_;
  PhraseSet contact_;
  PhraseSet address_context_;
  PhraseSet postal_code_context_;
  PhraseSet phone_context_;
  PhraseSet external_remedy_;
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
