// The other party of a CA4P act: the whole phrase naming where data goes to or
// comes from, whether or not the ontology knows the party.
#include <catch2/catch.hpp>

#include "tests/support/ca4p_spans.h"

namespace consentflow {
namespace {

using testing::count_of;
using testing::has;
using testing::spans_of;

TEST_CASE("a recipient the ontology knows only in part is read whole and does not act") {
  const auto spans = spans_of("隐私政策\n配送商品时，我们需要与快递服务提供商共享您的收货地址。\n");
  CHECK(has(spans, "share", "共享"));
  CHECK(has(spans, "subject", "快递服务提供商"));
  CHECK(has(spans, "handler", "我们"));
  CHECK_FALSE(has(spans, "handler", "服务提供商"));
}

TEST_CASE("a recipient described by a clause is read up to its head noun") {
  const auto spans = spans_of("隐私政策\n我们会向提供短信服务的合作伙伴提供您的手机号码。\n");
  CHECK(has(spans, "subject", "提供短信服务的合作伙伴"));
  CHECK_FALSE(has(spans, "handler", "合作伙伴"));
}

TEST_CASE("a list of recipients is read whole, data named in a party's name included") {
  const auto spans =
      spans_of("隐私政策\n我们会将您的手机号码向依法设立的征信机构、数据平台、信用信息共享平台提供。\n");
  CHECK(has(spans, "share", "提供"));
  CHECK(has(spans, "subject", "依法设立的征信机构、数据平台、信用信息共享平台"));
}

TEST_CASE("the party after 给 or 至 is the recipient, and the verb states an act") {
  const auto after_verb = spans_of("隐私政策\n我们会将您的设备型号提供给海外的游戏开发者，用于运营分析。\n");
  CHECK(has(after_verb, "share", "提供"));
  CHECK(has(after_verb, "subject", "海外的游戏开发者"));
  const auto after_object = spans_of("隐私政策\n本应用会上传您的设备型号至统计平台。\n");
  CHECK(has(after_object, "subject", "统计平台"));
}

TEST_CASE("a party asked for data is the other party of a collection, the user is not") {
  const auto party = spans_of("隐私政策\n我们会向征信机构查询您的信用记录。\n");
  CHECK(has(party, "subject", "征信机构"));
  const auto user = spans_of("隐私政策\n我们会直接向您收集您的手机号码。\n");
  CHECK(count_of(user, "subject") == 0);
}

TEST_CASE("a sharing named to head a list item states no act") {
  const auto heading = spans_of("隐私政策\n3、与关联公司共享：我们会与关联公司共享您的手机号码。\n");
  CHECK(count_of(heading, "share") == 1);
}

TEST_CASE("the user named inside a recipient phrase ends it, a user referred to is the recipient") {
  const auto clause = spans_of("隐私政策\n我们可能把您的游戏昵称同步至新版本或您正在使用的其他产品中。\n");
  CHECK_FALSE(has(clause, "subject", "新版本或您"));
  const auto referred = spans_of("隐私政策\n我们会视情况向该用户提供您的手机号码。\n");
  CHECK(has(referred, "subject", "该用户"));
  CHECK_FALSE(has(referred, "handler", "用户"));
}

}  // namespace
}  // namespace consentflow
