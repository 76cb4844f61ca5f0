// Each pipl check on a short policy that must raise it, and on a near miss about
// the same subject that must not. Cue-sentence checks read the text itself;
// checks of practices and statements read ones written here by hand for the
// text, so these tests judge the checks apart from extraction (the whole
// pipeline is tested on tests/fixtures). Tests tagged [!mayfail] are what a user
// would expect and the check (or, at the end, extraction) does not do yet.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "cli/pipeline.h"
#include "model/ontology.h"
#include "tests/support/hand_made.h"
#include "tests/support/pipeline.h"
#include "tests/support/source_ontology.h"

using namespace consentflow;

namespace {

const Check& pipl_check(const std::string& id) {
  const Check* found = nullptr;
  for (const auto& check : all_checks())
    if (check->info().id == id) found = check.get();
  INFO(id);
  REQUIRE(found != nullptr);
  REQUIRE(found->info().pack == "pipl");
  return *found;
}

// `sources` as CheckInput reads them: [0] the main file, [1] the --agreement file.
std::vector<Finding> run_check(const std::string& id, const std::vector<const Analysis*>& sources) {
  CheckInput input;
  input.sources = sources;
  input.ontology = &testing::source_ontology();
  std::vector<Finding> findings;
  pipl_check(id).run(input, findings);
  return findings;
}

std::vector<Finding> run_check(const std::string& id, const Analysis& analysis) {
  return run_check(id, std::vector<const Analysis*>{&analysis});
}

// The one finding `id` raises on `analysis`, with evidence to point at.
Finding single_finding(const std::string& id, const Analysis& analysis) {
  const std::vector<Finding> findings = run_check(id, analysis);
  INFO(id);
  REQUIRE(findings.size() == 1);
  const Finding& finding = findings.front();
  CHECK(finding.check == id);
  CHECK(finding.refs == pipl_check(id).info().refs);
  CHECK(!finding.evidence.empty());
  return finding;
}

bool mentions(const std::string& message, const std::string& words) {
  return message.find(words) != std::string::npos;
}

Analysis with_statement(const std::string& text, StatementKind kind, const std::string& detail) {
  Analysis analysis = hand_made::policy(text);
  analysis.statements.push_back(hand_made::statement(kind, detail, hand_made::sentence(analysis)));
  return analysis;
}

// A policy whose first sentence states one practice; `set_up` fills in what the sentence says.
template <typename SetUp>
Analysis with_practice(const std::string& text, Action action, const std::vector<std::string>& data, SetUp set_up) {
  Analysis analysis = hand_made::policy(text);
  Practice practice = hand_made::practice(analysis, action, data);
  set_up(practice);
  analysis.practices.push_back(practice);
  return analysis;
}

Analysis with_practice(const std::string& text, Action action, const std::vector<std::string>& data) {
  return with_practice(text, action, data, [](Practice&) {});
}

PartyMention talkingdata() { return hand_made::party("talkingdata", "TalkingData", PartyKind::Sdk); }

// --- checks that read sentences: the text alone decides --------------------------

struct CueCase {
  const char* id;
  const char* fires_on;
  const char* silent_on;
  const char* quoted;  // words of the firing sentence the message must quote
};

const std::vector<CueCase> cue_cases = {
    {"pipl-14-deemed-consent", "您注册或开始使用本应用，即视为您已同意本政策的全部内容。",
     "我们会在您首次打开本应用时展示本政策，您点击“同意”后我们才会处理您的个人信息。", "即视为您已同意"},
    {"pipl-14-policy-change-by-posting", "本政策更新后，我们会在本页面发布，更新后的政策自公布之日起生效。",
     "本政策更新后，我们会在本页面发布，并以弹窗方式通知您。", "自公布之日起生效"},
    {"pipl-catch-all-disclosure", "在我们认为必要时，我们可能会披露您的个人信息。",
     "根据法律法规的要求，我们可能会向司法机关披露您的个人信息。", "在我们认为必要时"},
    {"pipl-24-personalisation-without-opt-out", "我们会根据您的浏览记录向您进行个性化推荐。",
     "我们会根据您的浏览记录向您进行个性化推荐。您可以在“设置-隐私”中关闭个性化推荐。", "个性化推荐"},
    {"pipl-17-scope-carve-out", "本政策不适用于我们通过线下门店收集的个人信息。",
     "本政策适用于我们通过本应用和线下门店收集的全部个人信息。", "线下门店"},
};

// Checks that judge practices and statements, each with a TEST_CASE of its own below.
const std::vector<std::string> ids_with_own_test_case = {
    "pipl-13-exception-outside-legal-basis",
    "pipl-15-no-withdrawal",
    "pipl-16-refusal-blocks-service",
    "pipl-17-data-without-purpose",
    "pipl-17-no-contact-channel",
    "pipl-19-no-retention-period",
    "pipl-23-recipient-details-missing",
    "pipl-23-sharing-without-separate-consent",
    "pipl-25-public-disclosure-without-separate-consent",
    "pipl-29-sensitive-without-separate-consent",
    "pipl-30-sensitive-without-impact-notice",
    "pipl-31-children-without-guardian-consent",
    "pipl-38-cross-border-without-mechanism",
    "pipl-39-cross-border-without-separate-consent",
    "pipl-44-rights-missing",
    "pipl-47-no-account-cancellation",
    "pipl-50-no-complaint-channel",
    "pipl-cookies-for-promotion-opt-out-only",
    "pipl-cross-document-contradiction",
};

}  // namespace

TEST_CASE("every pipl check is tested here") {
  std::set<std::string> tested(ids_with_own_test_case.begin(), ids_with_own_test_case.end());
  for (const CueCase& cue : cue_cases) tested.insert(cue.id);
  std::set<std::string> registered;
  for (const auto& check : all_checks())
    if (check->info().pack == "pipl") registered.insert(check->info().id);
  CHECK(tested == registered);
}

TEST_CASE("each sentence-cue pipl check quotes the sentence it fires on") {
  for (const CueCase& cue : cue_cases) {
    INFO(cue.id);
    const Finding finding = single_finding(cue.id, hand_made::policy(cue.fires_on));
    CHECK(mentions(finding.message_zh, cue.quoted));
    CHECK(finding.evidence.front().span.begin == 0);
  }
}

TEST_CASE("each sentence-cue pipl check stays silent on a near miss") {
  for (const CueCase& cue : cue_cases) {
    INFO(cue.id);
    CHECK(run_check(cue.id, hand_made::policy(cue.silent_on)).empty());
  }
}

TEST_CASE("deemed consent is read in user agreements too, policy-change posting only in policies") {
  const char* deemed = "您注册或开始使用本应用，即视为您已同意本协议的全部内容。";
  CHECK(run_check("pipl-14-deemed-consent", hand_made::policy(deemed, DocumentKind::Agreement)).size() == 1);
  const char* posting = "本协议更新后，我们会在本页面发布，更新后的协议自公布之日起生效。";
  CHECK(run_check("pipl-14-policy-change-by-posting", hand_made::policy(posting, DocumentKind::Agreement)).empty());
}

// Asking for consent before use is the opposite of deeming it; the gapped cue
// "继续使用…同意" matches the request all the same.
TEST_CASE("pipl-14: asking to tick a box before continuing is not deemed consent") {
  const Analysis asks = hand_made::policy("在您继续使用本应用前，请仔细阅读本政策，并在同意后勾选同意框。");
  CHECK(run_check("pipl-14-deemed-consent", asks).empty());
  const Analysis deems = hand_made::policy("您继续使用本应用，即意味着您同意本政策的全部内容。");
  CHECK(run_check("pipl-14-deemed-consent", deems).size() == 1);
}

// Unsubscribing from marketing SMS is no way to refuse personalised
// recommendation (PIPL art. 24), yet "退订" anywhere in the policy clears the check.
TEST_CASE("pipl-24: an SMS unsubscribe is not a personalisation opt-out") {
  const Analysis sms_only =
      hand_made::policy("我们会根据您的浏览记录向您进行个性化推荐。如您不想接收营销短信，可回复TD退订。");
  CHECK(run_check("pipl-24-personalisation-without-opt-out", sms_only).size() == 1);
  const Analysis unsubscribes_from_it =
      hand_made::policy("我们会根据您的浏览记录向您推送个性化资讯。您可以在推送消息底部一键退订个性化资讯。");
  CHECK(run_check("pipl-24-personalisation-without-opt-out", unsubscribes_from_it).empty());
}

// --- checks of practices -----------------------------------------------------------

namespace {

// An item of a "不会…，但以下情形除外" list is a practice under a legal exception, as extraction reads it.
Analysis excepted_from_promise(const std::string& item) {
  Analysis analysis = hand_made::policy("我们不会向第三方提供您的手机号码，但以下情形除外：\n" + item);
  Practice practice = hand_made::practice(analysis, Action::Share, {"phone_number"}, 1);
  practice.recipient = hand_made::party("third_party", "第三方", PartyKind::UnnamedPartner);
  practice.consent = ConsentKind::LegalException;
  analysis.practices.push_back(practice);
  return analysis;
}

}  // namespace

TEST_CASE("pipl-13: an exception PIPL art. 13 does not know is found, a statutory one is not") {
  const char* id = "pipl-13-exception-outside-legal-basis";
  const Analysis outside = excepted_from_promise("（1）为维护我们的合法权益。");
  const Finding finding = single_finding(id, outside);
  CHECK(mentions(finding.message_zh, "手机号码"));
  CHECK(finding.evidence.front().span == hand_made::sentence(outside, 1));  // the item, not the promise
  CHECK(run_check(id, excepted_from_promise("（1）为履行法定义务所必需。")).empty());
}

// PIPL art. 13 (2) allows what a contract with the individual needs, and the
// check's docs say so; GB/T 35273 §5.6 g) words that basis "根据…要求签订和履行合同所必需".
TEST_CASE("pipl-13: the contract-necessity basis in GB/T 35273 wording is recognised") {
  CHECK(run_check("pipl-13-exception-outside-legal-basis",
                  excepted_from_promise("（1）根据您的要求签订和履行合同所必需的。"))
            .empty());
}

TEST_CASE("pipl-16: refusing data wanted for marketing blocks the app; refusal that blocks nothing is fine") {
  const char* id = "pipl-16-refusal-blocks-service";
  const auto for_marketing = [](Practice& practice) { practice.purposes = {hand_made::purpose("marketing")}; };
  const Finding finding =
      single_finding(id, with_practice("我们会收集您的通讯录用于营销推广，如您拒绝提供，将无法使用本应用。",
                                       Action::Collect, {"contacts"}, for_marketing));
  CHECK(mentions(finding.message_zh, "通讯录"));
  CHECK(run_check(id, with_practice("我们会收集您的通讯录用于营销推广，您可以拒绝，拒绝不影响您使用本应用的其他功能。",
                                    Action::Collect, {"contacts"}, for_marketing))
            .empty());
}

TEST_CASE("pipl-16: refusal stated in the next sentence counts, an essential purpose is not flagged") {
  const char* id = "pipl-16-refusal-blocks-service";
  CHECK(run_check(id, with_practice("我们会收集您的通讯录用于营销推广。如您拒绝提供，将无法使用本应用。",
                                    Action::Collect, {"contacts"},
                                    [](Practice& practice) { practice.purposes = {hand_made::purpose("marketing")}; }))
            .size() == 1);
  CHECK(run_check(id, with_practice("我们会收集您的收货地址用于物流配送，如您拒绝提供，将无法完成下单。",
                                    Action::Collect, {"shipping_address"},
                                    [](Practice& practice) { practice.purposes = {hand_made::purpose("delivery")}; }))
            .empty());
}

