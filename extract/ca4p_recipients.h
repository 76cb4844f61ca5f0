// The other party of a CA4P act, as CA4P's annotators mark it: the whole noun
// phrase the data goes to or comes from, named or not in the ontology
// ("与物流服务提供商共享", "向提供广告、分析服务的合作伙伴提供", "提供给境外的
// 游戏开发者", "从关联公司处接收"). CA4P labels it "subject".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/ontology.h"
#include "model/phrase_set.h"

namespace consentflow {

using ByteRange = std::pair<std::size_t, std::size_t>;

class Ca4pRecipientReader {
 public:
  // `user_aliases` and `party_aliases` (every party's, the user's included) normalized.
  Ca4pRecipientReader(const Ontology& ontology, const std::vector<std::string>& user_aliases,
                      const std::vector<std::string>& party_aliases);

  // The parties `verb` (a byte range of `words`, one sentence) hands data to, when
  // `shares`, or takes it from: the phrase after the last marker in its clause
  // before it ("与…共享", "从…获取", "向…查询"), and the phrase after 给/至 right
  // after the verb or its object (`data`, byte ranges of `words`). Never the user:
  // the data is the user's. Byte ranges of `words`.
  std::vector<ByteRange> read(std::string_view words, ByteRange verb, bool shares,
                              const std::vector<ByteRange>& data) const;

 private:
  std::vector<ByteRange> heads_in(std::string_view words, std::size_t from, std::size_t to) const;
  std::vector<ByteRange> markers_in(const PhraseSet& markers, std::string_view words, std::size_t from,
                                    std::size_t to) const;
  // The phrase in [from, to) up to its last party head, when it has one and does
  // not open with data ("姓名与手机号码提供给" joins data).
  std::optional<ByteRange> phrase(std::string_view words, std::size_t from, std::size_t to,
                                  const std::vector<ByteRange>& data) const;

  PhraseSet recipient_markers_;  // before the verb: 向, 与
  PhraseSet source_markers_;     // before a collecting verb: 从, 向
  PhraseSet after_markers_;      // after the verb or its object: 给, 至
  PhraseSet marker_lookalikes_;  // words holding a marker: 同意, 方向, 从而
  PhraseSet phrase_stops_;       // words ending the phrase after the verb: 用于, 以便
  PhraseSet heads_;              // the party aliases and the nouns that end a party's name
  PhraseSet head_lookalikes_;    // words holding a head: 方式, 个人信息
  PhraseSet user_;               // the user's aliases
};

}  // namespace consentflow
