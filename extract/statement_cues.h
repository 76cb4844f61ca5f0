// The cue phrases statement extraction looks for, compiled once per Ontology.
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

// One right a user can exercise, with the cues naming it.
struct RightCues {
  std::string detail;  // access | correct | delete | cancel_account | withdraw | copy | complain
  PhraseSet verbs;
  bool needs_personal_data_object = true;  // "查阅…结果" is not a right over personal data
};

// Every cue list statement extraction reads, by purpose. A list absent from the
// ontology is simply empty: its statements are then not found.
struct StatementCues {
  static StatementCues build(const Ontology& ontology);

  PhraseSet retention;            // storage words: 保存, 保留, 存储期限 …
  PhraseSet indefinite_retention;
  PhraseSet shortest_retention;   // 实现目的所必需的最短时间
  PhraseSet service_lifetime_retention;  // 服务期间, 账号存续期间
  std::vector<RightCues> rights;
  PhraseSet rights_heading;       // 您的权利, 如何管理您的个人信息 …
  PhraseSet user_ability;         // 您有权, 您可以 …
  PhraseSet personal_data_object; // 个人信息, 您的信息 …
  PhraseSet negation;             // 不, 无法, 无权 …
  PhraseSet response_time;        // 答复, 回复, 处理您的请求 …
  PhraseSet contact;              // 联系我们, 个人信息保护负责人 …
  PhraseSet contact_form;         // 在线反馈, 意见反馈 …
  PhraseSet customer_service;     // 客服
  PhraseSet phone_context;        // 电话, 热线, 拨打 …
  PhraseSet address_context;      // 地址, 注册地, 位于 …
  PhraseSet children;
  PhraseSet guardian_consent;
  PhraseSet children_rules;
  PhraseSet children_excluded;
  PhraseSet policy_change;
  PhraseSet policy_reference;     // 本政策, 本协议 … (what a change is a change of)
  PhraseSet change_verb;          // 修改, 变更, 更新 …
  PhraseSet posting_only_change;
  PhraseSet renotify;
  PhraseSet cross_border;
  PhraseSet cross_border_mechanism;
  PhraseSet data_localisation;
  PhraseSet security_measures;
  PhraseSet anonymisation;
  PhraseSet cookie;
};

}  // namespace consentflow
