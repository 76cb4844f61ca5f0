// Each terms check on a one-sentence agreement holding its unfair term, and on a
// near miss: a fair sentence on the same subject that must stay silent.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "model/ontology.h"
#include "tests/support/hand_made.h"
#include "tests/support/source_ontology.h"

using namespace consentflow;

namespace {

const Check& terms_check(const std::string& id) {
  static const CheckList checks = [] {
    CheckList list;
    add_terms_checks(list);
    return list;
  }();
  const Check* found = nullptr;
  for (const auto& check : checks)
    if (check->info().id == id) found = check.get();
  INFO(id);
  REQUIRE(found != nullptr);
  return *found;
}

std::vector<Finding> run_on(const std::string& id, const std::string& text,
                            DocumentKind kind = DocumentKind::Agreement) {
  const Analysis analysis = hand_made::policy(text, kind);
  CheckInput input;
  input.sources = {&analysis};
  input.ontology = &testing::source_ontology();
  std::vector<Finding> findings;
  terms_check(id).run(input, findings);
  return findings;
}

struct TermCase {
  const char* id;
  const char* unfair;
  const char* fair;
};

const std::vector<TermCase> cases = {
    {"terms-unilateral-change", "我们有权随时修改本协议，无需另行通知。",
     "本协议如有修订，我们将提前七日通知您并征得您的同意。"},
    {"terms-contract-by-using", "您继续使用本服务，即视为您已同意修改后的协议。",
     "您需要勾选同意框并点击按钮后方可注册。"},
    {"terms-unilateral-termination", "我们有权中止或终止向您提供服务。",
     "您可以随时申请注销账号，我们将在十五个工作日内处理。"},
    {"terms-content-removal", "对于违反法律法规的内容，我们有权删除。", "您可以随时编辑您发布的笔记。"},
    {"terms-limitation-of-liability", "因网络故障造成的损失，我们不承担任何责任。",
     "因我们的过错给您造成损失的，我们将依法承担赔偿责任。"},
    {"terms-perpetual-content-licence", "您授予我们永久的、不可撤销的许可。",
     "您授予我们在提供服务所必需的范围内使用您的内容的许可，您删除内容后该许可即终止。"},
    {"terms-account-risk-on-user", "您的账号由您负责保管，因账号被盗造成的一切后果由您承担。",
     "我们将采取加密等措施保护您的账号安全。"},
    {"terms-no-content-review-duty", "我们对用户发布的信息不负有审查义务。", "我们会对用户发布的信息进行审核。"},
    {"terms-jurisdiction", "争议应提交本公司所在地人民法院诉讼解决。", "双方应友好协商解决争议。"},
    {"terms-choice-of-law", "本协议适用中华人民共和国法律。", "本协议自您注册之日起生效。"},
    {"terms-arbitration", "争议应提交北京仲裁委员会仲裁。", "争议双方应友好协商。"},
    {"terms-privacy-policy-by-reference", "《隐私政策》是本协议的组成部分。", "请您另行阅读《隐私政策》并单独同意。"},
    {"terms-registration-data-sharing", "我们可能向合作的第三方提供您的注册资料。",
     "经您单独同意后，我们才会向合作的第三方提供您的注册资料。"},
    {"terms-commercial-use-of-user-data", "我们有权对用户数据库进行商业上的利用。", "本网站的图片和文字受版权保护，用户不得用于任何商业目的。"},
    {"terms-unsolicited-messages", "我们可能会向您发送商业性信息。",
     "我们可能会向您发送商业性信息，如您不希望接收，可回复TD退订。"},
};

}  // namespace

TEST_CASE("the terms pack has a check for every case here, each reading agreements") {
  CheckList checks;
  add_terms_checks(checks);
  CHECK(checks.size() == cases.size());
  for (const auto& check : checks) CHECK(check->info().pack == "terms");
}

TEST_CASE("each terms check finds its unfair term and quotes the sentence") {
  for (const TermCase& term : cases) {
    INFO(term.id);
    const std::vector<Finding> findings = run_on(term.id, term.unfair);
    REQUIRE(findings.size() == 1);
    const Finding& finding = findings.front();
    CHECK(finding.check == term.id);
    CHECK(!finding.refs.empty());
    REQUIRE(finding.evidence.size() == 1);
    CHECK(finding.evidence.front().span.begin == 0);
    CHECK(finding.message_zh.find(std::string(term.unfair).substr(0, 12)) != std::string::npos);
  }
}

// Words the unfair terms share with ordinary clauses: a data-minimisation limit is no cap
// on liability, and arbitration named among the reasons to disclose data is no clause
// sending disputes to it.
TEST_CASE("a liability cap and an arbitration clause, not the same words elsewhere") {
  CHECK(run_on("terms-limitation-of-liability", "我们的赔偿责任以您已支付的服务费用为限。").size() == 1);
  CHECK(run_on("terms-limitation-of-liability", "共享的数据以达成目的所必要为限。").empty());
  CHECK(run_on("terms-arbitration", "协商不成的，任何一方均可向上海仲裁委员会申请仲裁。").size() == 1);
  CHECK(run_on("terms-arbitration", "为了维护我们的合法权益而向用户提起诉讼或者仲裁时，我们可能披露您的信息。").empty());
}