TEST_CASE("pipl-16: a loss with no refusal, or of one feature only, blocks no service; the refusal is quoted") {
  const char* id = "pipl-16-refusal-blocks-service";
  const auto for_marketing = [](Practice& practice) { practice.purposes = {hand_made::purpose("marketing")}; };
  // De-identified data "无法识别您的身份": nothing is refused, nothing blocked.
  CHECK(run_check(id, with_practice("我们会收集您的浏览记录用于广告推广，去标识化后的信息将无法识别您的身份。",
                                    Action::Collect, {"browsing_history"}, for_marketing))
            .empty());
  CHECK(run_check(id, with_practice("我们会收集您的位置信息用于推送附近的优惠活动。如您拒绝提供，您将无法使用该功能。",
                                    Action::Collect, {"location_info"}, for_marketing))
            .empty());
  const Analysis blocks_the_app =
      with_practice("我们会收集您的位置信息用于推送附近的优惠活动。如您拒绝提供，将无法使用本应用。", Action::Collect,
                    {"location_info"}, for_marketing);
  const Finding blocked = single_finding(id, blocks_the_app);
  REQUIRE(blocked.evidence.size() == 1);
  CHECK(mentions(std::string(blocks_the_app.source.slice(blocked.evidence.front().span)), "如您拒绝提供"));
}

TEST_CASE("pipl-17: collected data without a purpose is named; data with one is not") {
  const char* id = "pipl-17-data-without-purpose";
  const Finding finding = single_finding(id, with_practice("我们会收集您的手机号码。", Action::Collect, {"phone_number"}));
  CHECK(finding.severity == Severity::Note);
  CHECK(mentions(finding.message_zh, "手机号码"));
  CHECK(run_check(id, with_practice("我们会收集您的手机号码，用于账号注册与登录。", Action::Collect, {"phone_number"},
                                    [](Practice& practice) {
                                      practice.purposes = {hand_made::purpose("account_management")};
                                    }))
            .empty());
}

// An introduction names no data a purpose could be given for; an agreement's
// account clauses are no notice; a purpose the ontology does not know is still one.
TEST_CASE("pipl-17: introductions, agreements and purposes outside the ontology are not data without purpose") {
  const char* id = "pipl-17-data-without-purpose";
  CHECK(run_check(id, with_practice("本政策说明我们如何收集和使用您的个人信息。", Action::Collect, {"personal_info"})).empty());
  Analysis agreement = with_practice("用户应妥善保管账号和密码。", Action::Collect, {"password"});
  agreement.documents.front().kind = DocumentKind::Agreement;
  CHECK(run_check(id, agreement).empty());
  CHECK(run_check(id, with_practice("我们会收集您的设备型号，用于适配屏幕显示。", Action::Collect, {"device_model"})).empty());
  const Finding finding = single_finding(
      id, with_practice("我们会收集您的个人信息，包括手机号码。", Action::Collect, {"personal_info", "phone_number"}));
  CHECK(mentions(finding.message_zh, "：手机号码"));  // the data named, without "个人信息"
}

// "儿童个人信息" or "敏感个人信息" says whose data or how sensitive, not which data.
TEST_CASE("pipl-17: children's or sensitive data as a class names no data; a type beside it does") {
  const char* id = "pipl-17-data-without-purpose";
  CHECK(run_check(id, with_practice("若发现未经监护人同意收集了儿童的个人信息，我们会尽快删除。", Action::Collect,
                                    {"minors_info"}))
            .empty());
  CHECK(run_check(id, with_practice("您主动提供敏感个人信息的，我们将妥善保护。", Action::Collect, {"sensitive_info"}))
            .empty());
  const Finding finding = single_finding(
      id, with_practice("我们会收集儿童的个人信息，包括手机号码。", Action::Collect, {"minors_info", "phone_number"}));
  CHECK(mentions(finding.message_zh, "手机号码"));
}

TEST_CASE("pipl-29: sensitive data without separate consent names only the sensitive data") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  const Finding finding = single_finding(
      id, with_practice("我们会收集您的手机号码和人脸信息用于实名验证。", Action::Collect, {"phone_number", "face"}));
  CHECK(mentions(finding.message_zh, "人脸信息"));
  CHECK_FALSE(mentions(finding.message_zh, "手机号码"));
  CHECK(run_check(id, with_practice("经您单独同意后，我们会收集您的人脸信息用于实名验证。", Action::Collect, {"face"},
                                    [](Practice& practice) { practice.consent = ConsentKind::Separate; }))
            .empty());
}

TEST_CASE("pipl-29: a child's data with a guardian's consent has the consent art. 31 asks; without it, none") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  CHECK(run_check(id, with_practice("在征得监护人同意后，我们会收集儿童个人信息用于提供学习服务。", Action::Collect,
                                    {"minors_info"}))
            .empty());
  CHECK(run_check(id, with_practice("我们会收集儿童个人信息用于提供学习服务。", Action::Collect, {"minors_info"}))
            .size() == 1);
}

TEST_CASE("pipl-30: sensitive data collected without its impact is found; a stated impact clears it") {
  const char* id = "pipl-30-sensitive-without-impact-notice";
  const Finding finding =
      single_finding(id, with_practice("我们会收集您的人脸信息用于实名验证。", Action::Collect, {"face"}));
  CHECK(mentions(finding.message_zh, "人脸信息"));
  CHECK(run_check(id, with_practice("我们会收集您的人脸信息用于实名验证。人脸信息一旦泄露，可能对您的个人权益造成严重损害。",
                                    Action::Collect, {"face"}))
            .empty());
}

// Calling the data sensitive tells neither why it is needed nor how it affects
// the person (PIPL art. 30), yet "敏感个人信息" anywhere in the policy clears the check.
TEST_CASE("pipl-30: labelling data as sensitive is not an impact notice") {
  const Analysis labelled =
      with_practice("我们会收集您的人脸信息（属于敏感个人信息）用于实名验证。", Action::Collect, {"face"});
  CHECK(run_check("pipl-30-sensitive-without-impact-notice", labelled).size() == 1);
}

TEST_CASE("pipl-38: a stated transfer without a mechanism is found; a mechanism named anywhere clears it") {
  const char* id = "pipl-38-cross-border-without-mechanism";
  const char* transfer = "为提供翻译服务，您输入的文字会传输至境外服务器处理。";
  const Finding finding = single_finding(id, with_statement(transfer, StatementKind::CrossBorder, "generic"));
  CHECK(mentions(finding.message_zh, "境外服务器"));
  const Analysis assessed = with_statement(std::string(transfer) + "出境前我们将依法通过国家网信部门组织的安全评估。",
                                           StatementKind::CrossBorder, "generic");
  CHECK(run_check(id, assessed).empty());
}

TEST_CASE("pipl-38: data kept in China, a contemplated transfer and a heading are no transfer") {
  const char* id = "pipl-38-cross-border-without-mechanism";
  CHECK(run_check(id, with_statement("您的订单信息仅存储在中国境内的服务器。", StatementKind::CrossBorder, "localisation"))
            .empty());
  CHECK(run_check(id, with_statement("如果今后业务需要把您的订单信息传输到境外，我们会事先征得您的同意。",
                                     StatementKind::CrossBorder, "conditional"))
            .empty());
  CHECK(run_check(id, with_statement("六、您的个人信息如何跨境转移", StatementKind::CrossBorder, "section")).empty());
}

TEST_CASE("pipl-39: data provided to a foreign SDK without separate consent; with it, silence") {
  const char* id = "pipl-39-cross-border-without-separate-consent";
  const auto to_firebase = [](Practice& practice) {
    practice.recipient = hand_made::party("firebase", "Firebase", PartyKind::Sdk);
    practice.purposes = {hand_made::purpose("crash_diagnosis")};
  };
  const Finding finding = single_finding(
      id, with_practice("我们会向Firebase提供您的设备信息，用于崩溃分析。", Action::Share, {"device_info"}, to_firebase));
  CHECK(mentions(finding.message_zh, "设备信息"));
  CHECK(std::count(finding.nodes.begin(), finding.nodes.end(), "party:firebase") == 1);
  CHECK(run_check(id, with_practice("经您单独同意后，我们会向Firebase提供您的设备信息，用于崩溃分析。", Action::Share,
                                    {"device_info"},
                                    [&](Practice& practice) {
                                      to_firebase(practice);
                                      practice.consent = ConsentKind::Separate;
                                    }))
            .empty());
}

TEST_CASE("pipl-39: a transfer abroad to an unnamed recipient counts; a domestic SDK does not") {
  const char* id = "pipl-39-cross-border-without-separate-consent";
  CHECK(run_check(id, with_practice("您的手机号码将被传输至境外服务器。", Action::Transfer, {"phone_number"},
                                    [](Practice& practice) { practice.cross_border = true; }))
            .size() == 1);
  CHECK(run_check(id, with_practice("我们会向TalkingData提供您的设备信息，用于统计分析。", Action::Share, {"device_info"},
                                    [](Practice& practice) { practice.recipient = talkingdata(); }))
            .empty());
}

TEST_CASE("cookies for advertising with only an opt-out are found; consent first is fine") {
  const char* id = "pipl-cookies-for-promotion-opt-out-only";
  const Finding finding = single_finding(
      id, with_practice("我们会使用Cookie记录您的浏览偏好并向您推送广告，您可以在浏览器中清除Cookie。", Action::Cookie,
                        {"cookies"}, [](Practice& practice) {
                          practice.purposes = {hand_made::purpose("marketing")};
                          practice.consent = ConsentKind::OptOut;
                        }));
  CHECK(mentions(finding.message_zh, "Cookie"));
  CHECK(run_check(id, with_practice("经您同意后，我们才会使用Cookie记录您的浏览偏好并向您推送广告。", Action::Cookie,
                                    {"cookies"},
                                    [](Practice& practice) {
                                      practice.purposes = {hand_made::purpose("marketing")};
                                      practice.consent = ConsentKind::Prior;
                                    }))
            .empty());
}

// --- checks of recipients ------------------------------------------------------------

TEST_CASE("pipl-23: an SDK receiving data without separate consent is named with the data") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const auto to_talkingdata = [](Practice& practice) {
    practice.recipient = talkingdata();
    practice.purposes = {hand_made::purpose("analytics")};
  };
  const Finding finding = single_finding(
      id, with_practice("我们会向TalkingData提供您的设备信息，用于统计分析。", Action::Share, {"device_info"}, to_talkingdata));
  CHECK(mentions(finding.message_zh, "TalkingData"));
  CHECK(mentions(finding.message_zh, "设备信息"));
  CHECK(run_check(id, with_practice("经您单独同意后，我们会向TalkingData提供您的设备信息，用于统计分析。", Action::Share,
                                    {"device_info"},
                                    [&](Practice& practice) {
                                      to_talkingdata(practice);
                                      practice.consent = ConsentKind::Separate;
                                    }))
            .empty());
}

// AM-5.1: an SDK collecting through the app is a provision; a processor entrusted by us is not (PIPL-21).
TEST_CASE("pipl-23: collection by an SDK counts, entrusted processing does not") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const Analysis sdk_collects = with_practice("TalkingData SDK会收集您的IMEI。", Action::Collect, {"imei"},
                                              [](Practice& practice) { practice.actor = talkingdata(); });
  CHECK(mentions(single_finding(id, sdk_collects).message_zh, "IMEI"));
  CHECK(run_check(id, with_practice("我们会委托云服务商代为存储您的手机号码。", Action::Entrust, {"phone_number"},
                                    [](Practice& practice) {
                                      practice.recipient =
                                          hand_made::party("cloud", "云服务商", PartyKind::UnnamedPartner);
                                    }))
            .empty());
}

