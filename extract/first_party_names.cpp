#include "extract/first_party_names.h"

#include <algorithm>

#include "extract/own_products.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// Where definitions live: the preamble and first clauses.
constexpr std::size_t kSearchBytes = 12000;

bool generic_name(std::string_view name) {
  for (std::string_view word : {"协议", "政策", "条款", "声明", "指引", "服务", "规则", "本网站", "本平台",
                                "本应用", "我们", "平台", "用户", "您", "个人信息"})
    if (name == word || (word.size() > 3 && name.find(word) != std::string_view::npos && name.size() <= word.size() + 6))
      return true;
  return false;
}

// The quoted name right after `at`: 「X」, “X”, "X", 『X』 or an unquoted run of letters.
std::string quoted_after(std::string_view text, std::size_t at) {
  static const std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"「", "」"}, {"“", "”"}, {"\"", "\""}, {"『", "』"}, {"《", "》"}};
  while (at < text.size() && (text[at] == ' ' || text[at] == ':')) ++at;
  if (text.substr(at, 3) == "为") at += 3;
  for (const auto& [open, close] : kQuotes) {
    if (text.substr(at, open.size()) != open) continue;
    const std::size_t end = text.find(close, at + open.size());
    if (end == std::string_view::npos || end - at > 60) return {};
    return std::string(text.substr(at + open.size(), end - at - open.size()));
  }
  // Unquoted: up to a bracket, a comma or a stop.
  std::size_t end = at;
  std::size_t count = 0;
  while (end < text.size() && count < 12) {
    std::size_t next = end;
    const char32_t c = utf8::decode(text, next);
    if (c == U')' || c == U',' || c == U'。' || c == U'、' || c == U';' || c == U' ' || c == U'或' || c == U'/')
      break;
    end = next;
    ++count;
  }
  return std::string(text.substr(at, end - at));
}

std::string company_before(std::string_view text, std::size_t limit) {
  const std::string_view suffix = "有限公司";
  const std::size_t at = text.substr(0, limit).find(suffix);
  if (at == std::string_view::npos) return {};
  // Walk back over the name: CJK characters and brackets, at most 30 characters.
  std::size_t begin = at;
  for (int count = 0; begin > 0 && count < 30; ++count) {
    std::size_t previous = begin - 1;
    while (previous > 0 && utf8::is_continuation(static_cast<unsigned char>(text[previous]))) --previous;
    std::size_t probe = previous;
    const char32_t c = utf8::decode(text, probe);
    const bool name_char = (c >= 0x4E00 && c <= 0x9FFF) || c == U'(' || c == U')' || c == U'（' || c == U'）';
    if (!name_char) break;
    begin = previous;
  }
  // Drop a leading verb the walk swallowed ("由…", "是…").
  for (std::string_view lead : {"由", "是", "为", "系", "指"})
    if (text.substr(begin, lead.size()) == lead) begin += lead.size();
  return std::string(text.substr(begin, at + suffix.size() - begin));
}

}  // namespace

FirstPartyNames find_first_party_names(std::string_view document_text,
                                       const std::function<bool(std::string_view)>& names_something_else) {
  const std::string_view text = document_text.substr(0, std::min(document_text.size(), kSearchBytes));
  FirstPartyNames names;
  for (std::string_view marker : {"以下简称", "以下称", "下称", "以下统称", "简称"}) {
    for (std::size_t at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1)) {
      std::size_t after = at + marker.size();
      // "以下简称「本网站」或「小红书」": read every alternative.
      for (int alternative = 0; alternative < 3; ++alternative) {
        const std::string name = quoted_after(text, after);
        if (name.empty()) break;
        if (!generic_name(name) && !names_something_else(name) &&
            std::find(names.aliases.begin(), names.aliases.end(), name) == names.aliases.end())
          names.aliases.push_back(name);
        const std::size_t found = text.find(name, after);
        if (found == std::string_view::npos) break;
        after = found + name.size();
        while (after < text.size() && (text.substr(after, 3) == "」" || text.substr(after, 3) == "”" || text[after] == '"'))
          after += text[after] == '"' ? 1 : 3;
        if (text.substr(after, 3) != "或" && text.substr(after, 3) != "、" && text.substr(after, 3) != "及") break;
        after += 3;
      }
    }
  }
  names.company = company_before(text, text.size());
  names.products = find_own_products(document_text, names.aliases, names.company);
  names.display = !names.aliases.empty() ? names.aliases.front() : !names.company.empty() ? names.company : "我们";
  return names;
}

}  // namespace consentflow
