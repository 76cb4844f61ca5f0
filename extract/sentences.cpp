#include "extract/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "model/phrase_set.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

// Creating a break iterator loads rules: once per thread, then reused.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> created(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) created.reset();
    return created;
  }();
  return iterator.get();
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

ByteRange trimmed(std::string_view text, ByteRange range) {
  while (range.begin < range.end && is_space_byte(text[range.begin])) ++range.begin;
  while (range.end > range.begin && is_space_byte(text[range.end - 1])) --range.end;
  return range;
}

void add_pieces(std::string_view text, ByteRange range, std::vector<ByteRange>& out) {
  // Split at line breaks, then keep non-empty trimmed pieces.
  std::size_t start = range.begin;
  for (std::size_t at = range.begin; at <= range.end; ++at) {
    if (at == range.end || text[at] == '\n') {
      const ByteRange piece = trimmed(text, {start, at});
      if (piece.end > piece.begin) out.push_back(piece);
      start = at + 1;
    }
  }
}

// Where a list begins: after the last opener before `first_delimiter`.
std::size_t list_start(std::string_view text, ByteRange sentence, std::size_t first_delimiter) {
  static const PhraseSet kOpeners({"包括但不限于", "包括", "例如", "比如", "诸如", "即", ":", ",", "(", "如", "为", "的",
                                   "您的", "收集", "获取", "提供", "共享", "使用", "读取", "调用", "访问"});
  // Search the sentence only: an opener far behind belongs to another list.
  std::size_t best = sentence.begin;
  for (const PhraseMatch& opener : kOpeners.all_matches(text.substr(sentence.begin, first_delimiter - sentence.begin)))
    best = std::max(best, sentence.begin + opener.end);
  return best;
}

// Where the list after `last_delimiter` ends: "等", a comma, a stop or a bracket.
std::size_t list_end(std::string_view text, ByteRange sentence, std::size_t last_delimiter) {
  static const PhraseSet kClosers({"等", ",", "。", ";", ")", ":", "用于", "以"});
  const std::optional<PhraseMatch> closer = kClosers.find(text.substr(0, sentence.end), last_delimiter);
  return closer ? closer->begin : sentence.end;
}

// Splits the last item of "A、B和C" at its connector.
void split_last_item(std::string_view text, std::vector<ByteRange>& items) {
  if (items.empty()) return;
  ByteRange& last = items.back();
  for (std::string_view connector : {"以及", "和", "及", "或", "与"}) {
    const std::size_t at = text.substr(0, last.end).find(connector, last.begin);
    if (at != std::string_view::npos && at > last.begin && at + connector.size() < last.end) {
      const ByteRange after{at + connector.size(), last.end};
      last.end = at;
      items.push_back(after);
      return;
    }
  }
}

}  // namespace

std::vector<ByteRange> sentence_ranges(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<ByteRange> sentences;
  icu::BreakIterator* iterator = sentence_iterator();
  if (!iterator) {
    add_pieces(text, {begin, end}, sentences);
    return sentences;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) {
    add_pieces(text, {begin, end}, sentences);
    return sentences;
  }
  iterator->setText(utext, status);
  int32_t previous = iterator->first();
  for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE; at = iterator->next()) {
    add_pieces(text, {begin + static_cast<std::size_t>(previous), begin + static_cast<std::size_t>(at)},
               sentences);
    previous = at;
  }
  utext_close(utext);
  return sentences;
}

std::vector<EnumerationRange> enumeration_ranges(std::string_view text, ByteRange sentence) {
  std::vector<EnumerationRange> enumerations;
  const std::string_view kComma = "、";
  // Runs of "、"-separated items.
  std::size_t at = text.substr(0, sentence.end).find(kComma, sentence.begin);
  while (at != std::string_view::npos) {
    std::vector<std::size_t> delimiters = {at};
    std::size_t next = text.substr(0, sentence.end).find(kComma, at + kComma.size());
    // Items of one list are short: a delimiter 60 bytes (20 characters) away starts another list.
    while (next != std::string_view::npos && next - delimiters.back() <= 60) {
      const std::string_view between = text.substr(delimiters.back(), next - delimiters.back());
      if (between.find(',') != std::string_view::npos || between.find("。") != std::string_view::npos) break;
      delimiters.push_back(next);
      next = text.substr(0, sentence.end).find(kComma, next + kComma.size());
    }
    const std::size_t begin = list_start(text, sentence, delimiters.front());
    const std::size_t end = list_end(text, sentence, delimiters.back() + kComma.size());
    EnumerationRange enumeration;
    std::size_t item_begin = begin;
    for (std::size_t delimiter : delimiters) {
      enumeration.items.push_back(trimmed(text, {item_begin, delimiter}));
      item_begin = delimiter + kComma.size();
    }
    enumeration.items.push_back(trimmed(text, {item_begin, end}));
    split_last_item(text, enumeration.items);
    std::erase_if(enumeration.items, [](const ByteRange& item) { return item.end <= item.begin; });
    if (enumeration.items.size() >= 2) {
      enumeration.span = {enumeration.items.front().begin, enumeration.items.back().end};
      enumerations.push_back(std::move(enumeration));
    }
    at = next;
  }
  // A ";"-separated list: two or more semicolons in one sentence.
  std::vector<std::size_t> semicolons;
  for (std::size_t pos = sentence.begin; pos < sentence.end; ++pos)
    if (text[pos] == ';') semicolons.push_back(pos);
  if (semicolons.size() >= 2) {
    EnumerationRange enumeration;
    const std::size_t colon = text.substr(0, semicolons.front()).rfind(':');
    std::size_t item_begin = colon != std::string_view::npos && colon >= sentence.begin ? colon + 1 : sentence.begin;
    for (std::size_t semicolon : semicolons) {
      enumeration.items.push_back(trimmed(text, {item_begin, semicolon}));
      item_begin = semicolon + 1;
    }
    const ByteRange tail = trimmed(text, {item_begin, sentence.end});
    if (tail.end > tail.begin) enumeration.items.push_back(tail);
    std::erase_if(enumeration.items, [](const ByteRange& item) { return item.end <= item.begin; });
    if (enumeration.items.size() >= 2) {
      enumeration.span = {enumeration.items.front().begin, enumeration.items.back().end};
      enumerations.push_back(std::move(enumeration));
    }
  }
  return enumerations;
}

}  // namespace consentflow