TEST_CASE("pipl-23: an unnamed recipient lacks name, contact and purpose; a named one with both is fine") {
  const char* id = "pipl-23-recipient-details-missing";
  const Finding finding = single_finding(
      id, with_practice("我们会向合作伙伴提供您的设备信息。", Action::Share, {"device_info"}, [](Practice& practice) {
        practice.recipient = hand_made::party("partner", "合作伙伴", PartyKind::UnnamedPartner);
      }));
  CHECK(mentions(finding.message_zh, "合作伙伴"));
  CHECK(mentions(finding.message_zh, "设备信息"));
  CHECK(mentions(finding.message_zh, "名称、联系方式、处理目的"));

  Analysis named = with_practice("我们会向TalkingData提供您的设备信息，用于统计分析。TalkingData的联系邮箱为privacy@talkingdata.example。",
                                 Action::Share, {"device_info"}, [](Practice& practice) {
                                   practice.recipient = talkingdata();
                                   practice.purposes = {hand_made::purpose("analytics")};
                                 });
  named.statements.push_back(hand_made::statement(StatementKind::Contact, "email", hand_made::sentence(named, 1)));
  CHECK(run_check(id, named).empty());
}

TEST_CASE("pipl-23: a purpose worded in the sentence is stated even when the ontology does not know it") {
  const char* id = "pipl-23-recipient-details-missing";
  const auto to_partner = [](Practice& practice) {
    practice.recipient = hand_made::party("partner", "合作伙伴", PartyKind::UnnamedPartner);
  };
  const Finding worded = single_finding(
      id, with_practice("为了让您与好友畅聊，我们会向合作伙伴提供您的设备信息。", Action::Share, {"device_info"}, to_partner));
  CHECK(mentions(worded.message_zh, "名称、联系方式"));
  CHECK_FALSE(mentions(worded.message_zh, "处理目的"));
  // "可以提供" holds "以提供" and "合作方可能" holds "方可": no purpose in either.
  const Finding lookalike = single_finding(
      id, with_practice("合作方可能会要求我们提供您的设备信息，我们可以提供给合作伙伴。", Action::Share, {"device_info"},
                        to_partner));
  CHECK(mentions(lookalike.message_zh, "名称、联系方式、处理目的"));
}

TEST_CASE("pipl-23: data the sentence says identifies no one is no provision of personal information") {
  const auto to_advertisers = [](Practice& practice) {
    practice.recipient = hand_made::party("partner", "广告商", PartyKind::UnnamedPartner);
  };
  for (const char* id : {"pipl-23-sharing-without-separate-consent", "pipl-23-recipient-details-missing"}) {
    INFO(id);
    CHECK(run_check(id, with_practice("我们会把网页浏览记录中的非个人身份信息汇总后提供给广告商。", Action::Share,
                                      {"browsing_history"}, to_advertisers))
              .empty());
    CHECK(run_check(id, with_practice("我们会把网页浏览记录汇总后提供给广告商。", Action::Share, {"browsing_history"},
                                      to_advertisers))
              .size() == 1);
  }
}

TEST_CASE("pipl-23: a provision under a legal exception needs no recipient details; one without consent does") {
  const char* id = "pipl-23-recipient-details-missing";
  const auto to_partner = [](ConsentKind consent) {
    return [consent](Practice& practice) {
      practice.recipient = hand_made::party("partner", "合作伙伴", PartyKind::UnnamedPartner);
      practice.consent = consent;
    };
  };
  CHECK(run_check(id, with_practice("与公共安全有关的，我们会向有关单位提供您的设备信息。", Action::Share, {"device_info"},
                                    to_partner(ConsentKind::LegalException)))
            .empty());
  CHECK(run_check(id, with_practice("我们会向合作伙伴提供您的设备信息。", Action::Share, {"device_info"},
                                    to_partner(ConsentKind::NoneStated)))
            .size() == 1);
}

TEST_CASE("pipl-23: consent asked before the provision itself is consent for it; consent by agreeing here is not") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const auto to_partner = [](Practice& practice) {
    practice.recipient = hand_made::party("partner", "合作伙伴", PartyKind::UnnamedPartner);
    practice.consent = ConsentKind::Explicit;
  };
  CHECK(run_check(id, with_practice("获得您的明确同意后，我们会与合作伙伴共享您的设备信息。", Action::Share,
                                    {"device_info"}, to_partner))
            .empty());
  CHECK(run_check(id, with_practice("您明确同意我们与合作伙伴共享您的设备信息。", Action::Share, {"device_info"},
                                    to_partner))
            .size() == 1);
}

// PIPL-22: a successor in a merger takes the data over; art. 23 is about providing it to another handler.
TEST_CASE("pipl-23: data passing to a successor in a merger is no provision; a transfer to a partner is") {
  const auto to_partner = [](Practice& practice) {
    practice.recipient = hand_made::party("partner", "合作伙伴", PartyKind::UnnamedPartner);
  };
  for (const char* id : {"pipl-23-sharing-without-separate-consent", "pipl-23-recipient-details-missing"}) {
    INFO(id);
    CHECK(run_check(id, with_practice("如我们发生合并、收购或破产清算，您的设备信息可能会转让给合作伙伴。",
                                      Action::Transfer, {"device_info"}, to_partner))
              .empty());
    CHECK(run_check(id, with_practice("我们会将您的设备信息转让给合作伙伴。", Action::Transfer, {"device_info"},
                                      to_partner))
              .size() == 1);
  }
}

TEST_CASE("pipl-25: making data public without separate consent names the data") {
  const char* id = "pipl-25-public-disclosure-without-separate-consent";
  const auto to_the_public = [](Practice& practice) {
    practice.recipient = hand_made::party("public", "社会公众", PartyKind::Public);
  };
  const Finding finding =
      single_finding(id, with_practice("我们会在中奖公告中公开您的昵称和手机号码。", Action::Disclose,
                                       {"nickname", "phone_number"}, to_the_public));
  CHECK(mentions(finding.message_zh, "昵称、手机号码"));
  CHECK(mentions(finding.message_zh, "未说明取得任何同意"));
  CHECK(run_check(id, with_practice("经您单独同意后，我们才会在中奖公告中公开您的昵称和手机号码。", Action::Disclose,
                                    {"nickname", "phone_number"},
                                    [&](Practice& practice) {
                                      to_the_public(practice);
                                      practice.consent = ConsentKind::Separate;
                                    }))
            .empty());
}

TEST_CASE("pipl-cross-document: the agreement allows the sharing the policy rules out") {
  const char* id = "pipl-cross-document-contradiction";
  const auto registration_info_to_partners = [](const Analysis& analysis, bool negated) {
    Practice practice = hand_made::practice(analysis, Action::Share, {"registration_info"});
    practice.recipient = hand_made::party("partner", "合作伙伴", PartyKind::UnnamedPartner);
    practice.negated = negated;
    return practice;
  };
  Analysis policy = hand_made::policy("我们不会向任何第三方提供您的注册信息。");
  policy.practices.push_back(registration_info_to_partners(policy, true));
  Analysis agreement = hand_made::policy("您同意我们可以向合作伙伴提供您的注册信息。", DocumentKind::Agreement);
  agreement.practices.push_back(registration_info_to_partners(agreement, false));

  const std::vector<Finding> findings = run_check(id, {&policy, &agreement});
  REQUIRE(findings.size() == 1);
  const Finding& finding = findings.front();
  CHECK(finding.check == id);
  CHECK(mentions(finding.message_zh, "隐私政策承诺「我们不会向任何第三方提供您的注册信息。」"));
  CHECK(mentions(finding.message_zh, "用户协议称「您同意我们可以向合作伙伴提供您的注册信息。」"));
  REQUIRE(finding.evidence.size() == 2);
  CHECK(finding.evidence[0].source == 0);
  CHECK(finding.evidence[1].source == 1);

  // The same promise in both documents is no contradiction.
  Analysis promising = hand_made::policy("我们不会向第三方出售或提供您的注册信息。", DocumentKind::Agreement);
  promising.practices.push_back(registration_info_to_partners(promising, true));
  CHECK(run_check(id, {&policy, &promising}).empty());
  // A limit is read as a denied provision, but it promises nothing the agreement breaks.
  Analysis limiting = hand_made::policy("我们只会向合作伙伴提供必要的注册信息。");
  limiting.practices.push_back(registration_info_to_partners(limiting, true));
  CHECK(run_check(id, {&limiting, &agreement}).empty());
}

// --- checks of what the policy says besides practices ---------------------------------

TEST_CASE("pipl-15: a policy without a way to withdraw consent; one that gives it") {
  const char* id = "pipl-15-no-withdrawal";
  const Finding finding =
      single_finding(id, with_statement("您可以在“设置-个人信息”中查阅您的个人信息。", StatementKind::Right, "access"));
  CHECK(mentions(finding.message_zh, "撤回同意"));
  CHECK(run_check(id, with_statement("您可以在“设置-隐私-权限管理”中关闭相应权限，撤回您的授权。", StatementKind::Right,
                                     "withdraw"))
            .empty());
}

TEST_CASE("pipl-17: only a generic contact is quoted; an email address is a channel") {
  const char* id = "pipl-17-no-contact-channel";
  const Finding finding = single_finding(
      id, with_statement("如您有任何疑问，请通过本应用公布的联系方式与我们联系。", StatementKind::Contact, "generic"));
  CHECK(mentions(finding.message_zh, "本应用公布的联系方式"));
  CHECK(run_check(id, with_statement("如您有任何疑问，请发送邮件至privacy@qingyu.example与我们联系。",
                                     StatementKind::Contact, "email"))
            .empty());
}

TEST_CASE("pipl-19: indefinite retention is quoted, silence on retention is found, a period is fine") {
  const char* id = "pipl-19-no-retention-period";
  const Finding indefinite =
      single_finding(id, with_statement("我们将永久保存您的个人信息。", StatementKind::Retention, "indefinite"));
  CHECK(mentions(indefinite.message_zh, "永久保存"));
  const Finding silent = single_finding(id, hand_made::policy("我们会将您的个人信息存储在中华人民共和国境内。"));
  CHECK(mentions(silent.message_zh, "保存期限"));
  CHECK(run_check(id, with_statement("我们仅在实现本政策所述目的所需的最短期限内保存您的个人信息。",
                                     StatementKind::Retention, "shortest-necessary"))
            .empty());
}

TEST_CASE("pipl-31: minors mentioned without guardian consent or rules; both given, silence") {
  const char* id = "pipl-31-children-without-guardian-consent";
  const Finding finding = single_finding(
      id, with_statement("本应用的部分功能可能会被未满十四周岁的未成年人使用。", StatementKind::Children, "mention"));
  CHECK(mentions(finding.message_zh, "监护人同意和专门的儿童个人信息处理规则"));

  Analysis both = hand_made::policy(
      "若您是未满十四周岁的未成年人，须经您的监护人同意后方可使用本服务。我们为此制定了专门的《儿童个人信息保护规则》。");
  both.statements.push_back(
      hand_made::statement(StatementKind::Children, "guardian_consent", hand_made::sentence(both, 0)));
  both.statements.push_back(
      hand_made::statement(StatementKind::Children, "under_14_rules", hand_made::sentence(both, 1)));
  CHECK(run_check(id, both).empty());
}

