// JsonWriter writes what nlohmann::json's dump() writes for the same values, so
// switching the big outputs to it changed no byte; and it never writes invalid UTF-8.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "reports/json_writer.h"

using namespace consentflow;

namespace {

void write_sample(JsonWriter& out) {
  out.begin_object()
      .field("id", "p1")
      .field("count", 3)
      .field("negative", -7)
      .field("negated", false)
      .key("recipient")
      .null()
      .key("empty_list")
      .begin_array()
      .end_array()
      .key("empty_object")
      .begin_object()
      .end_object()
      .field("refs", std::vector<std::string>{"PIPL-23", "AM-5.1"})
      .key("nested")
      .begin_array()
      .begin_object()
      .field("text", "引号\"、反斜杠\\、换行\n、制表\t、控制\x01")
      .end_object()
      .value(true)
      .end_array()
      .end_object();
}

const nlohmann::ordered_json sample = nlohmann::ordered_json::parse(R"({
  "id": "p1", "count": 3, "negative": -7, "negated": false, "recipient": null,
  "empty_list": [], "empty_object": {}, "refs": ["PIPL-23", "AM-5.1"],
  "nested": [{"text": "引号\"、反斜杠\\、换行\n、制表\t、控制\u0001"}, true]})");

}  // namespace

TEST_CASE("compact output is nlohmann's dump()") {
  JsonWriter out;
  write_sample(out);
  CHECK(out.text() == sample.dump());
}

TEST_CASE("indented output is nlohmann's dump(2)") {
  JsonWriter out(2);
  write_sample(out);
  CHECK(out.text() == sample.dump(2));
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD, so the line stays valid JSON") {
  JsonWriter out;
  out.begin_object().field("id", std::string("bad\xff\xfe") + "名.txt").end_object();
  const auto parsed = nlohmann::json::parse(out.text());
  CHECK(parsed["id"] == "bad\xEF\xBF\xBD\xEF\xBF\xBD名.txt");
  JsonWriter truncated;
  truncated.value(std::string("名") + "\xE5\xAD");  // a sequence cut short at the end
  CHECK(nlohmann::json::parse(truncated.text()) == "名\xEF\xBF\xBD\xEF\xBF\xBD");
}
