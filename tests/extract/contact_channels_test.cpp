// Contact channels: which digit runs are phones, postal codes after their cue,
// addresses after a cue and a separator. The text here is written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "extract/contact_channels.h"

namespace consentflow {
namespace {

std::string_view first(std::string_view text, const std::vector<ChannelMatch>& found) {
  return found.empty() ? std::string_view() : text.substr(found.front().begin, found.front().end - found.front().begin);
}

std::size_t after(std::string_view text, std::string_view cue) { return text.find(cue) + cue.size(); }

}  // namespace

TEST_CASE("a five-digit 95 or 96 service number is a phone that needs its context") {
  const std::string_view hotline = "请拨打客服热线95588咨询。";
  CHECK(first(hotline, find_phones(hotline)) == "95588");
  CHECK(is_service_number("95588"));
  CHECK_FALSE(is_service_number("010-62345678"));
  const std::string_view figure = "共有12345名用户参加，活动编号93000。";
  CHECK(find_phones(figure).empty());
}

TEST_CASE("a postal code is six digits right after its cue") {
  const std::string_view line = "邮编：100080";
  CHECK(first(line, find_postal_codes(line, {after(line, "邮编")})) == "100080");
  const std::string_view too_long = "邮编：1000801";
  CHECK(find_postal_codes(too_long, {after(too_long, "邮编")}).empty());
  const std::string_view no_code = "邮编请见信封。";
  CHECK(find_postal_codes(no_code, {after(no_code, "邮编")}).empty());
}

TEST_CASE("an address may follow its cue after a comma") {
  const std::string_view line = "邮寄至,杭州市西湖区文三路1号果园大厦,法务部";
  CHECK(first(line, find_addresses(line, {after(line, "邮寄至")})) == "杭州市西湖区文三路1号果园大厦");
}

}  // namespace consentflow