TEST_CASE("each terms check stays silent on a fair sentence about the same subject") {
  for (const TermCase& term : cases) {
    INFO(term.id);
    CHECK(run_on(term.id, term.fair).empty());
  }
}

// The copyright clause before it holds 商业目的 too, but as a duty of the user.
TEST_CASE("terms-commercial-use-of-user-data quotes the reservation, not a copyright clause before it") {
  const std::vector<Finding> findings =
      run_on("terms-commercial-use-of-user-data",
             "本网站的图片和文字受版权保护，用户不得用于任何商业目的。我们有权对用户数据库进行商业上的利用。");
  REQUIRE(findings.size() == 1);
  REQUIRE(findings.front().evidence.size() == 1);
  CHECK(findings.front().message_zh.find("用户数据库") != std::string::npos);
  CHECK(findings.front().evidence.front().span.begin > 0);
}

TEST_CASE("agreement-only terms are not read in a privacy policy, commercial messages are") {
  CHECK(run_on("terms-unilateral-change", "我们有权随时修改本协议，无需另行通知。", DocumentKind::PrivacyPolicy).empty());
  CHECK(run_on("terms-unsolicited-messages", "我们可能会向您发送商业性信息。", DocumentKind::PrivacyPolicy).size() == 1);
}

TEST_CASE("severities: court and law clauses are notes, registration sharing is an error") {
  CHECK(terms_check("terms-jurisdiction").info().severity == Severity::Note);
  CHECK(terms_check("terms-choice-of-law").info().severity == Severity::Note);
  CHECK(terms_check("terms-unilateral-change").info().severity == Severity::Warning);
  CHECK(terms_check("terms-registration-data-sharing").info().severity == Severity::Error);
  const std::vector<std::string>& refs = terms_check("terms-registration-data-sharing").info().refs;
  CHECK(std::find(refs.begin(), refs.end(), "PIPL-23") != refs.end());
}

TEST_CASE("terms-unilateral-change reads a change of the terms, not of the service") {
  CHECK(run_on("terms-unilateral-change", "我们有权视运营需要修改本协议条款，修改后的协议一经公布即生效。").size() == 1);
  CHECK(run_on("terms-unilateral-change", "我们有权根据运营需要决定功能设置，修改、中断或终止部分服务。").empty());
}

TEST_CASE("terms-unsolicited-messages: cookie ads shown in the page and what the user sends are no messages") {
  const char* id = "terms-unsolicited-messages";
  CHECK(run_on(id, "我们会通过短信向您发送促销信息和广告。", DocumentKind::PrivacyPolicy).size() == 1);
  CHECK(run_on(id, "合作方放置的Cookie可能会收集您的浏览偏好，以向您发送您可能感兴趣的广告。", DocumentKind::PrivacyPolicy)
            .empty());
  CHECK(run_on(id, "我们会保存您发送的消息，用于过滤恶意广告等不当内容。", DocumentKind::PrivacyPolicy).empty());
}

TEST_CASE("terms-content-removal: the provider's right to delete content, not the user's duty not to") {
  const char* id = "terms-content-removal";
  CHECK(run_on(id, "对违反本协议的内容，我们有权不经通知直接删除。").size() == 1);
  CHECK(run_on(id, "您不得删除本软件及其副本上关于著作权的标识及内容。").empty());
  // The stages of processing personal data listed in a pointer to the privacy policy.
  CHECK(run_on(id, "我们在隐私政策中对个人信息收集、使用、存储、删除等与您相关的内容作了说明。").empty());
}

TEST_CASE("terms-choice-of-law: a governing law named, not the duty to obey applicable law") {
  const char* id = "terms-choice-of-law";
  CHECK(run_on(id, "本协议的成立、生效、解释及纠纷解决，适用中华人民共和国大陆地区法律。").size() == 1);
  CHECK(run_on(id, "本协议及您与我们之关系，均受到中华人民共和国法律管辖。").size() == 1);
  CHECK(run_on(id, "您在使用本服务时，必须严格遵守所有适用的法律、法规。").empty());
  CHECK(run_on(id, "在您注销账号后，我们将根据适用法律的要求删除您的个人信息。").empty());
}

TEST_CASE("terms-jurisdiction: a court the provider chose, not the defendant's court the law names") {
  const char* id = "terms-jurisdiction";
  CHECK(run_on(id, "协商不成的，用户同意将纠纷提交本公司住所地有管辖权的人民法院管辖。").size() == 1);
  CHECK(run_on(id, "协商不成的，您可以向被告住所地有管辖权的法院提起诉讼。").empty());
}

TEST_CASE("terms-privacy-policy-by-reference needs the privacy policy named, not game rules folded in") {
  const char* id = "terms-privacy-policy-by-reference";
  CHECK(run_on(id, "《隐私政策》及平台规则一经发布，即为本协议不可分割的组成部分。").size() == 1);
  CHECK(run_on(id, "本协议包括游戏规则，上述内容一经发布，即为本协议不可分割的组成部分。").empty());
}
