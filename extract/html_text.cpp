#include "extract/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "model/ascii_case.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

constexpr int kMaxNesting = 5000;

bool is_void_tag(std::string_view name) {
  static const char* const kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                      "link", "meta", "param", "source", "track", "wbr", "p", "li",
                                      "option", "td", "tr", "th", "dt", "dd"};
  return std::any_of(std::begin(kVoid), std::end(kVoid), [&](const char* tag) { return name == tag; });
}

// An upper estimate of the element nesting depth, without building a tree.
int estimated_nesting(std::string_view html) {
  int depth = 0;
  int deepest = 0;
  for (std::size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
    if (pos + 1 >= html.size()) break;
    const char next = html[pos + 1];
    if (next == '/') {
      depth = std::max(0, depth - 1);
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(next))) continue;
    std::size_t end = pos + 1;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    const std::string name = ascii_lower(html.substr(pos + 1, end - pos - 1));
    const std::size_t close = html.find('>', end);
    const bool self_closing = close != std::string_view::npos && close > 0 && html[close - 1] == '/';
    if (!is_void_tag(name) && !self_closing) deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

bool is_invisible(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// Maps byte offsets of the HTML source to code point indexes, moving forward.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view text) : text_(text) {}
  int32_t at(std::size_t byte) {
    if (byte < byte_) {
      byte_ = 0;
      index_ = 0;
    }
    while (byte_ < byte && byte_ < text_.size()) {
      byte_ += utf8::sequence_length(static_cast<unsigned char>(text_[byte_]));
      ++index_;
    }
    return index_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  int32_t index_ = 0;
};

// Appends a text node: its decoded text, each code point mapped to the source
// characters it came from (an entity like "&amp;" maps to all of its characters).
void append_text(const GumboText& text, CodePointCursor& cursor, TextStream& out) {
  const std::string_view original(text.original_text.data, text.original_text.length);
  const std::string_view decoded(text.text);
  const std::size_t base = text.start_pos.offset;
  std::size_t raw = 0;
  for (std::size_t pos = 0; pos < decoded.size();) {
    const char32_t c = utf8::decode(decoded, pos);
    std::size_t raw_end = raw;
    if (raw < original.size() && original[raw] == '&') {
      const std::size_t semicolon = original.find(';', raw);
      raw_end = (semicolon != std::string_view::npos && semicolon - raw <= 32) ? semicolon + 1 : raw + 1;
    } else if (raw < original.size()) {
      raw_end = raw + utf8::sequence_length(static_cast<unsigned char>(original[raw]));
    }
    raw_end = std::min(raw_end, original.size());
    const int32_t begin = cursor.at(base + raw);
    const int32_t end = std::max(begin, cursor.at(base + raw_end));
    out.push(c, {begin, end});
    raw = raw_end;
  }
}

void append_break(TextStream& out) {
  if (out.text.empty() || out.text.back() == U'\n') return;
  const int32_t at = out.origin.back().end;
  out.push(U'\n', {at, at});
}

}  // namespace

bool looks_like_html(std::string_view utf8) {
  std::size_t start = 0;
  while (start < utf8.size() && std::isspace(static_cast<unsigned char>(utf8[start]))) ++start;
  const std::string head = ascii_lower(utf8.substr(start, 64));
  if (head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<?xml") ||
      head.starts_with("<body") || head.starts_with("<div") || head.starts_with("<p>") ||
      head.starts_with("<meta") || head.starts_with("<head"))
    return true;
  const std::string_view sample = utf8.substr(0, 20000);
  std::size_t tags = 0;
  for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "</p>", "</div>", "<span", "<li>"})
    for (std::size_t at = sample.find(tag); at != std::string_view::npos; at = sample.find(tag, at + 1)) ++tags;
  return tags >= 5;
}

Result<TextStream> html_visible_text(std::string_view utf8) {
  if (estimated_nesting(utf8) > kMaxNesting)
    return Error{"HTML nested deeper than " + std::to_string(kMaxNesting) + " elements"};
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()),
      [](GumboOutput* parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });
  if (!output) return Error{"the HTML parser failed"};

  TextStream out;
  CodePointCursor cursor(utf8);
  // Iterative walk (deep pages must not exhaust the stack); a null entry marks
  // the end of an element, where a block element ends its line.
  struct Visit {
    const GumboNode* node;
    bool closing;
  };
  std::vector<Visit> stack = {{output->document, false}};
  // <title> is the one part of <head> worth keeping: it often names the policy.
  while (!stack.empty()) {
    const Visit visit = stack.back();
    stack.pop_back();
    const GumboNode* node = visit.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      append_text(node->v.text, cursor, out);
      continue;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      if (!out.text.empty() && out.text.back() != U'\n' && out.text.back() != U' ') {
        const int32_t at = cursor.at(node->v.text.start_pos.offset);
        out.push(U' ', {at, at});
      }
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
        node->type != GUMBO_NODE_TEMPLATE)
      continue;
    const GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
    if (visit.closing) {
      if (is_block(tag)) append_break(out);
      continue;
    }
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    if (tag == GUMBO_TAG_HEAD) {
      // Keep only the <title> of <head>.
      for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_TITLE) {
          stack.push_back({child, true});
          stack.push_back({child, false});
        }
      }
      continue;
    }
    if (is_invisible(tag)) continue;
    if (is_block(tag)) append_break(out);
    stack.push_back({node, true});
    for (unsigned i = children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), false});
  }
  return out;
}

}  // namespace consentflow