TEST_CASE("pipl-31: excluding minors is quoted and asks for age verification") {
  const Finding finding = single_finding(
      "pipl-31-children-without-guardian-consent",
      with_statement("本应用不面向未满十四周岁的未成年人。", StatementKind::Children, "excluded"));
  CHECK(mentions(finding.message_zh, "「本应用不面向未满十四周岁的未成年人。」"));
  CHECK(mentions(finding.message_zh, "核验年龄"));
}

TEST_CASE("pipl-44: the rights not given are named; all three given, silence") {
  const char* id = "pipl-44-rights-missing";
  const Finding finding =
      single_finding(id, with_statement("您可以在“设置-个人信息”中查阅您的个人信息。", StatementKind::Right, "access"));
  CHECK(mentions(finding.message_zh, "更正、删除"));
  CHECK_FALSE(mentions(finding.message_zh, "查阅"));

  Analysis all_rights = hand_made::policy("您可以在“设置-个人信息”中查阅、更正或删除您的个人信息。");
  for (const char* right : {"access", "correct", "delete"})
    all_rights.statements.push_back(
        hand_made::statement(StatementKind::Right, right, hand_made::sentence(all_rights)));
  CHECK(run_check(id, all_rights).empty());
}

TEST_CASE("pipl-47: rights without account cancellation; cancellation given, silence") {
  const char* id = "pipl-47-no-account-cancellation";
  const Finding finding =
      single_finding(id, with_statement("登录后，您可以在“设置-个人信息”中查阅您的个人信息。", StatementKind::Right, "access"));
  CHECK(mentions(finding.message_zh, "注销账号"));
  CHECK(run_check(id, with_statement("您可以在“设置-账号与安全”中申请注销账号。", StatementKind::Right, "cancel_account"))
            .empty());
}

TEST_CASE("pipl-50: a published email, phone, address or form is a complaint channel; customer service alone is not") {
  const char* id = "pipl-50-no-complaint-channel";
  const Finding finding =
      single_finding(id, with_statement("如您对本政策有任何疑问，请联系我们的客服。", StatementKind::Contact, "generic"));
  CHECK(mentions(finding.message_zh, "投诉、举报"));
  CHECK(run_check(id, with_statement("如您对本政策有任何疑问，可发送邮件至privacy@qingyu.example。",
                                     StatementKind::Contact, "email"))
            .empty());
  CHECK(run_check(id, with_statement("您可以发送邮件至privacy@qingyu.example投诉或举报我们的个人信息处理行为。",
                                     StatementKind::Right, "complain"))
            .empty());
}

TEST_CASE("absence checks read privacy policies only: a user agreement alone raises none") {
  const Analysis agreement = hand_made::policy("本协议是您与我们之间关于使用本服务的协议。", DocumentKind::Agreement);
  for (const char* id : {"pipl-15-no-withdrawal", "pipl-17-no-contact-channel", "pipl-19-no-retention-period",
                         "pipl-31-children-without-guardian-consent", "pipl-44-rights-missing",
                         "pipl-47-no-account-cancellation", "pipl-50-no-complaint-channel"}) {
    INFO(id);
    CHECK(run_check(id, agreement).empty());
  }
}

// --- the same checks after extraction: short texts a user would try ---------------------
// Each fails today because extraction reads the text differently from what it says;
// the check itself is right on the practices or statements the text states.

namespace {

std::vector<Finding> run_after_extraction(const std::string& id, const std::string& text) {
  std::vector<Analysis> sources;
  sources.push_back(testing::extracted(text));
  const std::vector<const Check*> checks = {&pipl_check(id)};
  return check_analyses(testing::engine(), std::move(sources), checks, nullptr).findings;
}

}  // namespace

// Without a heading above it, the numbered list becomes clauses beside the
// promise rather than inside it; its items are still the promise's exceptions.
TEST_CASE("after extraction, pipl-13 finds an exception item under an unheaded promise") {
  CHECK(run_after_extraction("pipl-13-exception-outside-legal-basis",
                             "我们不会与他人共享您的手机号码，但下列情况除外：\n"
                             "（一）根据法律法规规定；\n"
                             "（二）为维护我们的合法权益。\n")
            .size() == 1);
}

// "未经您同意" (without your consent) holds the prior-consent cue "经您同意"; it must
// not read as prior consent, which would clear the cookie check.
TEST_CASE("after extraction, cookies used for ads without consent are found") {
  CHECK(run_after_extraction("pipl-cookies-for-promotion-opt-out-only",
                             "我们可能未经您同意使用Cookie记录您的浏览偏好，用于向您推送广告。")
            .size() == 1);
}

// Asked to contact customer service, the user still has a way to cancel.
TEST_CASE("after extraction, cancellation through customer service is a way to cancel; none stated is found") {
  const char* id = "pipl-47-no-account-cancellation";
  CHECK(run_after_extraction(id, "账号注销\n本应用暂不支持自助注销账号，若您需要注销账号，请联系客服QQ：123456，"
                                 "我们核实身份后将予以处理。\n")
            .empty());
  CHECK(run_after_extraction(id, "联系我们\n如对本政策或您的账号有任何疑问，请联系客服QQ：123456。\n").size() == 1);
}

// Made public with no recipient named, the data reaches the public; "披露" alone
// names no audience and stays a disclosure to an unnamed third party.
TEST_CASE("after extraction, making a nickname and phone number public is found") {
  const char* id = "pipl-25-public-disclosure-without-separate-consent";
  CHECK(run_after_extraction(id, "我们会在中奖公告中公开您的昵称和手机号码。").size() == 1);
  CHECK(run_after_extraction(id, "我们会在中奖公告中公示您的昵称。").size() == 1);
  CHECK(run_after_extraction(id, "我们可能会向合作伙伴披露您的昵称。").empty());
  CHECK(run_after_extraction(id, "请您慎重考虑是否在评论区公开您的手机号码。").empty());  // the user's own act
}

// A complaint channel is only read after "您可以…"; "如您…，可发送…" is as common.
TEST_CASE("after extraction, a complaint channel after 如您…可 is one") {
  CHECK(run_after_extraction("pipl-50-no-complaint-channel",
                             "如您对我们的个人信息处理有任何投诉，可发送邮件至privacy@qingyu.example。")
            .empty());
  CHECK(run_after_extraction("pipl-50-no-complaint-channel", "如您对我们的个人信息处理有任何投诉，可能需要等待较长时间。")
            .size() == 1);
}

// Which sentences move data abroad is read once, by statement extraction, for
// both cross-border checks: not a negation, a contemplated transfer, or a place
// abroad that nothing moves to.
TEST_CASE("after extraction, a transfer to a named country is found by both cross-border checks") {
  for (const char* id : {"pipl-38-cross-border-without-mechanism", "pipl-39-cross-border-without-separate-consent"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "您的订单信息将被传输至位于新加坡的服务器存储。").size() == 1);
  }
}

TEST_CASE("after extraction, a promise not to transfer abroad is no transfer, in a sentence or a heading") {
  for (const char* id : {"pipl-38-cross-border-without-mechanism", "pipl-39-cross-border-without-separate-consent"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "本应用不会把您的订单信息存储至境外的服务器。").empty());
    CHECK(run_after_extraction(id, "三、我们不会向境外提供您的个人信息\n您的订单信息存储在中国境内的服务器。").empty());
    CHECK(run_after_extraction(id, "本应用不会在跨境业务中存储您的订单信息，或把您的订单信息传输至境外。").empty());
  }
}

TEST_CASE("after extraction, a pointer to the cross-border rules or 包括但不限于 is no transfer, nor its negation") {
  const char* id = "pipl-38-cross-border-without-mechanism";
  CHECK(run_after_extraction(id, "您的个人信息的跨境传输规则请见本政策第五条。").empty());
  CHECK(run_after_extraction(id, "我们会将您的订单信息（包括但不限于收货地址）传输至位于新加坡的服务器。").size() == 1);
}

TEST_CASE("after extraction, a transfer the policy only contemplates is no transfer") {
  for (const char* id : {"pipl-38-cross-border-without-mechanism", "pipl-39-cross-border-without-separate-consent"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "如果今后业务需要把您的订单信息存储至境外，我们会事先告知您并征得您的同意。").empty());
  }
}

TEST_CASE("after extraction, a worldwide user count or a worldwide licence is no transfer") {
  for (const char* id : {"pipl-38-cross-border-without-mechanism", "pipl-39-cross-border-without-separate-consent"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "我们的产品已服务全球超过一亿用户，您的个人信息对我们非常重要。").empty());
    CHECK(run_after_extraction(id, "您授予我们在全球范围内使用您上传的照片的许可，我们会保护您的个人信息。").empty());
  }
}

// Policies written to 你 rather than 您 state rights as often.
TEST_CASE("after extraction, a withdrawal offered with 你可以 or 如您…可以联系我们 is one") {
  const char* id = "pipl-15-no-withdrawal";
  CHECK(run_after_extraction(id, "你可以在系统设置中关闭相机权限，撤回你的授权。").empty());
  CHECK(run_after_extraction(id, "如您要撤回同意，可以联系我们的客服。").empty());
  CHECK(run_after_extraction(id, "你可以在系统设置中查看相机权限。").size() == 1);
}

// Reading the policy with a guardian is not the guardian's consent (PIPL art. 31),
// but "监护人陪同" is on the guardian-consent cue list.
TEST_CASE("after extraction, reading the policy with a guardian is not guardian consent") {
  CHECK(run_after_extraction("pipl-31-children-without-guardian-consent",
                             "若您是未满十四周岁的未成年人，请在监护人陪同下阅读本政策。"
                             "我们为此制定了专门的《儿童个人信息保护规则》。")
            .size() == 1);
  CHECK(run_after_extraction("pipl-31-children-without-guardian-consent",
                             "若您是未满十四周岁的未成年人，请在取得监护人同意后使用本应用。"
                             "我们为此制定了专门的《儿童个人信息保护规则》。")
            .empty());
}

// --- who hands data to whom: names that are no recipient --------------------------------

TEST_CASE("after extraction, data received from a login provider is no flow to it; data sent to it is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "您使用支付宝账号登录时，我们会从支付宝获取您的昵称和头像。").empty());
  CHECK(run_after_extraction(id, "我们会向支付宝提供您的订单信息，用于完成支付。").size() == 1);
}

TEST_CASE("after extraction, data obtained from third parties or given to us by partners is no flow to them") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "经您授权后，我们可能从合作方处获得您授权共享的手机号码。").empty());
  CHECK(run_after_extraction(id, "合作伙伴会向我们提供您的设备信息。").empty());
  CHECK(run_after_extraction(id, "我们会与合作伙伴共享您的设备信息。").size() == 1);
}

TEST_CASE("after extraction, a product the user is using is no recipient; an SDK that collects is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "您在使用微信时上传的头像会被我们保存。").empty());
  CHECK(run_after_extraction(id, "友盟SDK会收集您的设备信息。").size() == 1);
}

TEST_CASE("after extraction, a channel to the user is no recipient of data") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们会通过短信、微信等方式将您的订单信息发送给您。").empty());
  CHECK(run_after_extraction(id, "我们会将您的订单信息发送给微信。").size() == 1);
}

