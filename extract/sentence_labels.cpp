#include "extract/sentence_labels.h"

#include <algorithm>
#include <string_view>

#include "extract/clause_numbering.h"
#include "extract/contact_channels.h"
#include "model/ascii_case.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// Phrases of every listed cue list, in order; absent lists add nothing.
std::vector<std::string> phrases_of(const Ontology& ontology, const std::vector<std::string>& ids) {
  std::vector<std::string> phrases;
  for (const std::string& id : ids)
    if (const CueList* list = ontology.cue_list(id))
      phrases.insert(phrases.end(), list->phrases.begin(), list->phrases.end());
  return phrases;
}

// The ids of the per-right cue lists ("right_access", "right_delete", …).
std::vector<std::string> right_list_ids(const Ontology& ontology) {
  std::vector<std::string> ids;
  for (const CueList& list : ontology.cues)
    if (list.id.starts_with("right_")) ids.push_back(list.id);
  return ids;
}

PhraseSet cue_set(const Ontology& ontology, const std::vector<std::string>& ids) {
  return PhraseSet(phrases_of(ontology, ids));
}

bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'!' || c == U'？' ||
         c == U'?';
}

bool is_decoration(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'*' || c == U'#' || c == U'【' ||
         c == U'】';
}

std::u32string trim_decoration(std::u32string text) {
  while (!text.empty() && is_decoration(text.back())) text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && is_decoration(text[start])) ++start;
  return text.substr(start);
}

// A heading: a short line that is not a sentence (no final stop, no comma).
bool is_heading(const std::u32string& text) {
  const std::u32string core = trim_decoration(text);
  return !core.empty() && core.size() <= 40 && !is_sentence_end(core.back()) &&
         core.find(U'，') == std::u32string::npos;
}

bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百").find(c) != std::u32string_view::npos;
}

bool is_number_separator(char32_t c) { return c == U'、' || c == U'.' || c == U'．'; }

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// A top-level heading opens a new part: "# …", "第三部分", "三、", "3." (not "3.1").
bool is_top_level_heading(const std::u32string& text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == U' ' || text[i] == U'\u3000')) ++i;
  if (i < text.size() && text[i] == U'#') return true;
  while (i < text.size() && is_decoration(text[i])) ++i;
  if (i < text.size() && text[i] == U'第') {
    std::size_t j = i + 1;
    while (j < text.size() && is_chinese_numeral(text[j])) ++j;
    return j > i + 1 && j < text.size() &&
           std::u32string_view(U"部分章条节").find(text[j]) != std::u32string_view::npos;
  }
  std::size_t j = i;
  while (j < text.size() && is_chinese_numeral(text[j])) ++j;
  if (j > i) {
    while (j < text.size() && text[j] == U' ') ++j;
    return j < text.size() && is_number_separator(text[j]);
  }
  while (j < text.size() && is_ascii_digit(text[j])) ++j;
  if (j == i || j - i > 2) return false;
  if (j < text.size() && is_number_separator(text[j])) ++j;
  return j == text.size() || !(is_ascii_digit(text[j]) || text[j] == U'.' || text[j] == U'．');
}

// The clause number at the start of `text` (after `from`). A comma right after the number
// counts as the space it stands for in text whose spaces became commas ("1.1,您同意…").
std::optional<ClauseNumber> leading_clause_number(const std::u32string& text, std::size_t from) {
  std::u32string line = text.substr(from);
  std::size_t end = 0;
  while (end < line.size() && (is_ascii_digit(line[end]) || line[end] == U'.' || line[end] == U'．')) ++end;
  if (end > 0 && end < line.size() && line[end] == U',') line[end] = U' ';
  return clause_number_at(line);
}

// How high a numbered heading stands: 第一部分 over 一、 over （一） over 1. over 1.1 …;
// kUnnumbered for a line without a number.
constexpr int kUnnumbered = -1;
int numbering_rank(const std::u32string& text) {
  std::size_t i = 0;
  while (i < text.size() && is_decoration(text[i])) ++i;
  const std::optional<ClauseNumber> number = leading_clause_number(text, i);
  if (!number) return kUnnumbered;
  const int scheme = static_cast<int>(number->scheme);
  if (number->scheme != NumberScheme::Decimal) return scheme * 10;
  return scheme * 10 + static_cast<int>(number->values.size());
}

// A sentence that opens a list: it ends in a colon.
bool opens_list(const std::string& sentence) {
  std::u32string text = utf8::decode_all(sentence);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\u3000' || text.back() == U'\t')) text.pop_back();
  return !text.empty() && (text.back() == U'：' || text.back() == U':');
}

// An item that another follows: it ends in a semicolon ("…直接相关的；").
bool ends_item(std::string_view sentence) { return sentence.ends_with("；") || sentence.ends_with(";"); }

