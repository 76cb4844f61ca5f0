#include "extract/sentence_labels.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/contact_channels.h"
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

std::string ascii_lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

CappSentenceLabeller::CappSentenceLabeller(const Ontology& ontology)
    : address_context_(cue_set(ontology, {"address_context"})) {
  const std::vector<std::string> share_lists = {"share_verbs", "entrust_verbs", "transfer_verbs", "disclose_verbs"};
  const std::vector<std::string> storage_lists = {"retention", "store_verbs", "data_localisation"};
  std::vector<std::string> rights_lists = right_list_ids(ontology);
  std::vector<std::string> rights_heading_lists = rights_lists;
  rights_heading_lists.push_back("rights_heading");

  topics_ = {
      {"contact", cue_set(ontology, {"contact"})},
      {"special", cue_set(ontology, {"children"})},
      {"share", cue_set(ontology, share_lists)},
      {"storage", cue_set(ontology, storage_lists)},
      {"security", cue_set(ontology, {"security_measures"})},
      {"rights", cue_set(ontology, rights_heading_lists)},
      {"change", cue_set(ontology, {"policy_change"})},
      {"collect", cue_set(ontology, {"collect_verbs", "use_verbs"})},
  };
  rules_ = {
      {"数据收集", "collect", cue_set(ontology, {"collect_verbs"}), Evidence::CueOrSection},
      {"共享、委托、转让、公开（披露）", "share", cue_set(ontology, share_lists),
       Evidence::SectionElseCue},
      {"使用", "collect", cue_set(ontology, {"use_verbs"}), Evidence::CueOrSection},
      {"存储方式", "storage", cue_set(ontology, storage_lists), Evidence::SectionElseCue},
      {"特殊人群", "special", cue_set(ontology, {"children", "guardian_consent", "guardian_guidance"}),
       Evidence::SectionElseCue},
      {"数据、权限管理", "rights", cue_set(ontology, rights_lists), Evidence::CueOrSection},
      {"联系方式", "contact", cue_set(ontology, {"contact"}), Evidence::CueInSection},
  };
}

std::string CappSentenceLabeller::heading_topic(const std::string& heading) const {
  for (const Topic& topic : topics_)
    if (topic.heading_cues.occurs_in(heading)) return topic.id;
  return {};
}

bool CappSentenceLabeller::has_contact_channel(const std::string& sentence) const {
  if (!find_emails(sentence).empty() || !find_phones(sentence).empty()) return true;
  std::vector<std::size_t> cue_ends;
  for (const PhraseMatch& match : address_context_.find_all(sentence)) cue_ends.push_back(match.end);
  return !find_addresses(sentence, cue_ends).empty();
}

std::vector<std::set<std::string>> CappSentenceLabeller::label(
    const std::vector<std::string>& sentences) const {
  // The section topic of every sentence; headings themselves are not labelled.
  std::vector<std::string> section(sentences.size());
  std::vector<bool> heading(sentences.size(), false);
  std::set<std::string> topics_present;
  std::string current;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::u32string text = utf8::decode_all(sentences[i]);
    if (is_heading(text)) {
      heading[i] = true;
      const std::string topic = heading_topic(sentences[i]);
      if (!topic.empty())
        current = topic;
      else if (is_top_level_heading(text))
        current.clear();  // a new part about something else
    }
    section[i] = current;
    if (!current.empty() && !heading[i]) topics_present.insert(current);
  }

  std::vector<std::set<std::string>> labels(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (const Rule& rule : rules_) {
      const bool in_section = !heading[i] && section[i] == rule.topic;
      const bool cue = rule.cues.occurs_in(sentences[i]);
      bool labelled = false;
      switch (rule.evidence) {
        case Evidence::CueOrSection:
          labelled = cue || in_section;
          break;
        case Evidence::SectionElseCue:
          labelled = in_section || (cue && !topics_present.contains(rule.topic));
          break;
        case Evidence::CueInSection:
          labelled = (cue && in_section) || has_contact_channel(sentences[i]);
          break;
      }
      if (labelled) labels[i].insert(rule.label);
    }
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
