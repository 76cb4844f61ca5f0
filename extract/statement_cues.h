// The cue phrases statement extraction looks for, compiled once per Ontology.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/cue_lists.h"
#include "model/ontology.h"
#include "model/phrase_set.h"

namespace consentflow {

// A cue list as the scanner reads it: its phrases, and its index in Ontology::cues,
// by which a sentence's CueLists rules the list out without a search.
struct StatementCue {
  PhraseSet phrases;
  std::size_t list = CueLists::kCapacity;  // never ruled out (a list the ontology lacks)
};

// One right a user can exercise, with the cues naming it.
struct RightCues {
  std::string detail;  // access | correct | delete | cancel_account | withdraw | copy | complain
  StatementCue verbs;
  bool needs_personal_data_object = true;  // "查阅…结果" is not a right over personal data
};

// Every cue list statement extraction reads, by purpose. A list absent from the
// ontology is simply empty: its statements are then not found.
struct StatementCues {
  static StatementCues build(const Ontology& ontology);

  StatementCue retention;            // storage words: 保存, 保留, 存储期限 …
  StatementCue indefinite_retention;
  StatementCue shortest_retention;   // 实现目的所必需的最短时间
  StatementCue service_lifetime_retention;  // 服务期间, 账号存续期间
  StatementCue deletion_at_cancellation;    // 注销账号后…删除
  std::vector<RightCues> rights;
  StatementCue rights_heading;       // 您的权利, 如何管理您的个人信息 …
  StatementCue user_ability;         // 您有权, 您可以 …
  StatementCue personal_data_object; // 个人信息, 您的信息 …
  StatementCue negation;             // 不, 无法, 无权 …
  StatementCue negation_lookalikes;  // 不限于, 不同 … (not negations)
  StatementCue response_time;        // 答复, 回复, 处理您的请求 …
  StatementCue contact;              // 联系我们, 个人信息保护负责人 …
  StatementCue contact_form;         // 在线反馈, 意见反馈 …
  StatementCue customer_service;     // 客服
  StatementCue phone_context;        // 电话, 热线, 拨打 …
  StatementCue address_context;      // 地址, 注册地, 位于 …
  StatementCue children;
  StatementCue guardian_consent;
  StatementCue children_rules;
  StatementCue children_excluded;
  StatementCue policy_change;
  StatementCue policy_reference;     // 本政策, 本协议 … (what a change is a change of)
  StatementCue change_verb;          // 修改, 变更, 更新 …
  StatementCue posting_only_change;
  StatementCue renotify;
  StatementCue cross_border;          // 境外, 跨境, 新加坡 …
  StatementCue cross_border_flow;     // 传输, 存储 … (what makes a place abroad a transfer)
  StatementCue hypothetical_transfer; // 如需, 如果…需要 …
  StatementCue negation_continuation; // 或 …: a clause still under the negation before it
  StatementCue cross_reference;       // 请见, 详见 …
  StatementCue cross_border_mechanism;
  StatementCue data_localisation;
  StatementCue security_measures;
  StatementCue anonymisation;
  StatementCue cookie;
};

}  // namespace consentflow
