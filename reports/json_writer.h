// Writes JSON text directly, in nlohmann::json's dump() layout (compact, or
// indented by `indent` spaces), so large outputs (one line per policy in `batch`)
// are not built as a tree first. The caller keeps keys and values in order; the
// writer places commas, newlines and indentation and escapes strings.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace consentflow {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = -1) : indent_(indent) {}  // -1: compact

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::integral auto number) {
    start_value();
    out_ += std::to_string(number);
    return *this;
  }
  JsonWriter& null();
  JsonWriter& value(const std::vector<std::string>& texts);  // an array of strings

  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  // Comma, newline and indentation before a value or a key (not after a key).
  void start_value();
  void newline_and_indent(std::size_t depth);
  void write_string(std::string_view text);

  struct Level {
    bool empty = true;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
  int indent_;
  std::string out_;
};

}  // namespace consentflow
