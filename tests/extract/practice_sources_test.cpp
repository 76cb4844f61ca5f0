// Which lines of a policy state practices: headings and tables of contents name
// topics, the sentences under them state the acts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

// The text of the first evidence of each practice, in order.
std::vector<std::string> practice_sentences(const std::string& text) {
  const Analysis analysis = testing::extracted(text);
  std::vector<std::string> sentences;
  for (const Practice& practice : analysis.practices)
    sentences.emplace_back(analysis.source.slice(practice.evidence.front()));
  return sentences;
}

bool has_practice_from(const std::vector<std::string>& sentences, const std::string& words) {
  for (const std::string& sentence : sentences)
    if (sentence.find(words) != std::string::npos) return true;
  return false;
}

TEST_CASE("a section heading that names a topic states no practice; the sentence under it does") {
  const std::vector<std::string> sentences = practice_sentences(
      "青柚日记隐私政策\n三、我们如何共享您的个人信息\n我们会在取得您的单独同意后与合作伙伴共享您的订单信息。\n");
  CHECK_FALSE(has_practice_from(sentences, "我们如何共享"));
  CHECK(has_practice_from(sentences, "与合作伙伴共享您的订单信息"));
}

TEST_CASE("a table of contents states no practice; the sections it lists do") {
  const std::vector<std::string> sentences = practice_sentences(
      "青柚日记隐私政策\n目录\n一、我们如何收集您的个人信息\n二、个人信息的共享与转让\n三、您的权利\n"
      "一、我们如何收集您的个人信息\n我们会收集您的手机号码，用于注册账号。\n"
      "二、个人信息的共享与转让\n我们会在取得您的单独同意后与合作伙伴共享您的订单信息。\n"
      "三、您的权利\n您可以在设置中删除您的订单信息。\n");
  CHECK_FALSE(has_practice_from(sentences, "我们如何收集"));
  CHECK_FALSE(has_practice_from(sentences, "个人信息的共享与转让"));
  CHECK(has_practice_from(sentences, "收集您的手机号码"));
  CHECK(has_practice_from(sentences, "与合作伙伴共享您的订单信息"));
}

TEST_CASE("a numbered list item without a full stop states its act") {
  const std::vector<std::string> sentences = practice_sentences(
      "青柚日记隐私政策\n我们仅在以下情形中共享您的个人信息：\n"
      "1、在您明确同意后向您指定的第三方共享您的订单信息\n"
      "2、根据法律法规的要求提供您的个人信息。\n");
  CHECK(has_practice_from(sentences, "向您指定的第三方共享您的订单信息"));
}

TEST_CASE("a heading stating an act with its actor is read; one under a differently numbered list is not") {
  CHECK(has_practice_from(practice_sentences("青柚日记隐私政策\n1.4 我们收集您的银行卡号\n"
                                             "绑定银行卡时，您需要填写卡号和预留手机号码。\n"),
                          "我们收集您的银行卡号"));
  // "（一）" above "1、…": the clause tree sets the list beside the heading, not under it.
  CHECK_FALSE(has_practice_from(practice_sentences("青柚日记隐私政策\n（一）订单信息的共享\n"
                                                   "1、我们会在取得您的单独同意后与物流公司共享您的订单信息。\n"
                                                   "2、我们会在取得您的单独同意后与支付机构共享您的订单信息。\n"),
                                "订单信息的共享"));
}

// The actions read from `text`, with the recipient's words where there is one.
std::vector<std::string> actions_of(const std::string& text) {
  std::vector<std::string> actions;
  const Analysis analysis = testing::extracted(text);
  for (const Practice& practice : analysis.practices) {
    std::string action = to_string(practice.action);
    if (practice.recipient) action += " " + std::string(analysis.source.slice(practice.recipient->span));
    actions.push_back(action);
  }
  return actions;
}

