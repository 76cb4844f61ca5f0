#include "extract/markdown_text.h"

#include <vector>

namespace consentflow {
namespace {

constexpr std::size_t kMaxUrlLength = 1000;

bool is_ascii_punctuation(char32_t c) {
  return c < 0x80 && std::u32string_view(U"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").find(c) !=
                         std::u32string_view::npos;
}

bool is_separator(char32_t c) {
  return std::u32string_view(U" \t|·•/\\-_>»,，、\u3000\u00A0").find(c) != std::u32string_view::npos;
}

// The index of the ")" closing the "(" at `open`, or npos: nested and escaped
// parentheses are skipped; URLs never hold a blank line.
std::size_t closing_paren(const std::u32string& text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size() && i - open < kMaxUrlLength; ++i) {
    if (text[i] == U'\\') {
      ++i;
      continue;
    }
    if (text[i] == U'\n' && i + 1 < text.size() && text[i + 1] == U'\n') return std::u32string::npos;
    if (text[i] == U'(') ++depth;
    if (text[i] == U')' && --depth == 0) return i;
  }
  return std::u32string::npos;
}

}  // namespace

bool looks_like_markdown(std::string_view utf8) {
  return utf8.find("](") != std::string_view::npos || utf8.find("\\.") != std::string_view::npos ||
         utf8.find("\n#") != std::string_view::npos || utf8.find("**") != std::string_view::npos;
}

TextStream strip_markdown(const TextStream& in) {
  const std::u32string& text = in.text;
  const std::size_t n = text.size();
  std::vector<bool> dropped(n, false);
  std::vector<bool> link_text(n, false);

  // Links and images: "[" … "](" … ")"; an image "![" … ")" goes entirely.
  std::vector<std::size_t> open_brackets;
  for (std::size_t i = 0; i < n; ++i) {
    if (text[i] == U'\\' && i + 1 < n && is_ascii_punctuation(text[i + 1])) {
      dropped[i] = true;
      ++i;
      continue;
    }
    if (text[i] == U'[') {
      open_brackets.push_back(i);
    } else if (text[i] == U']' && !open_brackets.empty()) {
      const std::size_t open = open_brackets.back();
      open_brackets.pop_back();
      if (i + 1 >= n || text[i + 1] != U'(') continue;
      const std::size_t close = closing_paren(text, i + 1);
      if (close == std::u32string::npos) continue;
      const bool image = open > 0 && text[open - 1] == U'!';
      for (std::size_t k = image ? open - 1 : open; k <= close; ++k) {
        if (image || k == open || k >= i) dropped[k] = true;
        else link_text[k] = true;
      }
      i = close;
    }
  }
  // Emphasis markers and line-start heading / quote / bullet markers.
  bool line_start = true;
  for (std::size_t i = 0; i < n; ++i) {
    if (text[i] == U'\n') {
      line_start = true;
      continue;
    }
    if (dropped[i]) continue;
    if ((text[i] == U'*' || text[i] == U'_') && i + 1 < n && text[i + 1] == text[i]) {
      dropped[i] = dropped[i + 1] = true;
      ++i;
      continue;
    }
    if (line_start) {
      if (text[i] == U' ' || text[i] == U'\t') continue;
      if (text[i] == U'#' || text[i] == U'>') {
        while (i < n && (text[i] == U'#' || text[i] == U'>')) dropped[i++] = true;
        --i;
        continue;
      }
      if ((text[i] == U'*' || text[i] == U'-' || text[i] == U'+') && i + 1 < n && text[i + 1] == U' ')
        dropped[i] = true;
      line_start = false;
    }
  }

  // Lines that are only links and separators are site navigation.
  TextStream out;
  out.text.reserve(n);
  out.origin.reserve(n);
  std::size_t line_begin = 0;
  while (line_begin <= n) {
    std::size_t line_end = line_begin;
    // A line of the output: kept characters up to a kept newline.
    while (line_end < n && !(text[line_end] == U'\n' && !dropped[line_end])) ++line_end;
    bool navigation = false;
    for (std::size_t k = line_begin; k < line_end && !navigation; ++k) navigation = link_text[k] && !dropped[k];
    for (std::size_t k = line_begin; k < line_end && navigation; ++k)
      navigation = dropped[k] || link_text[k] || is_separator(text[k]);
    if (!navigation)
      for (std::size_t k = line_begin; k < line_end; ++k)
        if (!dropped[k]) out.push(text[k], in.origin[k]);
    if (line_end < n) out.push(text[line_end], in.origin[line_end]);
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace consentflow
