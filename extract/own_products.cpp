#include "extract/own_products.h"

#include <algorithm>

#include "model/utf8.h"

namespace consentflow {
namespace {

// How an offering is introduced and how its examples start (NFKC of "，如", "（例如" …).
constexpr std::string_view kOfferings[] = {"产品和服务", "产品与服务", "产品或服务", "产品及服务", "产品和/或服务",
                                           "产品", "服务", "应用"};
constexpr std::string_view kExampleIntros[] = {",如", "(如", ",例如", "(例如", ",包括", "(包括"};
constexpr std::string_view kOwnership[] = {"旗下的", "旗下", "的"};
constexpr std::string_view kFirstPartyWords[] = {"我们", "本公司", "我司", "我方", "本集团", "我们集团"};
// Parts of a company name that name no one: "合作公司的产品" is not ours.
constexpr std::string_view kGenericNameParts[] = {"公司", "有限", "科技", "网络", "信息", "技术", "集团", "中国", "北京",
                                                  "上海", "深圳", "广州", "杭州"};
constexpr std::size_t kMaxProductCodePoints = 12;
constexpr std::size_t kMaxOwnerCodePoints = 6;

bool strip_suffix(std::string_view& text, std::string_view suffix) {
  if (!text.ends_with(suffix)) return false;
  text.remove_suffix(suffix.size());
  return true;
}

// The last `count` code points of `text`.
std::string_view last_code_points(std::string_view text, std::size_t count) {
  std::size_t begin = text.size();
  for (std::size_t n = 0; n < count && begin > 0; ++n) {
    --begin;
    while (begin > 0 && utf8::is_continuation(static_cast<unsigned char>(text[begin]))) --begin;
  }
  return text.substr(begin);
}

bool owned_by_first_party(std::string_view owner, const std::vector<std::string>& aliases, const std::string& company) {
  for (std::string_view word : kFirstPartyWords)
    if (owner.ends_with(word)) return true;
  for (const std::string& alias : aliases)
    if (owner.ends_with(alias)) return true;
  if (company.empty()) return false;
  if (owner.ends_with(company)) return true;
  // "腾讯的产品" in a policy of 深圳市腾讯计算机系统有限公司.
  for (std::size_t count = kMaxOwnerCodePoints; count >= 2; --count) {
    const std::string_view part = last_code_points(owner, count);
    const bool generic = std::any_of(std::begin(kGenericNameParts), std::end(kGenericNameParts),
                                     [&](std::string_view word) { return part.find(word) != std::string_view::npos; });
    if (!generic && company.find(part) != std::string::npos) return true;
  }
  return false;
}

// "QQ、微信等" up to the end of the list.
std::vector<std::string> listed_names(std::string_view text) {
  std::vector<std::string> names;
  std::string current;
  std::size_t count = 0;
  bool too_long = false;
  const auto finish = [&] {
    if (!current.empty() && !too_long && current.find("的") == std::string::npos) names.push_back(current);
    current.clear();
    count = 0;
    too_long = false;
  };
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t c = utf8::decode(text, at);
    if (c == U'等' || c == U')' || c == U'。' || c == U';' || c == U',' || c == U':' || c == U'\n') break;
    if (c == U'、' || c == U'和' || c == U'及' || c == U'或' || c == U'/') {
      finish();
      continue;
    }
    if (c == U' ') continue;
    current += text.substr(start, at - start);
    too_long |= ++count > kMaxProductCodePoints;
  }
  finish();
  return names;
}

}  // namespace

std::vector<std::string> find_own_products(std::string_view document_text, const std::vector<std::string>& aliases,
                                           const std::string& company) {
  std::vector<std::string> products;
  for (std::string_view intro : kExampleIntros) {
    for (std::size_t at = document_text.find(intro); at != std::string_view::npos;
         at = document_text.find(intro, at + intro.size())) {
      std::string_view before = document_text.substr(0, at);
      const bool offering = std::any_of(std::begin(kOfferings), std::end(kOfferings),
                                        [&](std::string_view word) { return strip_suffix(before, word); });
      const bool owned = offering && std::any_of(std::begin(kOwnership), std::end(kOwnership),
                                                 [&](std::string_view word) { return strip_suffix(before, word); });
      if (!owned || !owned_by_first_party(last_code_points(before, 40), aliases, company)) continue;
      for (std::string& name : listed_names(document_text.substr(at + intro.size())))
        if (std::find(products.begin(), products.end(), name) == products.end()) products.push_back(std::move(name));
    }
  }
  return products;
}

}  // namespace consentflow
