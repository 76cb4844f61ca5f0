// CA4P spans of short hand-written policies: which parts of a practice become
// which label.
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

TEST_CASE("a denied sharing still yields its parts") {
  const auto spans = spans_of("隐私政策\n我们不会与任何第三方共享您的手机号码。\n");
  CHECK(has(spans, "share", "共享"));
  CHECK(has(spans, "data", "手机号码"));
  CHECK(has(spans, "handler", "我们"));
}

TEST_CASE("using and keeping data are CA4P collect acts") {
  CHECK(has(spans_of("隐私政策\n我们会使用您的手机号码。\n"), "collect", "使用"));
  CHECK(has(spans_of("隐私政策\n我们将保存您的手机号码。\n"), "collect", "保存"));
}

TEST_CASE("a sentence without data yields no collect span") {
  CHECK(count_of(spans_of("隐私政策\n我们会使用合理的安全措施。\n"), "collect") == 0);
}

TEST_CASE("data the user hands over is the user's sharing, received by us") {
  const auto spans = spans_of("隐私政策\n注册时，您需要向我们提供手机号码。\n");
  CHECK(has(spans, "share", "提供"));
  CHECK(has(spans, "handler", "您"));
  CHECK(has(spans, "subject", "我们"));
  CHECK(count_of(spans, "collect") == 0);
}

TEST_CASE("collection by us keeps us as the handler and the verb as collect") {
  const auto spans = spans_of("隐私政策\n我们会收集您的手机号码。\n");
  CHECK(has(spans, "collect", "收集"));
  CHECK(has(spans, "handler", "我们"));
  CHECK_FALSE(has(spans, "handler", "您的"));
  CHECK(count_of(spans, "share") == 0);
}

TEST_CASE("a gapped sharing verb is marked by its bare verb") {
  const auto spans = spans_of("隐私政策\n我们会向合作伙伴提供您的手机号码。\n");
  CHECK(has(spans, "share", "提供"));
  CHECK(has(spans, "subject", "合作伙伴"));
}

TEST_CASE("any company, organisation or person is the receiving party of a denied sharing") {
  CHECK(has(spans_of("隐私政策\n我们不会与任何公司、组织和个人共享您的手机号码。\n"), "subject", "任何公司、组织和个人"));
  CHECK(has(spans_of("隐私政策\n我们会向其他方转让您的手机号码。\n"), "subject", "其他方"));
}

TEST_CASE("a company merely named in a sentence is no receiving party") {
  CHECK(count_of(spans_of("隐私政策\n本公司会收集您的手机号码。\n"), "subject") == 0);
}

TEST_CASE("the exception list after a promise is its condition") {
  const auto spans = spans_of("隐私政策\n我们不会向第三方转让您的手机号码，但以下情况除外：\n");
  CHECK(has(spans, "condition", "但以下情况除外"));
}

TEST_CASE("consent obtained first is the condition of a sharing") {
  const auto spans = spans_of("隐私政策\n获得您的明确同意后，我们会与合作伙伴共享您的手机号码。\n");
  CHECK(has(spans, "condition", "获得您的明确同意后"));
}

TEST_CASE("a plain promise without a case or consent has no condition") {
  CHECK(count_of(spans_of("隐私政策\n我们不会向第三方转让您的手机号码。\n"), "condition") == 0);
}

TEST_CASE("a purpose runs from its purpose word to the end of the clause") {
  const auto spans = spans_of("隐私政策\n我们会收集您的手机号码，以便核对您预约的车次，并用于发送取票短信。\n");
  CHECK(has(spans, "purpose", "核对您预约的车次"));
  CHECK(has(spans, "purpose", "发送取票短信"));
}

TEST_CASE("a feature named without a purpose word is no purpose") {
  CHECK(count_of(spans_of("隐私政策\n登录时我们会收集您的手机号码。\n"), "purpose") == 0);
}

TEST_CASE("a purpose opened by 出于 or by a clause-opening 为 is a purpose") {
  const auto spans = spans_of("隐私政策\n我们仅会出于核对订单的目的收集您的手机号码。\n"
                              "为展示您的借阅记录，我们会收集您的手机号码。\n");
  CHECK(has(spans, "purpose", "核对订单的目的收集您的手机号码"));
  CHECK(has(spans, "purpose", "展示您的借阅记录"));
}

TEST_CASE("a 为 inside a clause or before a single character states no purpose") {
  const auto spans = spans_of("隐私政策\n为此，我们会把您的手机号码作为登录账号。\n");
  CHECK(count_of(spans, "purpose") == 0);
}

TEST_CASE("a purpose word inside a retention period belongs to the condition") {
  const auto spans = spans_of("隐私政策\n我们只会在为实现借阅服务所必需的期限内保存您的手机号码。\n");
  CHECK(count_of(spans, "purpose") == 0);
  CHECK(has(spans, "condition", "在为实现借阅服务所必需的期限内保存您的手机号码"));
}

TEST_CASE("every condition of a sentence is marked, each to the end of its clause") {
  const auto spans = spans_of("隐私政策\n根据图书馆管理规定，除非您另行同意，我们仅会向合作书店共享您的手机号码。\n");
  CHECK(has(spans, "condition", "根据图书馆管理规定"));
  CHECK(has(spans, "condition", "除非您另行同意"));
}