TEST_CASE("data asked of a party that provides a service comes from it; providing to a named party is sharing") {
  const std::vector<std::string> asked = actions_of("我们需要向提供钱包功能的第三方服务商获取您的支付账户标识。");
  CHECK(std::find(asked.begin(), asked.end(), "collect") != asked.end());
  CHECK(std::none_of(asked.begin(), asked.end(), [](const std::string& a) { return a.starts_with("share"); }));
  const std::vector<std::string> shared = actions_of("我们会向提供物流服务的合作伙伴提供您的收货地址。");
  CHECK(std::find(shared.begin(), shared.end(), "share 合作伙伴") != shared.end());
  const std::vector<std::string> both = actions_of("我们会向合作伙伴提供您的手机号码，并向第三方服务商查询订单状态。");
  CHECK(std::find(both.begin(), both.end(), "share 合作伙伴") != both.end());
}

TEST_CASE("signing in with another service's account makes it no recipient; a login SDK the clause is about is one") {
  const std::vector<std::string> login = actions_of(
      "一、我们如何收集和使用个人信息\n2.注册及登录\n您可以使用支付宝账号授权登录本应用。登录时我们会获取您的昵称和头像，用于创建账号。\n");
  CHECK(std::find(login.begin(), login.end(), "collect") != login.end());
  CHECK(std::none_of(login.begin(), login.end(), [](const std::string& a) { return a.starts_with("share"); }));
  const std::vector<std::string> sdk = actions_of(
      "一、我们如何收集和使用个人信息\n2.微信登录\n本应用接入了微信登录SDK，用于账号授权登录。登录时我们会获取您的昵称和头像，用于创建账号。\n");
  CHECK(std::any_of(sdk.begin(), sdk.end(), [](const std::string& a) { return a.starts_with("share"); }));
}

TEST_CASE("a term defined for an activity, data or another party is not a name of the handler") {
  const Analysis analysis = testing::extracted(
      "青柚日记隐私政策\n您在下载、浏览、使用（以下统称“使用”）青柚日记时，我们会收集您的手机号码。\n"
      "我们可能接入第三方服务商提供的软件工具包（以下简称“SDK”），友盟+SDK会收集您的设备标识符。\n");
  REQUIRE_FALSE(analysis.practices.empty());
  for (const Practice& practice : analysis.practices) CHECK(practice.actor.name != "使用");
  CHECK(std::any_of(analysis.practices.begin(), analysis.practices.end(), [](const Practice& practice) {
    return practice.recipient && practice.recipient->id == "umeng";
  }));
}

TEST_CASE("a policy in Traditional script states the same flows, quoted in its own characters") {
  const Analysis analysis =
      testing::extracted("青柚日記隱私權政策\n我們會將您的裝置識別碼提供給TalkingData，用於統計分析。\n");
  const auto to_talkingdata = std::find_if(analysis.practices.begin(), analysis.practices.end(), [](const Practice& practice) {
    return practice.action == Action::Share && practice.recipient && practice.recipient->id == "talkingdata";
  });
  REQUIRE(to_talkingdata != analysis.practices.end());
  CHECK(std::any_of(to_talkingdata->data.begin(), to_talkingdata->data.end(),
                    [](const DataMention& data) { return data.id == "device_id"; }));
  CHECK(analysis.source.slice(to_talkingdata->evidence.front()).starts_with("我們會將您的裝置識別碼"));
}

// The actions read from `text` that it states as happening (denied ones left out).
std::vector<std::string> stated_actions_of(const std::string& text) {
  std::vector<std::string> actions;
  for (const Practice& practice : testing::extracted(text).practices)
    if (!practice.negated) actions.push_back(to_string(practice.action));
  return actions;
}

bool has_outward(const std::vector<std::string>& actions) {
  return std::any_of(actions.begin(), actions.end(), [](const std::string& a) {
    return a == "share" || a == "disclose" || a == "transfer";
  });
}

TEST_CASE("a disclosure listed among the harms security guards against is no act; a disclosure to a partner is") {
  CHECK_FALSE(has_outward(
      stated_actions_of("我们会采取加密等安全措施，保护您的订单信息免遭丢失、盗用，以及被擅自取阅、披露或篡改。")));
  const std::vector<std::string> disclosed = actions_of("我们会向合作伙伴披露您的订单信息，以完成配送。");
  CHECK(std::find(disclosed.begin(), disclosed.end(), "disclose 合作伙伴") != disclosed.end());
}

