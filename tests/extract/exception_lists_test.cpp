// Lists of cases excepted from a promise or from consent: each item is a
// practice under a legal exception, not one without consent.
#include <catch2/catch.hpp>

#include <string>

#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

// The consent of the practice stated in the sentence holding `words`.
std::string consent_of_sentence(const std::string& text, const std::string& words) {
  const Analysis analysis = testing::extracted(text);
  for (const Practice& practice : analysis.practices)
    if (std::string(analysis.source.slice(practice.evidence.front())).find(words) != std::string::npos)
      return to_string(practice.consent);
  return "no practice";
}

TEST_CASE("a list introduced by 无需征得…同意 holds legal exceptions; a plain list of cases does not") {
  const std::string exempted = "青柚日记隐私政策\n以下情形中，我们共享您的个人信息无需征得您的授权同意：\n"
                               "（1）与公共安全、公共卫生有关的；\n"
                               "（2）为订立、履行您作为一方当事人的合同所必需，我们会与支付机构共享您的订单信息。\n";
  CHECK(consent_of_sentence(exempted, "无需征得您的授权同意") == "legal-exception");
  CHECK(consent_of_sentence(exempted, "与支付机构共享您的订单信息") == "legal-exception");
  const std::string plain = "青柚日记隐私政策\n以下情形中，我们会共享您的个人信息：\n"
                            "（1）您使用支付功能时，我们会向支付机构提供您的订单信息。\n";
  CHECK(consent_of_sentence(plain, "向支付机构提供您的订单信息") == "none-stated");
}

TEST_CASE("exception items set beside an unnumbered promise are read; the section after them is not") {
  const std::string text = "青柚日记隐私政策\n我们不会向第三方提供您的手机号码，但下列情况除外：\n"
                           "（一）根据法律法规规定；\n"
                           "（二）与公共安全有关的。\n"
                           "二、我们如何存储您的个人信息\n"
                           "我们会将您的手机号码提供给云服务商存储。\n";
  CHECK(consent_of_sentence(text, "根据法律法规规定") == "legal-exception");
  CHECK(consent_of_sentence(text, "提供给云服务商") == "none-stated");
}

TEST_CASE("under a heading of exceptions to consent each case is a legal exception; under another heading not") {
  CHECK(consent_of_sentence("青柚日记隐私政策\n本政策说明青柚日记如何处理您的个人信息。\n（三）征得授权同意的例外\n"
                            "与刑事侦查有关的，我们会向司法机关提供您的订单信息。\n",
                            "司法机关")
        == "legal-exception");
  CHECK(consent_of_sentence("青柚日记隐私政策\n本政策说明青柚日记如何处理您的个人信息。\n（三）订单信息的提供\n"
                            "我们会向物流公司提供您的订单信息。\n",
                            "物流公司")
        == "none-stated");
}

}  // namespace
}  // namespace consentflow