// A list item: a clause number ("1、", "(2)", "（三）", "a)", "①") or a bullet at its start.
bool is_list_item(const std::u32string& text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == U' ' || text[i] == U'\u3000' || text[i] == U'\t')) ++i;
  if (i == text.size()) return false;
  if (std::u32string_view(U"-•·●▪").find(text[i]) != std::u32string_view::npos) return true;
  return leading_clause_number(text, i).has_value();
}

}  // namespace

CappSentenceLabeller::CappSentenceLabeller(const Ontology& ontology)
    : address_context_(cue_set(ontology, {"address_context"})),
      postal_code_context_(cue_set(ontology, {"postal_code_context"})),
      phone_context_(cue_set(ontology, {"phone_context"})),
      external_remedy_(cue_set(ontology, {"external_remedy"})) {
  const std::vector<std::string> share_lists = {"share_verbs", "entrust_verbs", "transfer_verbs", "disclose_verbs"};
  const std::vector<std::string> storage_lists = {"retention", "store_verbs", "data_localisation"};
  std::vector<std::string> rights_lists = right_list_ids(ontology);
  std::vector<std::string> rights_heading_lists = rights_lists;
  rights_heading_lists.push_back("rights_heading");
  std::vector<std::string> storage_statement_lists = storage_lists;
  storage_statement_lists.push_back("storage_statement");

  topics_ = {
      {"contact", cue_set(ontology, {"contact_heading"})},
      {"special", cue_set(ontology, {"children"})},
      {"share", cue_set(ontology, share_lists)},
      {"storage", cue_set(ontology, storage_lists)},
      {"security", cue_set(ontology, {"security_measures", "security_heading"})},
      {"rights", cue_set(ontology, rights_heading_lists)},
      {"change", cue_set(ontology, {"policy_change", "policy_change_heading"})},
      {"cookie", cue_set(ontology, {"cookie"})},
      {"collect", cue_set(ontology, {"collect_verbs", "use_verbs"})},
  };
  collect_ = cue_set(ontology, {"collect_verbs"});
  share_ = cue_set(ontology, share_lists);
  std::vector<std::string> recipients;
  for (const Party& party : ontology.parties) {
    if (party.kind == PartyKind::FirstParty || party.kind == PartyKind::User) continue;
    for (const std::string& alias : party.aliases)
      if (utf8::decode_all(alias).size() >= 2) recipients.push_back(alias);
  }
  recipients_ = PhraseSet(recipients);
  data_use_ = cue_set(ontology, {"use_verbs", "purpose_wording", "analyse_verbs", "data_use_outcomes"});
  service_use_ = cue_set(ontology, {"user_uses", "service_use"});
  to_user_ = cue_set(ontology, {"to_user"});
  policy_reference_ = cue_set(ontology, {"policy_reference"});
  use_verbs_ = cue_set(ontology, {"use_verbs"});
  purpose_ = cue_set(ontology, {"purpose_wording"});
  storage_ = cue_set(ontology, storage_lists);
  storage_statement_ = cue_set(ontology, storage_statement_lists);
  special_ = cue_set(ontology, {"children", "guardian_consent", "guardian_guidance"});
  rights_ = cue_set(ontology, rights_lists);
  user_ability_ = cue_set(ontology, {"user_ability", "setting_place_ability"});
  std::vector<std::string> control_lists = rights_lists;
  control_lists.push_back("user_settings");
  controls_ = cue_set(ontology, control_lists);
  refusal_consequence_ = cue_set(ontology, {"refusal_consequence"});
  consent_exemption_ = cue_set(ontology, {"consent_exemption"});
  provision_refusal_ = cue_set(ontology, {"provision_refusal"});
  authorisation_refusal_ = cue_set(ontology, {"authorisation_refusal"});
  permissions_ = cue_set(ontology, {"permission_words"});
  permission_request_ = cue_set(ontology, {"permission_request"});
  security_ = cue_set(ontology, {"security_measures"});
  policy_change_ = cue_set(ontology, {"policy_change"});
  cessation_ = cue_set(ontology, {"service_cessation"});
  contact_ = cue_set(ontology, {"contact", "response_time"});
}

std::string CappSentenceLabeller::heading_topic(const std::string& heading) const {
  // "2、向您提供基于位置的服务" offers the user a service; it shares nothing.
  const std::string text = blanked(heading, to_user_);
  for (const Topic& topic : topics_)
    if (topic.heading_cues.occurs_in(text)) return topic.id;
  return {};
}

