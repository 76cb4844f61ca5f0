#include "extract/clause_numbering.h"

#include "model/utf8.h"

namespace consentflow {
namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0'; }

bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十〇零两").find(c) != std::u32string_view::npos;
}

int digit_value(char32_t c) {
  static const std::u32string_view digits = U"〇一二三四五六七八九";
  if (c == U'零') return 0;
  if (c == U'两') return 2;
  const auto at = digits.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// Completes a number: records how much of the line it takes, spaces included.
std::optional<ClauseNumber> finish(ClauseNumber number, std::u32string_view line, std::size_t end) {
  while (end < line.size() && is_space(line[end])) ++end;
  number.length = end;
  number.alone = end == line.size();
  return number;
}

std::string ascii(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) utf8::append(out, c);
  return out;
}

std::optional<ClauseNumber> chinese_forms(std::u32string_view line) {
  // 第一条 / 第一章 / 第一节 / 第一部分 / 第1条
  if (line.size() >= 3 && line[0] == U'第') {
    std::size_t end = 1;
    while (end < line.size() && (is_chinese_numeral(line[end]) || is_digit(line[end]))) ++end;
    if (end == 1 || end > 5 || end >= line.size()) return std::nullopt;
    const std::u32string_view digits = line.substr(1, end - 1);
    int value = is_digit(digits[0]) ? std::stoi(ascii(digits)) : chinese_numeral_value(digits);
    if (value <= 0) return std::nullopt;
    ClauseNumber number;
    number.values = {value};
    if (line[end] == U'条') {
      number.scheme = NumberScheme::Article;
    } else if (line[end] == U'章' || line[end] == U'节' || line.substr(end, 2) == U"部分") {
      number.scheme = NumberScheme::Chapter;
    } else {
      return std::nullopt;
    }
    const std::size_t after = end + (line[end] == U'部' ? 2 : 1);
    number.text = ascii(line.substr(0, after));
    // "第一条规定的…" inside prose is rare at a line start; a heading follows with space or punctuation.
    std::size_t next = after;
    if (next < line.size() && (line[next] == U'、' || line[next] == U'：' || line[next] == U':' || line[next] == U'.'))
      ++next;
    return finish(number, line, next);
  }
  // 一、 / 十二、 / 一. / 一．
  std::size_t end = 0;
  while (end < line.size() && end < 4 && is_chinese_numeral(line[end])) ++end;
  if (end > 0 && end < line.size() &&
      (line[end] == U'、' || line[end] == U'．' || line[end] == U'.' || line[end] == U'，')) {
    const int value = chinese_numeral_value(line.substr(0, end));
    if (value <= 0) return std::nullopt;
    ClauseNumber number;
    number.scheme = NumberScheme::ChineseHeading;
    number.values = {value};
    number.text = ascii(line.substr(0, end));
    return finish(number, line, end + 1);
  }
  return std::nullopt;
}

std::optional<ClauseNumber> parenthesised(std::u32string_view line) {
  if (line.empty() || (line[0] != U'(' && line[0] != U'（')) return std::nullopt;
  // "（ b ）" and "( 1 )": blanks padding the number inside the brackets.
  std::size_t end = 1;
  while (end < line.size() && end < 7 && line[end] != U')' && line[end] != U'）') ++end;
  if (end >= line.size() || (line[end] != U')' && line[end] != U'）') || end == 1) return std::nullopt;
  std::u32string_view inside = line.substr(1, end - 1);
  while (!inside.empty() && is_space(inside.front())) inside.remove_prefix(1);
  while (!inside.empty() && is_space(inside.back())) inside.remove_suffix(1);
  if (inside.empty() || inside.size() > 3) return std::nullopt;
  ClauseNumber number;
  bool digits = true;
  for (char32_t c : inside) digits = digits && is_digit(c);
  if (digits && inside.size() <= 2) {
    number.scheme = NumberScheme::ParenDigit;
    number.values = {std::stoi(ascii(inside))};
  } else if (inside.size() == 1 && inside[0] >= U'a' && inside[0] <= U'z') {
    number.scheme = NumberScheme::Letter;
    number.values = {static_cast<int>(inside[0] - U'a') + 1};
    number.text = ascii(inside);
    return finish(number, line, end + 1);
  } else if (int value = chinese_numeral_value(inside); value > 0) {
    number.scheme = NumberScheme::ParenChinese;
    number.values = {value};
  } else {
    return std::nullopt;
  }
  if (number.values[0] <= 0) return std::nullopt;
  number.text = "(" + ascii(inside) + ")";
  return finish(number, line, end + 1);
}