TEST_CASE("after extraction, what is provided to the user is no sharing; sharing 不时 (now and then) still is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们会根据您的浏览记录，向您提供或推广第三方的商品。").empty());
  CHECK(run_after_extraction(id, "我们可能不时向关联公司共享您的订单信息。").size() == 1);
}

TEST_CASE("after extraction, what is provided to us is no sharing; what we provide to our affiliates is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "您需要向我们提供您的手机号码，以便我们为您匹配合作伙伴。").empty());
  CHECK(run_after_extraction(id, "我们会将您的手机号码提供给我们的关联方。").size() == 1);
}

// --- acts that are not the provider's ----------------------------------------------------

TEST_CASE("after extraction, what the user gives others is no sharing by the provider") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "请您妥善保护自己的个人信息，仅在必要的情形下向他人提供您的手机号码。").empty());
  CHECK(run_after_extraction(id, "您向第三方提供的照片由该第三方负责保护。").empty());
  CHECK(run_after_extraction(id, "我们会向第三方提供您的手机号码。").size() == 1);
}

TEST_CASE("after extraction, a third-party site's own processing is no sharing; our SDK's is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "第三方网站可能会收集您的设备信息并与其合作方共享，该等处理适用该第三方的隐私政策。").empty());
  CHECK(run_after_extraction(id, "我们接入的友盟SDK会收集您的设备信息，详见友盟的隐私政策。").size() == 1);
}

// --- glossaries -------------------------------------------------------------------------

TEST_CASE("after extraction, a defined term lists data without processing it; a collection does process it") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  CHECK(run_after_extraction(id, "个人敏感信息：包括身份证件号码、个人生物识别信息、能够记录您行踪的行踪轨迹等。").empty());
  CHECK(run_after_extraction(id, "本政策中的“敏感个人信息”是指一旦泄露、非法提供或滥用可能危害人身安全的信息，"
                                 "包括身份证件号码、人脸信息、能够识别您身份的行踪轨迹等。")
            .empty());
  CHECK(run_after_extraction(id, "我们会收集您的人脸信息用于实名认证。").size() == 1);
}

TEST_CASE("after extraction, a section headed 定义 states no practice; the next section does") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  CHECK(run_after_extraction(id, "隐私政策\n一、定义\n"
                                 "敏感个人信息，例如身份证件号码、人脸信息，一旦泄露或被我们以外的人非法收集，可能危害您的人身安全。\n"
                                 "二、我们如何收集您的信息\n我们会收集您的手机号码用于注册。\n")
            .empty());
  CHECK(run_after_extraction(id, "隐私政策\n一、定义\n敏感个人信息包括人脸信息等。\n"
                                 "二、我们如何收集您的信息\n我们会收集您的人脸信息用于实名认证。\n")
            .size() == 1);
}

// --- the first party's own products ------------------------------------------------------

TEST_CASE("after extraction, a product the policy calls its own is no third party; another company's is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "本政策适用于深圳市腾讯计算机系统有限公司的产品和服务，如QQ、微信等。\n"
                                 "我们会向微信提供您的昵称和头像，用于好友推荐。\n")
            .empty());
  CHECK(run_after_extraction(id, "腾讯的产品和服务（例如QQ、微信）由深圳市腾讯计算机系统有限公司提供。\n"
                                 "我们会向微信提供您的昵称和头像，用于好友推荐。\n")
            .empty());
  CHECK(run_after_extraction(id, "本政策适用于深圳市青柚网络有限公司的产品和服务，如青柚日记等。\n"
                                 "我们会向微信提供您的昵称和头像，用于好友推荐。\n")
            .size() == 1);
}

// --- headings ----------------------------------------------------------------------------

TEST_CASE("after extraction, a heading about sharing is no sharing; the sentence under it is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "三、我们如何共享、转让、公开披露您的个人信息\n"
                                 "我们会在取得您的单独同意后与合作伙伴共享您的订单信息。\n")
            .empty());
  CHECK(run_after_extraction(id, "目录\n一、我们如何收集您的个人信息\n二、个人信息的共享、转让\n"
                                 "一、我们如何收集您的个人信息\n我们会收集您的手机号码。\n"
                                 "二、个人信息的共享、转让\n我们会在取得您的单独同意后与合作伙伴共享您的订单信息。\n")
            .empty());
  CHECK(run_after_extraction(id, "三、我们如何共享、转让、公开披露您的个人信息\n我们会与合作伙伴共享您的订单信息。\n")
            .size() == 1);
}

// --- lists of cases that need no consent -------------------------------------------------

TEST_CASE("after extraction, sharing the text says needs no consent in listed cases is a legal exception") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "在以下情形中，我们共享、转让您的个人信息无需事先征得您的授权同意：\n"
                                 "（1）与国家安全、国防安全有关的；\n"
                                 "（2）与刑事侦查、起诉、审判有关的，我们会向司法机关提供您的订单信息。\n")
            .empty());
  CHECK(run_after_extraction(id, "在以下情形中，我们会与合作伙伴共享您的个人信息：\n"
                                 "（1）您使用支付功能时；\n"
                                 "（2）您参加营销活动时。\n")
            .size() == 1);
}

TEST_CASE("after extraction, the items under a heading of exceptions to consent are legal exceptions") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const std::string preamble = "青柚日记隐私政策\n本政策说明青柚日记如何处理您的个人信息。\n";
  CHECK(run_after_extraction(id, preamble + "（四）共享个人信息时事先征得授权同意的例外\n"
                                            "与刑事侦查、起诉、审判有关的，我们会向司法机关提供您的订单信息。\n"
                                            "为保护您的生命安全，我们会向急救机构提供您的位置信息。\n")
            .empty());
  CHECK(run_after_extraction(id, preamble + "（四）共享个人信息的原则\n我们会向合作伙伴提供您的订单信息。\n").size() == 1);
}

// --- others (他人) who receive nothing from the provider ---------------------------------

TEST_CASE("after extraction, a user's duty not to give others the account is no sharing; giving others data is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "您不得向他人出售或出借您的账号和密码。").empty());
  CHECK(run_after_extraction(id, "用户将密码告知他人或与他人共享注册账号的，由此导致的损失由用户承担。").empty());
  CHECK(run_after_extraction(id, "我们会向他人提供您的账号信息。").size() == 1);
}

TEST_CASE("after extraction, another person misusing an account or in a dispute with the user receives nothing") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "如您发现账号被他人非法使用，请按照我们公布的处理方式通知我们。").empty());
  CHECK(run_after_extraction(id, "为处理您与他人的纠纷，我们会与合作伙伴共享您的订单信息。").size() == 1);
}

TEST_CASE("after extraction, a payment service the user may use is no recipient; one we send data to is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "基于NFC的功能：您可使用云闪付等服务完成付款。").empty());
  CHECK(run_after_extraction(id, "我们会向云闪付提供您的订单信息，用于完成付款。").size() == 1);
}

// --- session 6 review: causes of wrong findings outside pipl-23 --------------------------

// GB/T 35273 5.6 words PIPL art. 13(4) (life and property in an emergency) as "维护…生命、
// 财产等重大合法权益但又很难得到本人同意"; only the company's own interests are outside it.
TEST_CASE("after extraction, pipl-13: the life-and-property ground is art. 13(4); the company's own interests are not") {
  const char* id = "pipl-13-exception-outside-legal-basis";
  CHECK(run_after_extraction(id, "我们不会与他人共享您的手机号码，但下列情况除外：\n"
                                 "（一）出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的。\n")
            .empty());
  CHECK(run_after_extraction(id, "我们不会与他人共享您的手机号码，但下列情况除外：\n"
                                 "（一）为维护我们自身的合法权益。\n")
            .size() == 1);
}

TEST_CASE("after extraction, pipl-29 and pipl-30: data a future version of the policy may collect is not collected now") {
  for (const char* id : {"pipl-29-sensitive-without-separate-consent", "pipl-30-sensitive-without-impact-notice"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "如您继续使用我们的服务，表示同意接受修订后的本政策，但如果更新的内容需要采集人脸信息、"
                                   "精确位置信息等敏感信息，我们会再次征求您的同意。")
              .empty());
    CHECK(run_after_extraction(id, "我们会收集您的人脸信息用于实名认证。").size() == 1);
  }
}

// PIPL art. 28 makes the data of children under 14 sensitive, not all minors' data.
TEST_CASE("after extraction, pipl-30: minors' data is not sensitive as such; children's data is") {
  const char* id = "pipl-30-sensitive-without-impact-notice";
  CHECK(run_after_extraction(id, "我们会收集未成年人的个人信息，用于落实防沉迷要求。").empty());
  CHECK(run_after_extraction(id, "我们会收集儿童的个人信息，用于提供学习服务。").size() == 1);
}

TEST_CASE("after extraction, pipl-17: 为便于… and 为验证… state a purpose") {
  const char* id = "pipl-17-data-without-purpose";
  CHECK(run_after_extraction(id, "为便于向您交付商品，我们会收集您的收货地址。").empty());
  CHECK(run_after_extraction(id, "为验证您与孩子的监护关系，我们会收集您的手机号码。").empty());
  CHECK(run_after_extraction(id, "我们会收集您的收货地址。").size() == 1);
}

// Policies often state the purpose in the sentence after the collecting one, and a
// sentence offering a right names data the user gave without collecting it.
TEST_CASE("after extraction, pipl-17: a purpose in the next sentence of the clause is one; a right collects nothing") {
  const char* id = "pipl-17-data-without-purpose";
  CHECK(run_after_extraction(id, "我们会通过Cookie收集您的浏览记录。这些信息将用于记住您的偏好设置。").empty());
  CHECK(run_after_extraction(id, "我们会通过Cookie收集您的浏览记录。我们会妥善保护这些信息。").size() == 1);
  CHECK(run_after_extraction(id, "您可以在设置页面查阅、更正您提供的手机号码等个人信息。").empty());
  CHECK(run_after_extraction(id, "我们会在设置页面收集您提供的手机号码等个人信息。").size() == 1);
}

// The lead-in of a list ("为了…，我们会收集以下信息：") states the purpose of its items.
TEST_CASE("after extraction, pipl-17: a purpose in the lead-in of a list covers its items") {
  const char* id = "pipl-17-data-without-purpose";
  CHECK(run_after_extraction(id, "为了向您配送商品，我们会收集以下信息：\n收货地址：我们会收集您的收货地址。").empty());
  CHECK(run_after_extraction(id, "我们会收集以下信息：\n收货地址：我们会收集您的收货地址。").size() == 1);
}

TEST_CASE("after extraction, pipl-31: a guardian's express consent is guardian consent") {
  const Finding finding = [] {
    const std::vector<Finding> findings =
        run_after_extraction("pipl-31-children-without-guardian-consent",
                             "我们只会在父母或其他监护人明确同意的情况下收集未成年人的个人信息。");
    REQUIRE(findings.size() == 1);
    return findings.front();
  }();
  CHECK_FALSE(mentions(finding.message_zh, "监护人同意"));
  CHECK(mentions(finding.message_zh, "专门的儿童个人信息处理规则"));
}

TEST_CASE("after extraction, pipl-19: the time the purposes need (所必须的时限) is a retention rule") {
  const char* id = "pipl-19-no-retention-period";
  CHECK(run_after_extraction(id, "我们仅在为实现本政策声明的目的所必须的时限内保留您的个人信息。").empty());
  CHECK(run_after_extraction(id, "保存期限将以不超过为您提供服务所必须的期间为原则。").empty());
  CHECK(run_after_extraction(id, "我们会将您的个人信息存储在中华人民共和国境内。").size() == 1);
}