bool CappSentenceLabeller::has_contact_channel(const std::string& sentence) const {
  if (!find_emails(sentence).empty()) return true;
  const bool phone_context = phone_context_.occurs_in(sentence);
  for (const ChannelMatch& phone : find_phones(sentence))
    if (phone_context || !is_service_number(std::string_view(sentence).substr(phone.begin, phone.end - phone.begin)))
      return true;
  // A web page to reach the company: a contact cue with a link ("联系在线客服https://…").
  if (contact_.occurs_in(sentence) &&
      (sentence.find("http") != std::string::npos || sentence.find("www.") != std::string::npos))
    return true;
  std::vector<std::size_t> cue_ends;
  for (const PhraseMatch& match : postal_code_context_.find_all(sentence)) cue_ends.push_back(match.end);
  if (!find_postal_codes(sentence, cue_ends).empty()) return true;
  cue_ends.clear();
  for (const PhraseMatch& match : address_context_.find_all(sentence)) cue_ends.push_back(match.end);
  return !find_addresses(sentence, cue_ends).empty();
}

std::string CappSentenceLabeller::without_service_use(const std::string& sentence) const {
  return blanked(sentence, service_use_);
}

std::string CappSentenceLabeller::blanked(const std::string& sentence, const PhraseSet& phrases) {
  std::string text;
  std::size_t at = 0;
  for (const PhraseMatch& match : phrases.find_all(sentence)) {
    text.append(sentence, at, match.begin - at);
    text += "\u25A2";  // a placeholder no cue contains
    at = match.end;
  }
  text.append(sentence, at, std::string::npos);
  return text;
}