std::optional<ClauseNumber> decimal(std::u32string_view line) {
  std::vector<int> values;
  std::size_t pos = 0;
  while (true) {
    std::size_t start = pos;
    while (pos < line.size() && is_digit(line[pos]) && pos - start < 3) ++pos;
    if (pos == start || (pos < line.size() && is_digit(line[pos]))) return std::nullopt;
    const int value = std::stoi(ascii(line.substr(start, pos - start)));
    if (value <= 0 || value > 199) return std::nullopt;
    values.push_back(value);
    // Another part follows only as ".digit".
    if (pos + 1 < line.size() && (line[pos] == U'.' || line[pos] == U'．') && is_digit(line[pos + 1])) {
      ++pos;
      continue;
    }
    break;
  }
  ClauseNumber number;
  number.scheme = NumberScheme::Decimal;
  number.values = values;
  for (std::size_t i = 0; i < values.size(); ++i) number.text += (i ? "." : "") + std::to_string(values[i]);
  if (pos == line.size()) {
    if (values.size() == 1) return std::nullopt;  // a bare "7" is no clause number
    return finish(number, line, pos);
  }
  const char32_t after = line[pos];
  if (after == U')' || after == U'）') {
    if (values.size() != 1) return std::nullopt;
    number.scheme = NumberScheme::ParenDigit;
    number.text = "(" + number.text + ")";
    return finish(number, line, pos + 1);
  }
  if (after == U'.' || after == U'．' || after == U'、') {
    // "1.0版本" or "2.5%" were excluded above; "3.com" is not a clause.
    if (pos + 1 < line.size() && line[pos + 1] >= U'a' && line[pos + 1] <= U'z') return std::nullopt;
    return finish(number, line, pos + 1);
  }
  if (values.size() > 1 && (is_space(after) || after >= 0x3000)) return finish(number, line, pos);
  return std::nullopt;
}

std::optional<ClauseNumber> letter(std::u32string_view line) {
  if (line.size() < 2) return std::nullopt;
  const char32_t c = line[0];
  const char32_t after = line[1];
  const bool lower = c >= U'a' && c <= U'z';
  const bool upper = c >= U'A' && c <= U'Z';
  if (!lower && !upper) return std::nullopt;
  const bool closes = after == U')' || after == U'）';
  const bool dots = after == U'.' || after == U'、' || after == U'．';
  if (!closes && !dots) return std::nullopt;
  // "e.g." and "A.I." are words, not numbers.
  if (line.size() > 2 && ((line[2] >= U'a' && line[2] <= U'z') || (line[2] >= U'A' && line[2] <= U'Z')))
    return std::nullopt;
  ClauseNumber number;
  number.scheme = lower ? NumberScheme::Letter : NumberScheme::UpperLetter;
  number.values = {static_cast<int>(c - (lower ? U'a' : U'A')) + 1};
  number.text = ascii(line.substr(0, 1));
  return finish(number, line, 2);
}

std::optional<ClauseNumber> circled(std::u32string_view line) {
  if (line.empty() || line[0] < U'①' || line[0] > U'⑳') return std::nullopt;
  ClauseNumber number;
  number.scheme = NumberScheme::Circled;
  number.values = {static_cast<int>(line[0] - U'①') + 1};
  number.text = ascii(line.substr(0, 1));
  std::size_t end = 1;
  if (end < line.size() && (line[end] == U'、' || line[end] == U'.' || line[end] == U'．')) ++end;
  return finish(number, line, end);
}

}  // namespace

int chinese_numeral_value(std::u32string_view text) {
  if (text.empty() || text.size() > 3) return 0;
  const auto ten = text.find(U'十');
  if (ten == std::u32string_view::npos) {
    if (text.size() != 1) return 0;
    const int value = digit_value(text[0]);
    return value > 0 ? value : 0;
  }
  int tens = 1;
  if (ten == 1) tens = digit_value(text[0]);
  else if (ten != 0) return 0;
  int ones = 0;
  if (ten + 1 < text.size()) ones = digit_value(text[ten + 1]);
  if (tens <= 0 || ones < 0 || ten + 2 < text.size()) return 0;
  return tens * 10 + ones;
}

std::optional<ClauseNumber> clause_number_at(std::u32string_view line) {
  if (line.empty()) return std::nullopt;
  for (auto recognise : {chinese_forms, parenthesised, decimal, letter, circled})
    if (std::optional<ClauseNumber> number = recognise(line)) return number;
  return std::nullopt;
}

std::optional<ClauseNumber> clause_number_at_utf8(std::string_view line) {
  // A clause number and what follows it fit in the first 24 characters.
  std::u32string prefix;
  for (std::size_t pos = 0; pos < line.size() && prefix.size() < 24;) {
    const std::size_t length = utf8::sequence_length(static_cast<unsigned char>(line[pos]));
    if (pos + length > line.size()) break;
    prefix.push_back(utf8::decode(line, pos));
  }
  std::optional<ClauseNumber> number = clause_number_at(prefix);
  // Only a number followed by the line's end is "alone" on it.
  if (number && number->alone && prefix.size() == 24) number->alone = false;
  return number;
}

}  // namespace consentflow