TEST_CASE("after extraction, pipl-19: deletion when the account is cancelled is a retention rule") {
  const char* id = "pipl-19-no-retention-period";
  CHECK(run_after_extraction(id, "在您注销账号后，我们将停止使用并删除您的手机号码。").empty());
  CHECK(run_after_extraction(id, "您可以在设置中注销账号。我们会删除违规发布的内容。").size() == 1);
}

TEST_CASE("after extraction, pipl-44: a fallback (若您无法通过上述方式…也可以) offers the rights") {
  const char* id = "pipl-44-rights-missing";
  CHECK(run_after_extraction(id, "您可以在“设置”中查阅您的个人信息。若您无法通过上述方式访问、更正或删除您的个人信息，"
                                 "也可以发送邮件至privacy@qingyu.example联系我们。")
            .empty());
  CHECK(run_after_extraction(id, "您可以在“设置”中查阅您的个人信息。").size() == 1);
}

TEST_CASE("after extraction, 撤销您的同意 is withdrawal, 退出…个性化推送 an opt-out, 用户有权…更改 a right") {
  CHECK(run_after_extraction("pipl-15-no-withdrawal", "您可以随时通过本政策所列邮箱与我们联系，撤销您的同意。").empty());
  CHECK(run_after_extraction("pipl-15-no-withdrawal", "您可以随时通过本政策所列邮箱与我们联系。").size() == 1);
  CHECK(run_after_extraction("pipl-24-personalisation-without-opt-out",
                             "我们会根据您的偏好为您提供个性化推荐，您可以在设置中退出此类个性化推送。")
            .empty());
  CHECK(run_after_extraction("pipl-24-personalisation-without-opt-out", "我们会根据您的偏好为您提供个性化推荐。").size() == 1);
  const std::vector<Finding> rights =
      run_after_extraction("pipl-44-rights-missing", "用户有权自行更改、删除在本平台的账户信息。");
  REQUIRE(rights.size() == 1);
  CHECK_FALSE(mentions(rights.front().message_zh, "更正"));
  CHECK_FALSE(mentions(rights.front().message_zh, "删除"));
}

// Reviewed findings of session 7 (checks other than pipl-23), each cause with a
// test on text written for it.
TEST_CASE("after extraction, pipl-25: the public protected by a measure, and statistics, are not made public") {
  const char* id = "pipl-25-public-disclosure-without-separate-consent";
  CHECK(run_after_extraction(id, "为保护您、其他用户或公众的人身财产安全免遭侵害，我们可能会与关联公司共享您的设备信息。")
            .empty());
  CHECK(run_after_extraction(id, "我们可能会与公众共享这些统计信息，以展示服务的整体使用趋势。").empty());
  CHECK(run_after_extraction(id, "我们会在中奖公告中公开您的昵称和手机号码。").size() == 1);
}

// Reviewed pipl-25 findings of session 8: the sharing section's own heading names
// every act, and a safeguard of making data public makes none public.
TEST_CASE("after extraction, pipl-25: the nearest heading naming an act decides; a safeguard is no act") {
  const char* id = "pipl-25-public-disclosure-without-separate-consent";
  const std::string violation =
      "如果您违反平台规则，为保护其他用户或公众的人身财产安全，我们可能依据平台规则披露关于您的个人信息。\n";
  const std::string sharing_section = "三、我们如何共享、转让、公开披露您的个人信息\n（一）共享\n";
  CHECK(run_after_extraction(id, sharing_section + violation).empty());
  CHECK(run_after_extraction(id, sharing_section + "我们不会共享您的个人信息。\n（二）公开披露\n" + violation).size() == 1);
  CHECK(run_after_extraction(id, "（三）公开披露\n我们公开披露您的个人信息会采用符合行业内标准的安全保护措施。\n").empty());
  CHECK(run_after_extraction(id, "（三）公开披露\n我们会在中奖公告中公开您的手机号码。\n").size() == 1);
}

TEST_CASE("after extraction, pipl-25: a lead-in states the consent its cases give") {
  const char* id = "pipl-25-public-disclosure-without-separate-consent";
  const std::string lead_in = "（三）公开披露\n我们会在以下情况下，公开披露您的个人信息：\n";
  const std::vector<Finding> explicit_case =
      run_after_extraction(id, lead_in + "1. 获得您明确同意后；\n2. 在法律要求的情况下。\n");
  REQUIRE(explicit_case.size() == 1);
  CHECK(mentions(explicit_case.front().message_zh, "仅称明示同意"));
  const std::vector<Finding> no_consent = run_after_extraction(id, lead_in + "1. 中奖名单公示时；\n2. 违规处罚公告时。\n");
  REQUIRE(no_consent.size() == 1);
  CHECK(mentions(no_consent.front().message_zh, "未说明取得任何同意"));
  CHECK(run_after_extraction(id, lead_in + "1. 获得您的单独同意后；\n2. 在法律要求的情况下。\n").empty());
}

TEST_CASE("after extraction, pipl-25: what the user chooses to share or publishes online is the user's act") {
  const char* id = "pipl-25-public-disclosure-without-separate-consent";
  CHECK(run_after_extraction(id, "如果您选择分享邀请链接，请您注意邀请好友时会公开您的头像和昵称。").empty());
  CHECK(run_after_extraction(id, "用户联机公布可被公众访问的个人信息时，可能会收到他人的消息。").empty());
  CHECK(run_after_extraction(id, "我们会在排行榜中公开您的头像和昵称。").size() == 1);
}

TEST_CASE("after extraction, pipl-47: a policy that names no account has none to cancel") {
  const char* id = "pipl-47-no-account-cancellation";
  CHECK(run_after_extraction(id, "本游戏为单机游戏，我们会收集您的设备信息，用于统计崩溃情况。\n注册地址：某市某路1号。").empty());
  CHECK(run_after_extraction(id, "您可以使用手机号码登录本游戏，我们会收集您的设备信息，用于统计崩溃情况。").size() == 1);
}

TEST_CASE("after extraction, pipl-47: a path in the app or a contact under a cancellation heading is a way to cancel") {
  const char* id = "pipl-47-no-account-cancellation";
  CHECK(run_after_extraction(id, "账号注销方式：进入“我的”—“设置”—“账号注销”。").empty());
  CHECK(run_after_extraction(id, "本政策说明我们如何处理您的个人信息。\n一、注销账号\n进入“设置”页面，按提示提交申请即可。")
            .empty());
  CHECK(run_after_extraction(id, "本政策说明我们如何处理您的个人信息。\n一、信息删除\n在您注销账号后，我们将删除您的个人信息。\n"
                                 "二、反馈\n如有疑问，请进入“设置”页面反馈。")
            .size() == 1);
  CHECK(run_after_extraction(id, "在您注销账号后，我们将删除您的个人信息。").size() == 1);
}

TEST_CASE("after extraction, pipl-44: correcting inaccurate (不准确) or incomplete (不完整) data is correction") {
  const std::vector<Finding> rights = run_after_extraction(
      "pipl-44-rights-missing", "您发现我们处理的个人信息不准确或不完整时，您有权要求我们更正您的个人信息。");
  REQUIRE(rights.size() == 1);
  CHECK_FALSE(mentions(rights.front().message_zh, "更正"));
}

TEST_CASE("after extraction, pipl-17: data with a purpose elsewhere in the policy has one; a table's 功能 label states one") {
  const char* id = "pipl-17-data-without-purpose";
  const std::vector<Finding> findings = run_after_extraction(
      id, "一、我们收集的信息\n我们会收集您的位置信息和通讯录。\n二、附近门店\n我们会使用您的位置信息，用于推荐附近的门店。");
  REQUIRE(findings.size() == 1);
  CHECK(mentions(findings.front().message_zh, "通讯录"));
  CHECK_FALSE(mentions(findings.front().message_zh, "位置"));
  CHECK(run_after_extraction(id, "本政策说明我们如何处理您的个人信息。\n一、消息推送\n功能：消息推送\n"
                                 "收集的信息：我们会收集您的设备型号。")
            .empty());
  CHECK(run_after_extraction(id, "本政策说明我们如何处理您的个人信息。\n一、消息推送\n提供方：某公司\n"
                                 "收集的信息：我们会收集您的设备型号。")
            .size() == 1);
}

// A section on how the policy uses personal data gives the purposes of what it
// collects (by business function or as a list), even when it names no datum.
TEST_CASE("after extraction, pipl-17: a policy with a section on how it uses data states purposes") {
  const char* id = "pipl-17-data-without-purpose";
  const char* collected = "一、我们收集的信息\n我们会收集您的通讯录和收货地址。\n";
  CHECK(run_after_extraction(id, std::string(collected) + "二、我们如何使用您的个人信息\n我们会将收集的信息用于向您提供服务。")
            .empty());
  CHECK(run_after_extraction(id, std::string("欢迎使用本应用。\n我们如何收集和使用您的个人信息\n我们会收集您的通讯录和收货地址。")).empty());
  CHECK(run_after_extraction(id, std::string(collected) + "二、我们如何保护您的个人信息\n我们会采取加密等安全措施。")
            .size() == 1);
}

// The GB/T template states "在获得您的授权同意后…可能会被转移到…境外管辖区" in its
// cross-border section and "如需跨境传输，我们将会单独征得您的授权同意" beside its
// collection items: the promise of separate consent covers the transfer.
TEST_CASE("after extraction, pipl-39: a promise of separate consent for transfers abroad covers one stated elsewhere") {
  const char* id = "pipl-39-cross-border-without-separate-consent";
  const std::string transfer = "在获得您的同意后，您的个人信息可能会被转移到境外的服务器。";
  CHECK(run_after_extraction(id, transfer).size() == 1);
  CHECK(run_after_extraction(id, "如需跨境传输，我们将会单独征得您的授权同意。\n" + transfer).empty());
}

// Dedicated rules for children may be published as a protocol (协议) or statement (声明).
TEST_CASE("after extraction, pipl-31: a children's protocol named is dedicated rules") {
  const char* id = "pipl-31-children-without-guardian-consent";
  const std::string notice = "若您是14周岁以下的儿童，请在监护人的陪同下阅读本政策，并征得监护人的同意。";
  CHECK(run_after_extraction(id, notice + "\n我们会按照《示例儿童个人信息保护协议》处理儿童个人信息。").empty());
  CHECK(run_after_extraction(id, notice).size() == 1);
}

TEST_CASE("after extraction, pipl-29: game items bought are no virtual assets data") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  CHECK(run_after_extraction(id, "您可能会通过付款的方式获取游戏相关的游戏道具。").empty());
  CHECK(run_after_extraction(id, "我们会收集您的虚拟货币余额和充值记录。").size() == 1);
}

TEST_CASE("after extraction, pipl-44: 查询 first in a list of rights is access") {
  const std::vector<Finding> rights =
      run_after_extraction("pipl-44-rights-missing", "您可以在个人账户中查询、更正、删除您的个人信息。");
  CHECK(rights.empty());
  const std::vector<Finding> without =
      run_after_extraction("pipl-44-rights-missing", "您可以在个人账户中更正、删除您的个人信息。");
  REQUIRE(without.size() == 1);
  CHECK(mentions(without.front().message_zh, "查阅"));
}

// 更新 beside another right ("访问、更新和删除") is correction; updating the policy is not.
TEST_CASE("after extraction, pipl-44: 更新 in a list of rights is correction") {
  const char* id = "pipl-44-rights-missing";
  CHECK(run_after_extraction(id, "您可以在应用内访问、更新和删除您的个人信息。").empty());
  const std::vector<Finding> policy_update =
      run_after_extraction(id, "您可以在应用内访问和删除您的个人信息。我们会不时更新本政策。");
  REQUIRE(policy_update.size() == 1);
  CHECK(mentions(policy_update.front().message_zh, "更正"));
}