// The recipient id of each outward practice read from `text`.
std::vector<std::string> recipient_ids(const std::string& text) {
  std::vector<std::string> ids;
  for (const Practice& practice : testing::extracted(text).practices)
    if (practice.recipient) ids.push_back(practice.recipient->id);
  return ids;
}

TEST_CASE("making data public with no recipient named discloses it to the public; naming one discloses to it") {
  const std::vector<std::string> published = recipient_ids("中奖后，我们会在活动页面公开披露您的昵称。");
  CHECK(published == std::vector<std::string>{"public"});
  const std::vector<std::string> named = recipient_ids("我们会向合作伙伴披露您的昵称，以便发放奖品。");
  CHECK(std::find(named.begin(), named.end(), "public") == named.end());
  CHECK_FALSE(named.empty());
}

TEST_CASE("a service named before a profile item owns the account it comes from; one after the verb receives") {
  const std::vector<std::string> profile = actions_of("登录时，我们会获取您的微信头像和昵称，用于创建账号。");
  CHECK(std::none_of(profile.begin(), profile.end(), [](const std::string& a) { return a.starts_with("share"); }));
  const std::vector<std::string> shared = actions_of("我们会将您的头像和昵称共享给微信，用于分享内容。");
  CHECK(std::any_of(shared.begin(), shared.end(), [](const std::string& a) { return a.starts_with("share"); }));
}

TEST_CASE("a data word opening an SDK's name is no data handled") {
  const Analysis analysis = testing::extracted("我们接入了青柚视频SDK，该SDK会收集您的设备型号。");
  REQUIRE_FALSE(analysis.practices.empty());
  for (const Practice& practice : analysis.practices)
    for (const DataMention& data : practice.data) CHECK(data.id != "videos");
  const Analysis plain = testing::extracted("我们会收集您上传的视频，用于发布作品。");
  REQUIRE_FALSE(plain.practices.empty());
  CHECK(std::any_of(plain.practices.front().data.begin(), plain.practices.front().data.end(),
                    [](const DataMention& data) { return data.id == "videos"; }));
}

TEST_CASE("a safeguard about the recipients states no provision, even when it names them") {
  CHECK_FALSE(has_outward(stated_actions_of(
      "对我们与之共享个人信息的公司、组织和个人，我们会与其签署严格的保密协定，要求他们按照本政策处理个人信息。")));
  CHECK(has_outward(stated_actions_of("我们会与合作的公司、组织和个人共享您的订单信息，用于配送。")));
}

TEST_CASE("a limit of sharing naming no recipient states no provision; a limit naming one does") {
  CHECK_FALSE(has_outward(
      stated_actions_of("我们仅会出于合法、正当、必要的目的共享您的个人信息，并且只会共享必要的个人信息。")));
  CHECK(has_outward(stated_actions_of("我们仅会与合作伙伴共享您的收货地址，用于配送商品。")));
}

TEST_CASE("GB/T 35273's research item worded on its own is an exception to consent; a plain provision is not") {
  const Analysis item = testing::extracted(
      "出于公共利益开展统计或学术研究所必要，且对外提供研究结果时，对结果中所包含的个人信息进行去标识化处理的。");
  REQUIRE_FALSE(item.practices.empty());
  for (const Practice& practice : item.practices) CHECK(practice.consent == ConsentKind::LegalException);
  const Analysis plain = testing::extracted("我们会向研究机构提供您的个人信息，用于学术研究。");
  REQUIRE_FALSE(plain.practices.empty());
  CHECK(plain.practices.front().consent != ConsentKind::LegalException);
}

