#include "extract/document_split.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/clause_numbering.h"
#include "model/ascii_case.h"
#include "model/phrase_set.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// A document needs this many prose lines under its title; fewer means a table
// of contents entry, a page header or a link.
constexpr int kMinContentLines = 3;
constexpr std::size_t kMaxTitleLength = 40;

struct Line {
  std::size_t begin = 0;  // byte range of the trimmed line in the normalized text
  std::size_t end = 0;
  std::string_view text;
  std::size_t length = 0;  // code points
  bool content = false;    // prose: holds sentence punctuation and some length
  bool chrome = false;     // site furniture: 备案, copyright, downloads, bare URLs
  bool title = false;
};

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(), [&](std::string_view part) { return contains(text, part); });
}

bool has_cjk(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();)
    if (utf8::decode(text, pos) >= 0x3400) return true;
  return false;
}

bool is_chrome(std::string_view text) {
  // Searched together: one pass per line rather than one per marker.
  static const PhraseSet kChromeMarkers({"icp备", "icp证", "公网安备", "营业执照", "copyright", "©", "版权所有",
                                         "all rights reserved", "app store", "应用商店", "扫码下载", "立即下载",
                                         "下载app", "app下载", "违法和不良信息举报", "举报电话",
                                         "网络文化经营许可证", "增值电信业务", "返回顶部", "回到顶部"});
  // Most lines hold no capital letter: those are searched as they are, without a copy.
  const bool has_capital = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const std::string lowered = has_capital ? ascii_lower(text) : std::string();
  const std::string_view folded = has_capital ? std::string_view(lowered) : text;
  if (kChromeMarkers.occurs_in(folded)) return true;
  // A short line of a bare domain or URL ("xiaohongshu.com 保留最终解释权").
  return (contains(folded, ".com") || contains(folded, "http") || contains(folded, "www.")) &&
         utf8::count_code_points(text) < 40 && !contains_any(text, {"。", ",", ";"});
}

bool is_title(const Line& line) {
  if (line.length < 4 || line.length > kMaxTitleLength) return false;
  std::string_view text = line.text;
  if (contains_any(text, {"。", ",", ";", ":", "?", "!", "、"})) return false;
  if (clause_number_at_utf8(text).has_value()) return false;
  // Strip 《》 and a trailing edition note: "《隐私政策》(2023年版)".
  const std::string folded = ascii_lower(text);
  static const std::string_view kSuffixes[] = {"协议", "条款", "政策", "声明", "指引", "规则", "须知",
                                               "policy", "terms", "agreement", "notice", "statement",
                                               "terms of service", "terms of use"};
  std::string core = folded;
  for (std::string_view junk : {"《", "》", "「", "」", "\"", "“", "”", "#", "*"}) {
    for (std::size_t at = core.find(junk); at != std::string::npos; at = core.find(junk)) core.erase(at, junk.size());
  }
  const std::size_t paren = core.find('(');
  if (paren != std::string::npos && paren > 0) core.erase(paren);
  while (!core.empty() && (core.back() == ' ')) core.pop_back();
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                     [&](std::string_view suffix) { return core.ends_with(suffix); });
}

std::vector<Line> lines_of(const std::string& text) {
  static const PhraseSet kProsePunctuation({"。", ",", ";", ":", "、", ".", "!", "?"});
  std::vector<Line> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::size_t first = begin;
    std::size_t last = end;
    while (first < last && (text[first] == ' ' || text[first] == '\t')) ++first;
    while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    if (last > first) {
      Line line;
      line.begin = first;
      line.end = last;
      line.text = std::string_view(text).substr(first, last - first);
      line.length = utf8::count_code_points(line.text);
      line.chrome = is_chrome(line.text);
      line.content = !line.chrome && line.length >= 8 && kProsePunctuation.occurs_in(line.text);
      line.title = !line.chrome && is_title(line);
      lines.push_back(line);
    }
    begin = end + 1;
  }
  return lines;
}

std::string title_text(std::string_view text) {
  std::string title(text);
  for (std::string_view junk : {"#", "*", "《", "》"})
    for (std::size_t at = title.find(junk); at != std::string::npos; at = title.find(junk)) title.erase(at, junk.size());
  while (!title.empty() && title.front() == ' ') title.erase(0, 1);
  return title;
}

DocumentKind kind_from_body(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
  int privacy = 0;
  int agreement = 0;
  for (std::size_t i = first; i <= last && i < first + 40; ++i) {
    privacy += contains_any(lines[i].text, {"隐私", "个人信息", "privacy", "Privacy", "personal data"}) ? 1 : 0;
    agreement += contains_any(lines[i].text, {"协议", "条款", "Terms", "terms"}) ? 1 : 0;
  }
  if (privacy == 0 && agreement == 0) return DocumentKind::Other;
  return privacy >= agreement ? DocumentKind::PrivacyPolicy : DocumentKind::Agreement;
}

}  // namespace

DocumentKind document_kind_of_title(std::string_view title) {
  const std::string folded = ascii_lower(title);
  if (contains_any(folded, {"隐私", "个人信息", "privacy", "cookie"})) return DocumentKind::PrivacyPolicy;
  if (contains_any(folded, {"协议", "条款", "terms", "agreement", "须知", "规则"})) return DocumentKind::Agreement;
  return DocumentKind::Other;
}

std::vector<Document> split_documents(const NormalizedText& text) {
  const std::vector<Line> lines = lines_of(text.text());
  std::vector<Document> documents;
  if (lines.empty()) return documents;

  // Titles that have real content under them, before the next title.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].title) continue;
    int content = 0;
    for (std::size_t k = i + 1; k < lines.size() && !lines[k].title && content < kMinContentLines; ++k)
      content += lines[k].content ? 1 : 0;
    if (content >= kMinContentLines) starts.push_back(i);
  }

  // The last line a document may own: trailing chrome and link debris excluded.
  const auto last_owned = [&](std::size_t first, std::size_t limit) {
    std::size_t last = limit;
    while (last > first && !(lines[last].content && has_cjk(lines[last].text))) --last;
    return last;
  };

  if (starts.empty()) {
    std::size_t first = 0;
    while (first + 1 < lines.size() && !lines[first].content) ++first;
    const std::size_t last = last_owned(first, lines.size() - 1);
    Document document;
    document.kind = kind_from_body(lines, first, last);
    document.span = text.to_span(lines[first].begin, lines[last].end);
    documents.push_back(std::move(document));
    return documents;
  }
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t title = starts[k];
    const std::size_t limit = k + 1 < starts.size() ? starts[k + 1] - 1 : lines.size() - 1;
    const std::size_t last = k + 1 < starts.size() ? limit : last_owned(title, limit);
    Document document;
    document.title = title_text(lines[title].text);
    document.kind = document_kind_of_title(document.title);
    document.title_span = text.to_span(lines[title].begin, lines[title].end);
    document.span = text.to_span(lines[title].begin, lines[last].end);
    documents.push_back(std::move(document));
  }
  return documents;
}

}  // namespace consentflow