// "须受第三方SDK自己的服务条款…约束": what the SDK does falls under its own terms, so a limit
// stated in that sentence ("我们仅会出于…目的共享") is no provision of ours.
TEST_CASE("after extraction, pipl-23: an SDK's own terms, named with the SDK between, govern its sentence") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "您使用第三方SDK提供的服务时，须受第三方SDK自己的服务条款约束，"
                                 "我们会与合作伙伴共享您的设备信息。")
            .empty());
  CHECK(run_after_extraction(id, "您使用第三方SDK提供的服务时，我们会与合作伙伴共享您的设备信息。").size() == 1);
}

// --- session 8 review of the checks other than pipl-23 ------------------------------------

TEST_CASE("after extraction, pipl-29/30: SMS or mail as a way to reach the person is no message data") {
  for (const char* id : {"pipl-29-sensitive-without-separate-consent", "pipl-30-sensitive-without-impact-notice"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "服务中止前，我们会按照您提供的联系方式以电子邮件或短信方式通知您。").empty());
    CHECK(run_after_extraction(id, "我们会通过短信向您发送验证码，也可能发送营销短信。").empty());
    CHECK(run_after_extraction(id, "经您授权后，我们会读取您的短信内容，用于自动填写验证码。").size() == 1);
  }
}

TEST_CASE("after extraction, pipl-29/30: GB/T's conditional children template processes no children's data") {
  const std::string cases =
      "对于经父母同意而收集儿童个人信息的情况，我们只会在受到法律允许或者保护儿童所必要的情况下使用此信息。\n"
      "如果我们发现自己在未事先获得可证实的父母同意的情况下收集了儿童的个人信息，则会设法尽快删除相关数据。";
  for (const char* id : {"pipl-29-sensitive-without-separate-consent", "pipl-30-sensitive-without-impact-notice"}) {
    INFO(id);
    CHECK(run_after_extraction(id, cases).empty());
    CHECK(run_after_extraction(id, "在您使用亲子学习功能时，我们会收集儿童的个人信息，包括昵称和学习记录。").size() == 1);
  }
}

TEST_CASE("after extraction, pipl-29: handwriting strokes are no whereabouts; a travel track is") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  CHECK(run_after_extraction(id, "当您使用手写输入时，我们会收集您手写的轨迹信息，用于识别文字。").empty());
  CHECK(run_after_extraction(id, "当您使用骑行记录功能时，我们会收集您的行踪轨迹，用于生成骑行路线。").size() == 1);
}

TEST_CASE("after extraction, pipl-29/30: GB/T's warning about what the user publishes processes no sensitive data") {
  for (const char* id : {"pipl-29-sensitive-without-separate-consent", "pipl-30-sensitive-without-impact-notice"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "请注意，您在我们的服务中所提供、上传或发布的内容和信息（例如有关您的运动和健康信息），"
                                   "可能会泄露您的敏感个人信息。")
              .empty());
    CHECK(run_after_extraction(id, "当您使用健康打卡功能时，我们会收集您的健康信息，用于生成健康报告。").size() == 1);
  }
}

TEST_CASE("pipl-16: refusing data for a prize or an upload loses that feature only, not the service") {
  const char* id = "pipl-16-refusal-blocks-service";
  const auto for_marketing = [](Practice& practice) { practice.purposes = {hand_made::purpose("marketing")}; };
  CHECK(run_check(id, with_practice("参加营销活动时，我们会收集您的银行账号，如果您拒绝提供，我们将无法向您转账或发放礼品。",
                                    Action::Collect, {"bank_account"}, for_marketing))
            .empty());
  CHECK(run_check(id, with_practice("我们会收集您的位置信息用于推荐附近门店，拒绝提供将无法使用门店推荐及预约功能。",
                                    Action::Collect, {"location_info"}, for_marketing))
            .empty());
  CHECK(run_check(id, with_practice("参加营销活动时，我们会收集您的银行账号，如果您拒绝提供，将无法使用本应用。",
                                    Action::Collect, {"bank_account"}, for_marketing))
            .size() == 1);
}

TEST_CASE("after extraction, pipl-29: ethnicity in a list of forbidden content is no ethnicity data") {
  const char* id = "pipl-29-sensitive-without-separate-consent";
  CHECK(run_after_extraction(id, "您不得发布含有破坏民族团结、煽动民族仇恨内容的信息，我们会收集并审核您发布的信息。").empty());
  CHECK(run_after_extraction(id, "办理入住时，我们会收集您的姓名和民族信息，用于登记。").size() == 1);
}

TEST_CASE("after extraction, pipl-29/30: 私信 inside 隐私信息 is no private messages") {
  for (const char* id : {"pipl-29-sensitive-without-separate-consent", "pipl-30-sensitive-without-impact-notice"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "我们会收集并保护用户的个人隐私信息。").empty());
    CHECK(run_after_extraction(id, "在您与其他用户发送私信时，我们会收集您的私信内容。").size() == 1);
  }
}

TEST_CASE("after extraction, pipl-29/30: the way an order is paid (支付方式) is no payment account data") {
  for (const char* id : {"pipl-29-sensitive-without-separate-consent", "pipl-30-sensitive-without-impact-notice"}) {
    INFO(id);
    CHECK(run_after_extraction(id, "您下单时，我们会收集您所购买的商品数量、应付金额及支付方式。").empty());
    CHECK(run_after_extraction(id, "您下单时，我们会收集您所购买的商品数量、应付金额及支付账号。").size() == 1);
  }
}

TEST_CASE("after extraction, pipl-31: one sentence may give both the guardian's consent and the children's rules") {
  const char* id = "pipl-31-children-without-guardian-consent";
  CHECK(run_after_extraction(id, "若您是14周岁以下的儿童，我们将需要您的监护人阅读并同意《示例儿童专用隐私协议》。").empty());
  CHECK(run_after_extraction(id, "若您是未满14周岁的儿童，使用前需取得您的家长(或其他监护人)的明示同意。\n"
                                 "我们会按照《示例儿童个人信息保护政策》处理儿童个人信息。")
            .empty());
  const std::vector<Finding> rules_only =
      run_after_extraction(id, "若您是14周岁以下的儿童，请阅读《示例儿童专用隐私协议》。");
  REQUIRE(rules_only.size() == 1);
  CHECK(mentions(rules_only.front().message_zh, "监护人同意"));
}

TEST_CASE("after extraction, pipl-47: a web address with a query string keeps its sentence together") {
  const char* id = "pipl-47-no-account-cancellation";
  CHECK(run_after_extraction(id, "您可以在个人中心查询或更正您的个人信息，您可通过https://help.example.cn/question.html?qid=12注销账号。")
            .empty());
  CHECK(run_after_extraction(id, "登录后，您可以在个人中心查询或更正您的个人信息，详见https://help.example.cn/question.html?qid=12。").size() ==
        1);
}

// --- session 7 review of pipl-23-sharing-without-separate-consent ---------------------------

TEST_CASE("after extraction, statistics that identify no one are no provision; de-identified data is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们会对课程的使用情况进行统计，并可能会与合作伙伴共享这些统计信息，以展示课程的整体使用趋势。")
            .empty());
  CHECK(run_after_extraction(id, "我们可能将通过Cookie收集的非个人身份信息，经统计加工后提供给广告商。").empty());
  CHECK(run_after_extraction(id, "我们会将去标识化后的设备信息提供给广告合作伙伴，用于衡量广告效果。").size() == 1);
}

TEST_CASE("after extraction, a party asked for data is its source even when 提供 follows later") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们会向第三方调研机构收集您的手机号码，以帮助我们改进产品以及提供个性化服务。").empty());
  CHECK(run_after_extraction(id, "我们会向第三方调研机构提供您的手机号码，以便其发放问卷。").size() == 1);
}

TEST_CASE("pipl-23: consent asked in context once for the sharing section covers its provisions, not another section's") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "四、我们如何共享您的个人信息\n"
                                 "4.1 共享原则\n我们在共享前，会以具体场景下的文案确认、弹窗提示等形式征得您的同意。\n"
                                 "4.2 业务共享\n为完成配送，我们会与物流公司共享您的收货地址和手机号码。\n")
            .empty());
  CHECK(run_after_extraction(id, "三、我们如何收集您的个人信息\n为完成配送，我们会与物流公司共享您的收货地址和手机号码。\n"
                                 "四、我们如何共享您的个人信息\n"
                                 "我们在共享前，会以具体场景下的文案确认、弹窗提示等形式征得您的同意。\n")
            .size() == 1);
  CHECK(run_after_extraction(id, "四、我们如何共享您的个人信息\n"
                                 "4.1 共享原则\n我们会在您同意本政策后与合作方共享信息。\n"
                                 "4.2 业务共享\n为完成配送，我们会与物流公司共享您的收货地址和手机号码。\n")
            .size() == 1);
}

TEST_CASE("after extraction, a provision an authority orders is a legal exception; one at our discretion is not") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "根据法律、法规的要求、强制性的行政执法或司法要求所必须提供您个人信息的情况下，"
                                 "我们可能会依据所要求的个人信息类型和披露方式披露您的个人信息。")
            .empty());
  CHECK(run_after_extraction(id, "我们可能会依据所要求的个人信息类型和披露方式披露您的个人信息。").size() == 1);
}

TEST_CASE("after extraction, a safeguard about the recipients named above is no provision; the provision is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "如我们与任何上述第三方分享您的个人信息，我们将努力确保该等第三方遵守本政策。").empty());
  CHECK(run_after_extraction(id, "我们会与第三方分享您的个人信息，并努力确保该等第三方遵守本政策。").size() == 1);
}

TEST_CASE("after extraction, a disclosure in the way the user agreed is consented; one on request alone is not") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "根据您的需求，在您明确同意的披露方式下披露您所指定的个人信息。").empty());
  CHECK(run_after_extraction(id, "根据您的需求，我们会披露您所指定的个人信息。").size() == 1);
}

TEST_CASE("after extraction, the intro of a list of legal grounds to disclose is no provision of its own") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们还可能为以下原因需要保留、保存或披露您的个人信息：\n"
                                 "1、遵守法院判决；\n2、为保护我们的客户的财产安全。\n")
            .empty());
  CHECK(run_after_extraction(id, "我们还会披露您的个人信息：\n1、向广告商提供；\n2、向合作伙伴提供。\n").size() == 1);
}

TEST_CASE("after extraction, a change of recipients listed among changes to the policy is no provision") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "一、我们如何共享您的个人信息\n我们会在取得您的单独同意后与合作伙伴共享您的订单信息。\n"
                                 "二、本政策如何更新\n本政策所指的重大变更包括但不限于：\n"
                                 "1、个人信息共享、转让或公开披露的主要对象发生变化；\n2、您参与个人信息处理方面的权利发生重大变化。\n")
            .empty());
  CHECK(run_after_extraction(id, "一、我们如何共享您的个人信息\n我们会与合作伙伴共享您的订单信息。\n"
                                 "二、本政策如何更新\n本政策所指的重大变更包括但不限于：\n"
                                 "1、个人信息共享、转让或公开披露的主要对象发生变化。\n")
            .size() == 1);
}

