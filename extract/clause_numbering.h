// Clause numbers as Chinese legal texts write them at the start of a line:
// 一、 / 第一条 / 第一章 / 1. 1、 1．1) / 1.1 and 1.1.1 / a) a） a. / (1) （1） (一) /
// ①. Recognising a number is separate from deciding nesting (extract/segment).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace consentflow {

enum class NumberScheme {
  Chapter,         // 第一章, 第一部分
  Article,         // 第一条
  ChineseHeading,  // 一、
  ParenChinese,    // （一）
  Decimal,         // 1. 1、 1.1 1.1.1 — depth from the number of parts
  ParenDigit,      // (1) （1） 1) 1）
  Letter,          // a) a） a. (a)
  UpperLetter,     // A. A、
  Circled,         // ①
};

struct ClauseNumber {
  NumberScheme scheme = NumberScheme::Decimal;
  std::vector<int> values;  // 4.2 → {4, 2}; 一 → {1}; b → {2}
  std::string text;         // normalised: "一", "第一条", "4.2", "(1)", "a", "①"
  std::size_t length = 0;   // code points consumed: the number, its terminator and spaces after it
  bool alone = false;       // nothing but the number on the line
};

// The clause number at the start of `line` (leading spaces already skipped), if any.
std::optional<ClauseNumber> clause_number_at(std::u32string_view line);

// The same for a line of UTF-8 (only its first few characters are read).
std::optional<ClauseNumber> clause_number_at_utf8(std::string_view line);

// Value of Chinese numerals 一 … 九十九 (and 〇/零), or 0 when `text` is not one.
int chinese_numeral_value(std::u32string_view text);

}  // namespace consentflow