TEST_CASE("a party joined to us before the verb acts with us; one shared with receives") {
  const std::vector<std::string> co_actor = recipient_ids("我们或我们的关联公司可能会向物流公司提供您的收货地址，用于配送。");
  CHECK(std::find(co_actor.begin(), co_actor.end(), "affiliate") == co_actor.end());
  const std::vector<std::string> joined = recipient_ids("我们及关联公司会共享您的订单信息。");
  CHECK(std::find(joined.begin(), joined.end(), "affiliate") == joined.end());
  const std::vector<std::string> with = recipient_ids("我们会与关联公司共享您的订单信息，用于售后服务。");
  CHECK(std::find(with.begin(), with.end(), "affiliate") != with.end());
}

TEST_CASE("a safeguard for sharing with the parties described above states no new provision") {
  CHECK_FALSE(has_outward(stated_actions_of(
      "如我们与任何上述第三方分享您的订单信息，我们将努力确保该等第三方遵守本政策的保密要求。")));
  CHECK(has_outward(stated_actions_of("我们会与第三方分享您的订单信息，用于配送。")));
}

TEST_CASE("the list of legal needs after \"还可能为以下需要而…披露\" is an exception to consent") {
  const Analysis intro = testing::extracted(
      "青柚日记隐私政策\n我们还可能为以下需要而保留或披露您的订单信息：\n1.遵守适用的法律法规；\n2.遵守法院命令。\n");
  REQUIRE_FALSE(intro.practices.empty());
  for (const Practice& practice : intro.practices)
    if (practice.recipient) CHECK(practice.consent == ConsentKind::LegalException);
  const Analysis plain = testing::extracted("我们还可能向第三方披露您的订单信息，用于配送。");
  REQUIRE_FALSE(plain.practices.empty());
  CHECK(plain.practices.front().consent != ConsentKind::LegalException);
}

TEST_CASE("asking the user to think before disclosing sensitive data is the user's disclosure, not ours") {
  CHECK_FALSE(has_outward(stated_actions_of("您需要谨慎地考虑，是否在使用我们的服务时披露您的身份证号码。")));
  CHECK(has_outward(stated_actions_of("我们会向合作银行披露您的身份证号码，用于开户。")));
}

TEST_CASE("a 向 opening a collection is no 向…提供 reaching past it") {
  CHECK_FALSE(has_outward(stated_actions_of("我们会向第三方调研机构收集您的消费偏好，以便提供更合适的商品推荐。")));
  CHECK(has_outward(stated_actions_of("我们会向第三方调研机构提供您的消费偏好，以便改进商品推荐。")));
}

TEST_CASE("a change of recipients listed as a reason to update the policy is no provision") {
  CHECK_FALSE(has_outward(stated_actions_of("如遇下列情况，我们会更新本政策：您的订单信息共享、转让的主要对象发生变化。")));
  CHECK(has_outward(stated_actions_of("我们会与第三方共享您的订单信息，用于配送。")));
}

bool has_share(const std::vector<std::string>& actions) {
  return std::any_of(actions.begin(), actions.end(), [](const std::string& a) { return a.starts_with("share"); });
}

TEST_CASE("a login service, contact channel or official account named in a clause receives nothing; an SDK does") {
  const std::string heading = "一、我们如何收集和使用个人信息\n3.会员提现\n";
  // The account word closes the next name, which the lexicon reads as data ("支付宝账号").
  CHECK_FALSE(has_share(actions_of(heading + "提现前您需要绑定微信或支付宝账号，我们会获取您的昵称和头像。\n")));
  // Names in brackets as examples of a contact way or an account.
  CHECK_FALSE(has_share(actions_of(heading + "为便于售后沟通，我们会收集您的联系方式（手机号码、微信、邮箱）。\n")));
  CHECK_FALSE(has_share(actions_of(heading + "我们以第三方账号（微信/QQ）作为您的登录凭证，并收集您的设备标识符。\n")));
  // "公众号" begins inside "公众", a party of its own.
  CHECK_FALSE(has_share(actions_of(heading + "您可关注青柚官方微信公众号联系客服，查询您的订单信息。\n")));
  // "以其他方式" names a way, not another party.
  CHECK_FALSE(has_share(stated_actions_of(
      "一旦您安装、使用或以其他方式访问青柚服务，即表示您同意青柚按本政策收集、使用、分享和转让您的个人信息。")));
  // Data handed on still counts, and so does an SDK the clause is about.
  CHECK(has_share(actions_of(heading + "我们会将您的昵称和头像共享给微信，用于分享内容。\n")));
  CHECK(has_share(actions_of("一、我们如何收集和使用个人信息\n3.微信分享\n本应用接入了微信分享SDK，"
                             "该SDK会收集您的设备标识符，用于分享内容。\n")));
}

