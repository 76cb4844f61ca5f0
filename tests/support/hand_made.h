// Hand-made inputs for unit tests of the graph, the checks and the reports: a
// small ontology and analyses whose practices and statements tests write by
// hand, so those stages can be tested apart from extraction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/analysis.h"
#include "model/ontology.h"
#include "model/utf8.h"

namespace consentflow::hand_made {

inline DataType data_type(std::string id, std::string zh, std::string en, std::string parent = {},
                          Sensitivity sensitivity = Sensitivity::Ordinary) {
  DataType type;
  type.id = std::move(id);
  type.zh = std::move(zh);
  type.en = std::move(en);
  type.parent = std::move(parent);
  type.sensitivity = sensitivity;
  return type;
}

inline Ontology ontology() {
  Ontology ontology;
  ontology.data_types = {
      data_type("device_info", "设备信息", "device information"),
      data_type("imei", "IMEI", "IMEI", "device_info"),
      data_type("idfa", "IDFA", "IDFA", "device_info"),
      data_type("mac_address", "MAC地址", "MAC address", "device_info"),
      data_type("phone_number", "手机号码", "phone number"),
      data_type("precise_location", "精确位置", "precise location", {}, Sensitivity::Sensitive),
      data_type("registration_info", "注册信息", "registration information"),
  };
  Purpose analytics{"analytics", "统计分析", "analytics", {"统计分析"}, "analytics.reporting", false};
  Purpose marketing{"marketing", "营销推广", "marketing", {"推广"}, "marketing.advertising", false};
  Purpose service{"service", "提供服务", "service provision", {"提供服务"}, "essential.service", true};
  ontology.purposes = {analytics, marketing, service};
  Party talkingdata;
  talkingdata.id = "talkingdata";
  talkingdata.name = "TalkingData";
  talkingdata.kind = PartyKind::Sdk;
  talkingdata.country = "CN";
  Party firebase;
  firebase.id = "firebase";
  firebase.name = "Firebase";
  firebase.kind = PartyKind::Sdk;
  firebase.country = "US";
  ontology.parties = {talkingdata, firebase};
  return ontology;
}

inline PartyMention party(std::string id, std::string name, PartyKind kind) {
  PartyMention mention;
  mention.id = std::move(id);
  mention.name = std::move(name);
  mention.kind = kind;
  return mention;
}

inline PartyMention first_party() { return party("first_party", "我们", PartyKind::FirstParty); }

// Code-point span of the first occurrence of `needle` in `text` (empty if absent).
inline Span span_of(std::string_view text, std::string_view needle) {
  const std::size_t at = text.find(needle);
  if (at == std::string_view::npos) return {};
  const auto begin = static_cast<int32_t>(utf8::count_code_points(text.substr(0, at)));
  return {begin, begin + static_cast<int32_t>(utf8::count_code_points(needle))};
}

// An analysis of `text` as one privacy policy whose sentences end at "。" or a
// line break; practices and statements are left for the test to add.
inline Analysis policy(std::string text, DocumentKind kind = DocumentKind::PrivacyPolicy) {
  Analysis analysis;
  analysis.file = "hand-made.txt";
  analysis.encoding = "UTF-8";
  analysis.source = SourceText(text);
  analysis.normalized = NormalizedText::identity(text);
  Document document;
  document.kind = kind;
  document.title = kind == DocumentKind::Agreement ? "用户协议" : "隐私政策";
  document.span = {0, analysis.source.size()};
  document.title_span = span_of(text, document.title);
  const std::u32string points = utf8::decode_all(text);
  int32_t begin = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(points.size()); ++i) {
    const char32_t c = points[static_cast<std::size_t>(i)];
    if (c == U'。' || c == U'\n' || i + 1 == static_cast<int32_t>(points.size())) {
      if (i + 1 > begin) document.sentences.push_back({{begin, i + 1}, {}, {}});
      begin = i + 1;
    }
  }
  Clause whole;
  whole.span = document.span;
  whole.body = document.span;
  document.clauses.push_back(whole);
  analysis.documents.push_back(std::move(document));
  return analysis;
}

// The span of sentence `index` of the first document of a `policy(...)`.
inline Span sentence(const Analysis& analysis, std::size_t index = 0) {
  return analysis.documents.front().sentences.at(index).span;
}

inline DataMention data(std::string id, Span span = {}) { return {std::move(id), span}; }
inline PurposeMention purpose(std::string id, Span span = {}) { return {std::move(id), span}; }

// The first party doing `action` on `data_ids`, stated by sentence `index` of the
// policy; no purpose, recipient or consent until the test sets them.
inline Practice practice(const Analysis& analysis, Action action, const std::vector<std::string>& data_ids,
                         std::size_t index = 0) {
  Practice made;
  made.id = "p" + std::to_string(analysis.practices.size() + 1);
  made.action = action;
  made.actor = first_party();
  for (const std::string& id : data_ids) made.data.push_back(data(id));
  made.evidence = {sentence(analysis, index)};
  return made;
}

inline Statement statement(StatementKind kind, std::string detail, Span span = {}) {
  Statement made;
  made.kind = kind;
  made.detail = std::move(detail);
  made.span = span;
  return made;
}

}  // namespace consentflow::hand_made