TEST_CASE("after extraction, data our partners share with us is no provision to them; data we share with them is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们可能使用您的设备信息以及合作伙伴依法可以共享的信息，用于检测安全事件。").empty());
  CHECK(run_after_extraction(id, "我们可能与合作伙伴共享您的设备信息，用于检测安全事件。").size() == 1);
}

// --- session 8 review of pipl-23-sharing-without-separate-consent ---------------------------

TEST_CASE("after extraction, a heading verb the sentence runs on past is no provision; a provision under it is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "四、我们如何共享你的个人信息\n（一）共享\n"
                                 "保护用户隐私是我们的原则。除以下情形外，我们不会与任何公司、组织和个人分享你的个人信息：\n"
                                 "1、根据法律法规的规定，或按行政、司法机关的要求对外提供；\n")
            .empty());
  CHECK(run_after_extraction(id, "四、我们如何共享你的个人信息\n（一）共享\n"
                                 "保护用户隐私是我们的原则。为推送广告，我们会与广告合作伙伴分享你的设备信息。\n")
            .size() == 1);
}

TEST_CASE("after extraction, a negation before 与…以外的 negates the verb however long the recipient") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们不会与本公司及其关联公司以外的任何公司、组织和个人共享您的手机号码。").empty());
  CHECK_FALSE(run_after_extraction(id, "我们会与本公司及其关联公司以外的任何公司、组织和个人共享您的手机号码。").empty());
}

TEST_CASE("after extraction, an item of an exception list that names its own recipient is a provision of its own") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们不会与任何公司、组织和个人共享您的手机号码，但以下情况除外：\n"
                                 "1. 事先获得您明确的同意；\n2. 我们可能会将您的手机号码与我们的关联方共享。\n")
            .size() == 1);
  CHECK(run_after_extraction(id, "我们不会与任何公司、组织和个人共享您的手机号码，但以下情况除外：\n"
                                 "1. 事先获得您明确的同意；\n2. 根据法律法规的规定对外提供。\n")
            .empty());
}

TEST_CASE("after extraction, data handed over to be processed for us is entrusted processing, not a provision") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们可能会向云服务商提供您的手机号码，让他们根据我们的指示来为我们处理这些信息。").empty());
  CHECK(run_after_extraction(id, "我们可能会向云服务商提供您的手机号码，用于其自身的营销活动。").size() == 1);
}

TEST_CASE("after extraction, consent worded 经过你的明示同意 or 授权情况下 before the act is asked for the act") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "为同步你的收藏，经过你的明示同意，我们可能会将你的手机号码与关联方共享。").empty());
  CHECK(run_after_extraction(id, "在获得您明确的同意或授权情况下，我们会将您的手机号码与合作机构共享。").empty());
  CHECK(run_after_extraction(id, "为同步你的收藏，我们可能会将你的手机号码与关联方共享，你已明示同意本政策。").size() == 1);
}

TEST_CASE("after extraction, a provision supposed unlawful as a ground for deletion is no provision") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "您可以要求删除您的手机号码：如果我们向第三方共享您的手机号码的行为违反法律法规。").empty());
  CHECK(run_after_extraction(id, "如果您使用配送服务，我们会向第三方共享您的手机号码。").size() == 1);
}

TEST_CASE("after extraction, a heading verb run into its first sentence on one line is no provision") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "（二）转让 我们不会将你的手机号码转让给任何公司、组织和个人。\n").empty());
  CHECK(run_after_extraction(id, "（二）我们会将你的手机号码转让给合作伙伴。\n").size() == 1);
}

TEST_CASE("after extraction, a transfer to the company that newly holds the data is business succession") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "如交易涉及您的手机号码转让，我们会要求新持有您个人信息的公司继续受本政策约束。").empty());
  CHECK(run_after_extraction(id, "我们会将您的手机号码转让给合作伙伴，并要求其继续受本政策约束。").size() == 1);
}

// --- session 9 review of pipl-23-sharing-without-separate-consent ---------------------------

TEST_CASE("after extraction, a verb asked about (如何共享) names a topic; the same verb stated is a provision") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "本政策帮您了解我们及合作的第三方如何收集、使用、共享与保护您的手机号码。").empty());
  CHECK(run_after_extraction(id, "本政策包括：我们如何收集信息；我们会如何共享、转让您的手机号码；如何联系我们。").empty());
  CHECK(run_after_extraction(id, "为完成配送，我们会与合作的第三方共享您的手机号码。").size() == 1);
}

TEST_CASE("after extraction, consent worded 经过您的同意 or 经您确认同意 before the act is asked for the act") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "为提供上门服务，经过您的同意，我们会将您的手机号码共享给签约服务商。").empty());
  CHECK(run_after_extraction(id, "经您确认同意，我们会将您的手机号码共享给签约服务商。").empty());
  CHECK(run_after_extraction(id, "为提供上门服务，我们会将您的手机号码共享给签约服务商。").size() == 1);
}

TEST_CASE("after extraction, data a party's SDK takes from that party is no provision; data it takes from the device is") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "为了向您提供微信授权登录的服务，我们使用了微信SDK，该SDK需要从微信获取您授权共享的昵称和头像。")
            .empty());
  CHECK(run_after_extraction(id, "为了向您提供分享服务，我们使用了微信SDK，该SDK需要从您的设备获取您的IMEI。").size() == 1);
}

TEST_CASE("after extraction, a party that hands data to us later in the phrase is its source, not a recipient") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "2、您可以通过支付宝完成实名认证，届时支付宝会在您点击确认对应提示弹窗后向我们提供您的身份证号码。\n")
            .empty());
  CHECK(run_after_extraction(id, "2、您可以通过支付宝完成实名认证，届时我们会在您点击确认对应提示弹窗后向支付宝提供您的身份证号码。\n")
            .size() == 1);
}

TEST_CASE("after extraction, each row of an SDK table written with | gives its own SDK its own row's data") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const std::vector<Finding> findings = run_after_extraction(
      id, "隐私政策\n本政策适用于本App。\n三、第三方SDK\n"
          "我们的第三方服务商可能会通过在App中嵌入SDK直接收集和处理您的信息，目前App中涉及的第三方SDK服务如下：\n"
          "第三方SDK | 服务功能 | 获取信息 | 隐私政策\n"
          "极光SDK | 推送 | 设备信息（Mac地址、唯一设备识别码）、网路信息、位置信息、完全的网络访问权限 |\n"
          "网易七鱼SDK | 客服 | 相册、相机、麦克风、存储、读取手机状态和身份、完全的网络访问权限 |\n"
          "友盟SDK | 统计 | IDFA、网路信息、位置信息、完全的网络访问权限 |\n");
  const auto names = [&](const std::string& party) {
    return std::find_if(findings.begin(), findings.end(), [&](const Finding& finding) {
      return finding.message_zh.rfind(party, 0) == 0;
    });
  };
  REQUIRE(names("极光") != findings.end());
  CHECK(names("极光")->message_zh.find("位置信息") != std::string::npos);
  CHECK(names("极光")->message_zh.find("麦克风") == std::string::npos);  // the next row's data
  CHECK(names("友盟") != findings.end());  // a row two below the header still has its act
}

TEST_CASE("after extraction, the first SDK row right under its header is that SDK's, not joined with the header") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const std::vector<Finding> rows = run_after_extraction(
      id, "隐私政策\n三、第三方SDK\n第三方SDK | 服务功能 | 获取信息 | 隐私政策\n"
          "极光SDK | 推送 | 设备信息（Mac地址、唯一设备识别码）、位置信息 |\n"
          "友盟SDK | 统计 | IDFA、位置信息 |\n");
  CHECK(std::any_of(rows.begin(), rows.end(),
                    [](const Finding& finding) { return finding.message_zh.rfind("极光", 0) == 0; }));
  // Outside a table, an act still reaches the data list in the next sentence.
  CHECK(run_after_extraction(id, "三、第三方SDK\n我们会将以下信息共享给极光SDK，用于推送：\n设备信息、位置信息。\n").size() == 1);
}

TEST_CASE("after extraction, customer-service and live-video SDKs in a table row are their own recipients") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const std::vector<Finding> rows = run_after_extraction(
      id, "隐私政策\n三、第三方SDK\n第三方SDK | 服务功能 | 获取信息 | 隐私政策\n"
          "网易七鱼SDK | 客服 | 相册、麦克风、读取手机状态和身份 |\n"
          "百家云SDK | 直播 | 唯一设备识别码、IP地址 |\n");
  const auto names = [&](const char* party) {
    return std::any_of(rows.begin(), rows.end(),
                       [&](const Finding& finding) { return finding.message_zh.rfind(party, 0) == 0; });
  };
  CHECK(names("网易七鱼"));
  CHECK(names("百家云"));
  CHECK(run_after_extraction(id, "我们不会将您的相册、麦克风数据共享给网易七鱼或智齿客服。").empty());
}

TEST_CASE("after extraction, an SDK row whose URL wraps onto its own line does not take the next row's data") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  const auto finding_for = [&](const char* first_row_end) {
    const std::vector<Finding> findings = run_after_extraction(
        id, std::string("隐私政策\n本政策适用于本App。\n三、第三方SDK\n"
                        "我们的第三方服务商可能会通过在App中嵌入SDK直接收集和处理您的信息，目前App中涉及的第三方SDK服务如下：\n"
                        "第三方SDK | 服务功能 | 获取信息 | 隐私政策\n"
                        "极光SDK | 推送 | 设备信息（Mac地址、唯一设备识别码）、网路信息、位置信息、完全的网络访问权限 |") +
                first_row_end +
                "网易七鱼SDK | 客服 | 相册、相机、麦克风、存储、读取手机状态和身份、完全的网络访问权限 |\n"
                "友盟SDK | 统计 | IDFA、网路信息、位置信息、完全的网络访问权限 |\n");
    const auto found = std::find_if(findings.begin(), findings.end(), [](const Finding& finding) {
      return finding.message_zh.rfind("极光", 0) == 0;
    });
    REQUIRE(found != findings.end());
    return found->message_zh;
  };
  CHECK(finding_for("\nhttps://www.jiguang.example/license/privacy-policy-for-apps\n").find("麦克风") == std::string::npos);
  CHECK(finding_for(" https://www.jiguang.example/license/privacy-policy-for-apps\n").find("位置信息") != std::string::npos);
}

TEST_CASE("after extraction, a disclosure excepted from a promise on a legal ground is no provision at our discretion") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "除根据法律法规的规定及有权机关的指示披露外，我们不会向任何第三方透露您的聊天记录。").empty());
  CHECK(run_after_extraction(id, "除为完成推广活动披露外，我们不会向任何第三方透露您的聊天记录。").size() == 1);
}

TEST_CASE("after extraction, the harm of unlawful sharing a sharing section promises to avoid is no provision") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们充分知晓因违法共享、转让您的手机号码造成损害时所应承担的法律责任，对于您的手机号码的一切共享，"
                                 "我们将严格按照以下条款进行：\n")
            .empty());
  CHECK(run_after_extraction(id, "我们会与第三方共享、转让您的手机号码，并承担相应的法律责任。\n").size() == 1);
}

TEST_CASE("after extraction, a negation before a condition and a coverb negates the verb after them") {
  const char* id = "pipl-23-sharing-without-separate-consent";
  CHECK(run_after_extraction(id, "我们不会在未经您同意或授权的情况下将您的手机号码提供给任何第三方。").empty());
  CHECK(run_after_extraction(id, "我们会在为您配送商品的情况下将您的手机号码提供给合作伙伴。").size() == 1);
}