TEST_CASE("a service the user is on (\"您在微信平台上的信息\", \"请在微信上注销\") receives nothing") {
  CHECK_FALSE(has_share(actions_of("一、我们如何收集和使用个人信息\n3.会员提现\n"
                                   "提现时我们仅会获取您在微信平台上的信息（头像、昵称）。\n")));
  CHECK_FALSE(has_share(actions_of("一、我们如何收集和使用个人信息\n3.账号注销\n如需注销关联的微信账号，请在微信上根据其指引注销，"
                                   "我们将删除您的账号信息，并停止收集您的设备标识符。\n")));
  CHECK_FALSE(has_outward(stated_actions_of("3、第三方登录\n您在该第三方平台上登记、公布的公开信息（包括昵称、头像）。\n")));
  CHECK(has_share(actions_of("一、我们如何收集和使用个人信息\n3.会员提现\n提现时我们会将您的昵称共享给微信，用于核对收款人。\n")));
}

TEST_CASE("a data word naming the experience a purpose improves is no data handled") {
  const Analysis analysis = testing::extracted("第三方SDK“青柚视频SDK”为优化播放视频体验，需获取屏幕保持唤醒权限。");
  for (const Practice& practice : analysis.practices)
    for (const DataMention& data : practice.data) CHECK(data.id != "videos");
  const Analysis uploaded = testing::extracted("我们接入了青柚推送SDK，该SDK会收集您上传的视频，用于审核。");
  REQUIRE_FALSE(uploaded.practices.empty());
  CHECK(std::any_of(uploaded.practices.front().data.begin(), uploaded.practices.front().data.end(),
                    [](const DataMention& data) { return data.id == "videos"; }));
}

TEST_CASE("a service we provide to partners is no data provided to them") {
  CHECK_FALSE(has_share(actions_of("当您浏览我们提供给合作伙伴的服务（例如广告服务）时，我们会使用Cookie。")));
  CHECK_FALSE(has_share(actions_of("当您使用我们向合作伙伴提供的产品时，我们会使用Cookie。")));
  CHECK(has_share(actions_of("我们会将您的Cookie提供给合作伙伴，用于广告投放。")));
}

TEST_CASE("a service named before 好友 or 朋友圈 names the user's contacts there, not a recipient") {
  CHECK_FALSE(has_share(actions_of("一、我们如何收集和使用个人信息\n3.分享信息\n"
                                   "当您使用分享功能与微信好友互动分享照片和视频时，我们会读取您选择的照片。\n")));
  CHECK(has_share(actions_of("一、我们如何收集和使用个人信息\n3.分享信息\n我们会将您选择的照片提供给微信，用于分享到朋友圈。\n")));
}

TEST_CASE("a service the user shares content to is no recipient; the share SDK collecting data is one") {
  const std::string heading = "一、我们如何收集和使用个人信息\n";
  CHECK_FALSE(has_share(actions_of(heading + "6、使用青柚分享组件，用于文章的分享功能，包括分享到微信、微博。会获取您的设备标识符（IMEI）。\n")));
  const std::vector<std::string> sdk =
      actions_of(heading + "6、为使您可以将内容分享到微博，我们接入了微博分享SDK，该SDK会收集您的设备标识符。\n");
  CHECK(std::find(sdk.begin(), sdk.end(), "share 微博分享") != sdk.end());
}

}  // namespace
}  // namespace consentflow