TEST_CASE("generic identifier and statistics wording is data") {
  const auto spans = spans_of("隐私政策\n我们会收集您的手机唯一标识信息和网络身份标识信息，并与合作方共享统计信息。\n");
  CHECK(has(spans, "data", "唯一标识信息"));
  CHECK(has(spans, "data", "网络身份标识信息"));
  CHECK(has(spans, "data", "统计信息"));
}

TEST_CASE("a purpose word's start inside another word opens no purpose") {
  CHECK(count_of(spans_of("隐私政策\n第三方可能会收集您的手机号码，您可以提供您的邮箱。\n"), "purpose") == 0);
  CHECK(has(spans_of("隐私政策\n您需要填写收货地址，方可将图书寄送给您。\n"), "purpose", "将图书寄送给您"));
}

TEST_CASE("the user's own use of the app is no collect act") {
  const auto spans = spans_of("隐私政策\n在使用本应用时，请保管好您的登录密码。\n");
  CHECK_FALSE(has(spans, "collect", "使用"));
}

TEST_CASE("a verb naming a list item after a list break is no collect act") {
  const auto spans = spans_of("隐私政策\n日志信息包括：访问时间、使用的语言。\n");
  CHECK_FALSE(has(spans, "collect", "使用"));
}

TEST_CASE("a verb object the lexicon does not know but ending in a data noun is data") {
  const auto spans = spans_of("隐私政策\n我们会收集您的手机号码，并收集您的部分偏好数据。\n");
  CHECK(has(spans, "data", "部分偏好数据"));
  CHECK(count_of(spans, "collect") == 2);
}

TEST_CASE("a pointer to data named elsewhere is no unknown data name") {
  const auto spans = spans_of("隐私政策\n我们会收集您的手机号码，并保存这些信息。\n");
  CHECK_FALSE(has(spans, "data", "这些信息"));
}

TEST_CASE("a list item opening with data names data without a verb of its own") {
  const auto spans = spans_of("隐私政策\n我们会收集以下信息：\n1) 账户信息：手机号码、昵称\n");
  CHECK(has(spans, "data", "账户信息"));
  CHECK(has(spans, "data", "手机号码"));
}

TEST_CASE("a sentence defining data marks none") {
  const auto spans = spans_of("隐私政策\n账户信息是指您注册时填写手机号码形成的记录。\n");
  CHECK(count_of(spans, "data") == 0);
}

TEST_CASE("data named in a clause setting the scene of the act is no data of it") {
  const auto spans = spans_of("隐私政策\n当您绑定银行卡时，我们会收集您的手机号码。\n");
  CHECK(has(spans, "data", "手机号码"));
  CHECK_FALSE(has(spans, "data", "银行卡"));
}

TEST_CASE("an act after the scene ends in the same clause takes its data") {
  const auto spans = spans_of("隐私政策\n在您同意后我们会收集您的手机号码。\n");
  CHECK(has(spans, "data", "手机号码"));
}

TEST_CASE("an act on data pointed to is a collect act, the pointer no data") {
  const auto spans = spans_of("隐私政策\n为保障运行安全，我们可能会记录相关信息。\n");
  CHECK(has(spans, "collect", "记录"));
  CHECK(has(spans, "handler", "我们"));
  CHECK(count_of(spans, "data") == 0);
}

TEST_CASE("the user's act inside an unknown data name does not cut it") {
  const auto spans = spans_of("隐私政策\n我们会收集您使用服务时产生的偏好信息。\n");
  CHECK(has(spans, "collect", "收集"));
  CHECK(has(spans, "data", "使用服务时产生的偏好信息"));
}

TEST_CASE("analysing data is the work of a purpose, no CA4P collect act") {
  const auto spans = spans_of("隐私政策\n我们会分析您的浏览记录。\n");
  CHECK(has(spans, "data", "浏览记录"));
  CHECK(count_of(spans, "collect") == 0);
}

TEST_CASE("a data word naming a feature is no data handled") {
  const auto spans = spans_of("隐私政策\n为保护账号安全，我们会收集您的设备型号和第三方账号登录记录。\n");
  CHECK(has(spans, "data", "设备型号"));
  CHECK(has(spans, "data", "登录记录"));
  CHECK_FALSE(has(spans, "data", "第三方账号"));
  const auto login = spans_of("隐私政策\n使用微信账号登录时，我们会获取您的昵称和头像。\n");
  CHECK(has(login, "data", "头像"));
  CHECK_FALSE(has(login, "data", "微信账号"));
}

TEST_CASE("a data word after a word that neither handles nor hands it on is no data") {
  const auto spans = spans_of("隐私政策\n我们会收集您的身份证号码，该信息属于敏感信息。\n");
  CHECK(has(spans, "data", "身份证号码"));
  CHECK_FALSE(has(spans, "data", "敏感信息"));
}

TEST_CASE("the user's use with modal words before it is no collect act") {
  const auto spans = spans_of("隐私政策\n您也可以选择使用第三方账号登录，我们会获取您的昵称和头像。\n");
  CHECK_FALSE(has(spans, "collect", "使用"));
  CHECK(has(spans, "collect", "获取"));
}

}  // namespace
}  // namespace consentflow
