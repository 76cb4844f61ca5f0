#include "extract/contact_channels.h"

#include <string>

namespace consentflow {
namespace {

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_local_part(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool is_domain_part(char c) { return is_alnum(c) || c == '.' || c == '-'; }
bool is_phone_part(char c) { return is_digit(c) || c == '-' || c == ' ' || c == '(' || c == ')' || c == '+'; }

bool is_service_digits(std::string_view digits) {
  return digits.size() == 5 && (digits.starts_with("95") || digits.starts_with("96"));
}

bool is_phone_number(const std::string& digits, bool international) {
  const std::size_t n = digits.size();
  if (international) return n >= 10 && n <= 15;
  if ((digits.starts_with("400") || digits.starts_with("800")) && n == 10) return true;
  if (n == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9') return true;
  if (is_service_digits(digits)) return true;
  return digits[0] == '0' && n >= 10 && n <= 12;
}

// Skips the separators that may stand between a cue and what it introduces.
std::size_t skip_separators(std::string_view text, std::size_t at) {
  static constexpr std::string_view separators[] = {"：", ":", "为", "是", " ", ",", "，"};
  for (bool skipped = true; skipped;) {
    skipped = false;
    for (const std::string_view separator : separators) {
      if (text.substr(at).starts_with(separator)) {
        at += separator.size();
        skipped = true;
      }
    }
  }
  return at;
}

// Clause punctuation that ends an address (ASCII after NFKC, and the CJK ones).
bool ends_address(std::string_view rest) {
  static constexpr std::string_view stops[] = {"，", "。", "；", "、", ",", ";", "\n", "(", ")", "（", "）"};
  for (const std::string_view stop : stops) {
    if (rest.starts_with(stop)) return true;
  }
  return false;
}

}  // namespace

std::vector<ChannelMatch> find_emails(std::string_view text) {
  std::vector<ChannelMatch> found;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && is_local_part(text[begin - 1])) --begin;
    std::size_t end = at + 1;
    while (end < text.size() && is_domain_part(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) continue;
    if (!found.empty() && found.back().end > begin) continue;
    found.push_back({begin, end});
  }
  return found;
}

std::vector<ChannelMatch> find_phones(std::string_view text) {
  std::vector<ChannelMatch> found;
  std::size_t i = 0;
  while (i < text.size()) {
    // Most bytes (all of Chinese text) cannot start a number: skip them in a tight loop.
    while (i < text.size() && !is_digit(text[i]) && text[i] != '+' && text[i] != '(') ++i;
    if (i == text.size()) break;
    const bool starts = is_digit(text[i]) || (text[i] == '+' && i + 1 < text.size() && is_digit(text[i + 1])) ||
                        (text[i] == '(' && i + 1 < text.size() && is_digit(text[i + 1]));
    const bool glued = i > 0 && (is_alnum(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '@' ||
                                 text[i - 1] == '/' || text[i - 1] == '_');
    if (!starts || glued) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::string digits;
    while (end < text.size() && is_phone_part(text[end])) {
      if (is_digit(text[end])) digits.push_back(text[end]);
      ++end;
    }
    while (end > i && !is_digit(text[end - 1])) --end;
    const bool glued_after = end < text.size() && (is_alnum(text[end]) || text[end] == '@' || text[end] == '.');
    if (!digits.empty() && !glued_after && is_phone_number(digits, text[i] == '+')) {
      found.push_back({i, end});
    }
    i = end > i ? end : i + 1;
  }
  return found;
}

bool is_service_number(std::string_view number) {
  std::string digits;
  for (const char c : number)
    if (is_digit(c)) digits.push_back(c);
  return is_service_digits(digits);
}

std::vector<ChannelMatch> find_postal_codes(std::string_view text, const std::vector<std::size_t>& cue_ends) {
  std::vector<ChannelMatch> found;
  for (const std::size_t cue_end : cue_ends) {
    const std::size_t begin = skip_separators(text, cue_end);
    std::size_t end = begin;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end - begin == 6 && (end == text.size() || !is_alnum(text[end]))) found.push_back({begin, end});
  }
  return found;
}

std::vector<ChannelMatch> find_addresses(std::string_view text, const std::vector<std::size_t>& cue_ends) {
  static constexpr std::string_view place_words[] = {"省", "市", "区", "县", "路", "街", "道", "号", "楼", "室"};
  std::vector<ChannelMatch> found;
  for (const std::size_t cue_end : cue_ends) {
    const std::size_t begin = skip_separators(text, cue_end);
    std::size_t end = begin;
    while (end < text.size() && !ends_address(text.substr(end))) ++end;
    while (end > begin && text[end - 1] == ' ') --end;
    const std::string_view candidate = text.substr(begin, end - begin);
    int place_hits = 0;
    for (const std::string_view word : place_words) {
      if (candidate.find(word) != std::string_view::npos) ++place_hits;
    }
    // An address names at least two levels (市…路, 区…号); 240 bytes is about 80 characters.
    if (place_hits >= 2 && candidate.size() <= 240 && (found.empty() || found.back().end <= begin)) {
      found.push_back({begin, end});
    }
  }
  return found;
}

}  // namespace consentflow