std::vector<std::set<std::string>> CappSentenceLabeller::label(
    const std::vector<std::string>& sentences) const {
  // The section topic of every sentence; headings themselves are not labelled
  // (except as below).
  std::vector<std::string> section(sentences.size());
  std::vector<bool> heading(sentences.size(), false);
  std::set<std::string> topics_present;
  std::string current;
  int opener_rank = kUnnumbered;  // the numbering rank of the heading that opened `current`
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::u32string text = utf8::decode_all(sentences[i]);
    if (is_heading(text)) {
      heading[i] = true;
      const std::string topic = heading_topic(sentences[i]);
      const int rank = numbering_rank(text);
      if (!topic.empty()) {
        // A subheading on the section's own topic ("我们会为您提供的功能包括：" under
        // "二、信息收集及使用") keeps the rank of the heading that opened the section.
        if (topic != current || opener_rank == kUnnumbered) opener_rank = rank;
        current = topic;
      } else if (is_top_level_heading(text) && (rank == kUnnumbered || opener_rank == kUnnumbered || rank <= opener_rank)) {
        current.clear();  // a new part about something else, not an item of this one
        opener_rank = kUnnumbered;
      }
    }
    section[i] = current;
    if (!current.empty() && !heading[i]) topics_present.insert(current);
  }

  static const std::string kCollect = "数据收集";
  static const std::string kShare = "共享、委托、转让、公开（披露）";
  static const std::string kUse = "使用";
  static const std::string kStorage = "存储方式";
  std::vector<std::set<std::string>> labels(sentences.size());
  // A heading-like line that ends in a colon opens a list ("我们会在以下情形中使用您的信息：")
  // and is labelled as a sentence; a contact channel counts on any line.
  std::vector<bool> unlabelled(sentences.size(), false);
  for (std::size_t i = 0; i < sentences.size(); ++i)
    unlabelled[i] = heading[i] && !opens_list(sentences[i]);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (unlabelled[i]) {
      if (has_contact_channel(sentences[i])) labels[i].insert("联系方式");
      continue;
    }
    const std::string& sentence = sentences[i];
    const std::string& in = section[i];
    std::set<std::string>& out = labels[i];

    const bool share_cue = share_.occurs_in(sentence);
    const bool rights_cue = rights_.occurs_in(sentence);
    // A right or a setting the user is told they can use ("您可以在设置中关闭…").
    const bool user_control = (controls_.occurs_in(sentence) && user_ability_.occurs_in(sentence)) ||
                              authorisation_refusal_.occurs_in(sentence);
    const bool collect_cue = collect_.occurs_in(sentence);

    // Collection: the collection section, except sentences about something else
    // (a recipient, a user control, a permission) that name no collection verb, and
    // a user control even with one; outside any section and in the cookie section
    // (mostly definitions and settings), a collection verb. A sentence naming the
    // policy itself ("本政策将帮助您了解我们如何收集…") describes the document, so
    // states neither collection nor use.
    const bool about_other = share_cue || user_control || permissions_.occurs_in(sentence);
    const bool about_policy = policy_reference_.occurs_in(sentence);
    const std::string handler_text = without_service_use(sentence);
    // Processing the law allows without consent ("以下情形中，我们处理您的个人信息无需征得您的同意：").
    const bool exempt_use = consent_exemption_.occurs_in(sentence) && use_verbs_.occurs_in(handler_text);
    // Declining to provide data and what that costs ("如您拒绝提供上述信息，将无法…")
    // speaks of collection wherever it stands.
    const bool refused_provision = provision_refusal_.occurs_in(sentence) && refusal_consequence_.occurs_in(sentence);
    if (refused_provision ||
        (((in == "collect" && !user_control && (collect_cue || !about_other)) ||
          ((in.empty() || in == "cookie") && (collect_cue || exempt_use) && !user_control)) &&
         !about_policy))
      out.insert(kCollect);

    // Sharing: the sharing section, or a sharing verb together with a recipient; a bare
    // sharing verb counts only when the policy has no sharing section.
    if (in == "share" || (share_cue && recipients_.occurs_in(sentence)) ||
        (share_cue && !topics_present.contains("share")))
      out.insert(kShare);

    // Use: the collection section, when the sentence says what data is used for (the
    // user's own use of the service does not count); not what the user controls or
    // what refusing costs them ("否则将无法使用…").
    // Outside the sections of other practices, a use verb with its purpose.
    if (((in == "collect" || in == "cookie") && data_use_.occurs_in(handler_text) && !user_control &&
         !refusal_consequence_.occurs_in(sentence) && !about_policy) ||
        ((in.empty() || in == "special") && use_verbs_.occurs_in(handler_text) &&
         (purpose_.occurs_in(handler_text) || exempt_use) && !about_policy))
      out.insert(kUse);

    // Storage: a storage section sentence that speaks of storage, where, how long or
    // what happens at the end; a storage word anywhere when there is no such section.
    if ((in == "storage" && storage_statement_.occurs_in(sentence)) ||
        (storage_.occurs_in(sentence) && !topics_present.contains("storage")))
      out.insert(kStorage);

    if (in == "special" || (special_.occurs_in(sentence) && !topics_present.contains("special")))
      out.insert("特殊人群");

    // User rights: the rights section, a right or setting the user is told they can
    // use, or managing cookies in the cookie section.
    if (in == "rights" || user_control || (in == "cookie" && rights_cue)) out.insert("数据、权限管理");

    // Courts and regulators named in the contact section are remedies, not contacts.
    // Permissions: a device permission the app asks for or uses.
    if (permissions_.occurs_in(sentence) && permission_request_.occurs_in(sentence)) out.insert("权限获取");

    if (in == "security" || security_.occurs_in(sentence)) out.insert("安全措施");

    if (in == "change" || policy_change_.occurs_in(sentence)) out.insert("隐私政策的授权、修改与变更");

    if (cessation_.occurs_in(sentence)) out.insert("停止运营");

    if ((in == "contact" && contact_.occurs_in(sentence) && !external_remedy_.occurs_in(sentence)) ||
        has_contact_channel(sentence))
      out.insert("联系方式");
  }

  // The items of a list take the practice labels of the sentence that opens it.
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (unlabelled[i] || !opens_list(sentences[i])) continue;
    std::set<std::string> inherited;
    for (const std::string* label : {&kCollect, &kShare, &kUse, &kStorage})
      if (labels[i].contains(*label)) inherited.insert(*label);
    std::size_t j = i + 1;
    for (; j < sentences.size() && !unlabelled[j] &&
           (is_list_item(utf8::decode_all(sentences[j])) || (j > i + 1 && ends_item(sentences[j - 1]) && ends_item(sentences[j])));
         ++j)
      labels[j].insert(inherited.begin(), inherited.end());
    i = j - 1;
  }
  return labels;
}

ClaudetteSentenceLabeller::ClaudetteSentenceLabeller(const Ontology& ontology) {
  static const std::vector<std::pair<std::string, std::string>> category_lists = {
      {"a", "arbitration"},
      {"ch", "unilateral_change"},
      {"cr", "content_removal"},
      {"j", "jurisdiction"},
      {"law", "choice_of_law"},
      {"ltd", "liability_exclusion"},
      {"ter", "unilateral_termination"},
      {"use", "contract_by_using"},
      {"pinc", "policy_by_reference"},
  };
  for (const auto& [category, list] : category_lists) {
    std::vector<std::string> phrases = phrases_of(ontology, {list});
    std::transform(phrases.begin(), phrases.end(), phrases.begin(), ascii_lower);
    categories_.push_back({category, PhraseSet(phrases)});
  }
}

std::vector<std::set<std::string>> ClaudetteSentenceLabeller::label(
    const std::vector<std::string>& sentences) const {
  std::vector<std::set<std::string>> labels(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::string lowered = ascii_lower(sentences[i]);
    for (const Category& category : categories_)
      if (category.cues.occurs_in(lowered)) labels[i].insert(category.id);
  }
  return labels;
}

}  // namespace consentflow
