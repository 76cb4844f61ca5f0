// The verbs CA4P marks in a sentence: every act on the sentence's data, each
// with the party performing it.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "tests/support/ca4p_spans.h"

namespace consentflow {
namespace {

using testing::count_of;
using testing::has;
using testing::spans_of;

TEST_CASE("verbs joined on one object are each an act") {
  const auto spans = spans_of("隐私政策\n我们可能使用或整合您的账户信息和设备信息。\n");
  CHECK(has(spans, "collect", "使用"));
  CHECK(has(spans, "collect", "整合"));
  CHECK(has(spans, "handler", "我们"));
}

TEST_CASE("the act on the data is read after a heading that names the same act") {
  const auto spans = spans_of("隐私政策\n经您同意的转让：征得您的同意后，本公司会向其他方转让您的手机号码。\n");
  CHECK(count_of(spans, "share") == 1);
  CHECK(has(spans, "handler", "本公司"));
  CHECK(has(spans, "subject", "其他方"));
}

TEST_CASE("a verb describing the data states no act") {
  const auto spans = spans_of("隐私政策\n我们会保存您上传的照片。\n");
  CHECK(has(spans, "collect", "保存"));
  CHECK(count_of(spans, "share") <= 1);  // 上传 here is the user's, at most the user's sharing
  CHECK_FALSE(has(spans, "collect", "上传"));
}

TEST_CASE("a verb naming a noun is no act") {
  const auto spans = spans_of("隐私政策\n我们会收集网络服务提供商和您的设备型号。\n");
  CHECK(has(spans, "collect", "收集"));
  CHECK(count_of(spans, "share") == 0);
}

TEST_CASE("a verb whose object is no data is no act") {
  const auto spans = spans_of("隐私政策\n您在使用本产品时，我们会收集您的设备型号。\n");
  CHECK(has(spans, "collect", "收集"));
  CHECK_FALSE(has(spans, "collect", "使用"));
}

TEST_CASE("the party data goes to is not the actor") {
  const auto spans = spans_of("隐私政策\n我们会与合作伙伴共享您的设备型号。\n");
  CHECK(has(spans, "share", "共享"));
  CHECK(has(spans, "handler", "我们"));
  CHECK_FALSE(has(spans, "handler", "合作伙伴"));
}

TEST_CASE("a sharing verb after its object is an act, with the party it goes to") {
  const auto spans = spans_of("隐私政策\n您的手机号码可能会与我们的关联公司共享。\n");
  CHECK(has(spans, "share", "共享"));
  CHECK(has(spans, "subject", "我们的关联公司"));
  CHECK_FALSE(has(spans, "handler", "关联公司"));
}

TEST_CASE("a party excluded from a sharing or whose demand it follows is no actor") {
  const auto spans = spans_of("隐私政策\n我们不会与本公司以外的任何第三方共享您的手机号码。\n");
  CHECK(has(spans, "handler", "我们"));
  CHECK_FALSE(has(spans, "handler", "任何第三方"));
  CHECK(has(spans, "subject", "本公司以外的任何第三方"));
  const auto demanded = spans_of("隐私政策\n我们可能会根据法律规定，或按司法机关的要求，对外共享您的手机号码。\n");
  CHECK(has(demanded, "handler", "我们"));
  CHECK_FALSE(has(demanded, "handler", "司法机关"));
}

TEST_CASE("a party data comes from is the other party of a collection") {
  const auto spans = spans_of("隐私政策\n我们可能从合作伙伴处获取您的设备型号。\n");
  CHECK(has(spans, "collect", "获取"));
  CHECK(has(spans, "handler", "我们"));
  CHECK(has(spans, "subject", "合作伙伴"));
}

TEST_CASE("the user handing data over is the actor of that act") {
  const auto spans = spans_of("隐私政策\n您可以向我们提交您的身份证号码，我们会收集您的手机号码。\n");
  CHECK(has(spans, "share", "提交"));
  CHECK(has(spans, "handler", "您"));
  CHECK(has(spans, "subject", "我们"));
  CHECK(has(spans, "handler", "我们"));
}

TEST_CASE("the user is no actor of an act in another clause or after another act") {
  const auto later = spans_of("隐私政策\n在您同意后，我们会向合作伙伴共享您的手机号码。\n");
  CHECK(has(later, "share", "共享"));
  CHECK(has(later, "handler", "我们"));
  CHECK_FALSE(has(later, "handler", "您"));
  const auto after_act = spans_of("隐私政策\n我们会将您授权收集的手机号码共享给合作伙伴。\n");
  CHECK(has(after_act, "share", "共享"));
  CHECK_FALSE(has(after_act, "handler", "您"));
}

TEST_CASE("parties joined before a verb all act") {
  const auto spans = spans_of("隐私政策\n本公司及本公司的关联公司可能会保存您的手机号码。\n");
  CHECK(has(spans, "collect", "保存"));
  CHECK(has(spans, "handler", "本公司"));
  CHECK(has(spans, "handler", "关联公司"));
  const auto apart = spans_of("隐私政策\n合作伙伴告知本公司后，本公司会保存您的手机号码。\n");
  CHECK(has(apart, "handler", "本公司"));
  CHECK_FALSE(has(apart, "handler", "合作伙伴"));
}

TEST_CASE("a list of kinds of party the data goes to is the other party") {
  const auto spans = spans_of("隐私政策\n我们不会与本公司以外的公司、组织或个人共享您的手机号码。\n");
  CHECK(has(spans, "subject", "本公司以外的公司、组织或个人"));
  CHECK_FALSE(has(spans, "handler", "公司、组织或个人"));
  const auto others = spans_of("隐私政策\n我们会与其他公司、组织和个人分享您的手机号码。\n");
  CHECK(has(others, "subject", "其他公司、组织和个人"));
}

TEST_CASE("an SDK the ontology does not name acts when it opens the verb's clause") {
  const auto that = spans_of("隐私政策\n为实现一键登录，该SDK需要获取您的手机号码。\n");
  CHECK(has(that, "collect", "获取"));
  CHECK(has(that, "handler", "该SDK"));
  const auto named = spans_of("隐私政策\n为提供点读功能，小熊点读SDK收集您的设备型号。\n");
  CHECK(has(named, "handler", "小熊点读SDK"));
  const auto far = spans_of("隐私政策\n接入统计SDK后，在您同意的情况下会收集您的设备型号。\n");
  CHECK_FALSE(has(far, "handler", "统计SDK"));
}

TEST_CASE("data named again by a word pointing back is the object of the verbs") {
  const auto spans =
      spans_of("隐私政策\n对于收集的学生手机号码，我们只会在法律允许的情况下使用或披露此信息。\n");
  CHECK(has(spans, "collect", "使用"));
  CHECK(has(spans, "share", "披露"));
  CHECK(has(spans, "handler", "我们"));
}

TEST_CASE("a sharing verb whose data is followed by 的 describes a noun, it states no act") {
  const auto spans = spans_of("隐私政策\n在依法必须提供您手机号码的情况下，我们会收集您的设备型号。\n");
  CHECK(count_of(spans, "share") == 0);
  CHECK(has(spans, "collect", "收集"));
  const auto act = spans_of("隐私政策\n我们会向合作伙伴提供您的手机号码。\n");
  CHECK(has(act, "share", "提供"));
}

}  // namespace
}  // namespace consentflow
