// CAPP sentence labels: which sentences of a policy get which practice label.
// The example policies here are written for these tests.
#include <catch2/catch.hpp>

#include "cli/pipeline.h"
#include "extract/sentence_labels.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

const std::string kCollect = "数据收集";
const std::string kShare = "共享、委托、转让、公开（披露）";
const std::string kUse = "使用";
const std::string kStorage = "存储方式";
const std::string kRights = "数据、权限管理";
const std::string kContact = "联系方式";

std::vector<std::set<std::string>> labels_of(const std::vector<std::string>& sentences) {
  static const CappSentenceLabeller labeller(engine_ontology(testing::engine()));
  return labeller.label(sentences);
}

TEST_CASE("a collection section sentence about a recipient, a right or a permission is not collection") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "在您下单购买水果时，我们会记录您的收货人姓名和电话。",
      "为了帮您配送，果园会把订单信息交给合作的快递公司。",
      "您可以在设置页面随时修改您的收货人电话。",
      "授予定位权限后，附近门店会排在前面。",
      "这部分功能需要您填写一张问卷。",
  });
  CHECK_FALSE(labels[0].contains(kCollect));  // a heading
  CHECK(labels[1].contains(kCollect));
  CHECK_FALSE(labels[3].contains(kCollect));
  CHECK_FALSE(labels[4].contains(kCollect));
  CHECK(labels[5].contains(kCollect));  // a collection verb wins over everything else
}

TEST_CASE("use needs a stated use of data, not the user's use of the service") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "我们会将您的阅读时长用于统计每周的热门栏目。",
      "根据您关注的菜谱，我们会推荐相似的做法。",
      "您可以继续使用我们的服务浏览菜谱。",
      "如您拒绝，您将无法使用收藏功能。",
      "二、其他说明",
      "我们会使用一种新的字体。",
  });
  CHECK(labels[1].contains(kUse));
  CHECK(labels[2].contains(kUse));
  CHECK_FALSE(labels[3].contains(kUse));
  CHECK_FALSE(labels[4].contains(kUse));
  CHECK_FALSE(labels[6].contains(kUse));  // outside the collection section
}

TEST_CASE("a cookie section is collection only where it collects, and its settings are rights") {
  const auto labels = labels_of({
      "四、我们如何使用Cookie",
      "当您浏览菜谱页面时，我们会通过Cookie记录您上次看到的位置。",
      "Cookie是一种保存在浏览器里的小文件。",
      "借助Cookie，我们会向您推荐口味相近的菜谱。",
      "您可以在浏览器设置中关闭或清除Cookie。",
  });
  CHECK(labels[1].contains(kCollect));
  CHECK_FALSE(labels[2].contains(kCollect));  // a definition collects nothing
  CHECK(labels[3].contains(kUse));
  CHECK_FALSE(labels[3].contains(kCollect));
  CHECK(labels[4].contains(kRights));
  CHECK_FALSE(labels[4].contains(kCollect));
}

TEST_CASE("a setting the user may change is a right, not collection or use") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "我们会收集您的体重记录，用于生成每周的健康报告。",
      "您可以在“我的-设置”中关闭体重记录的收集。",
      "如您拒绝提供体重记录，您将无法查看健康报告，但不影响其他功能。",
  });
  CHECK(labels[1].contains(kCollect));
  CHECK(labels[1].contains(kUse));
  CHECK(labels[2].contains(kRights));
  CHECK_FALSE(labels[2].contains(kCollect));
  CHECK_FALSE(labels[2].contains(kUse));
  CHECK(labels[3].contains(kCollect));  // refusing data is still about collecting it
  CHECK_FALSE(labels[3].contains(kUse));  // what refusing costs is no use of data
}

TEST_CASE("declining to provide data, with what it costs, is collection in any section") {
  const auto labels = labels_of({
      "三、我们如何共享您的个人信息",
      "快递公司需要您的收件地址，拒绝提供将导致您无法收到包裹，但不影响其他功能。",
      "快递公司不提供纸质账单。",
      "一、我们如何收集和使用您的个人信息",
      "如您拒绝提供身份证号码，我们将无法向您提供借书服务。",
      "如您拒绝提供相机权限，您将无法扫码借书。",
  });
  CHECK(labels[1].contains(kCollect));        // in the sharing section
  CHECK_FALSE(labels[2].contains(kCollect));  // nothing the user declines, nothing it costs
  CHECK(labels[4].contains(kCollect));        // "向您提供" is no sharing here
  CHECK(labels[5].contains(kCollect));        // a refused permission that costs a feature
}

TEST_CASE("refusing or withdrawing an authorisation is a right even without 您可以") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "拍照识菜需要使用相机权限。",
      "拒绝该授权不影响您使用食谱的其他功能。",
      "关闭相机权限后，我们将不再收集您拍摄的照片。",
  });
  CHECK(labels[2].contains(kRights));
  CHECK_FALSE(labels[2].contains(kCollect));
  CHECK(labels[3].contains(kRights));
  CHECK_FALSE(labels[3].contains(kCollect));
  CHECK_FALSE(labels[1].contains(kRights));
}

TEST_CASE("a setting reached through a place in the app is a right") {
  const auto labels = labels_of({
      "【我】-【隐私设置】中可以关闭“附近的人”功能。",
      "【我】-【隐私设置】中展示了您的昵称。",
  });
  CHECK(labels[0].contains(kRights));
  CHECK_FALSE(labels[1].contains(kRights));
}

TEST_CASE("a numbered subheading stays in the section its higher-numbered heading opened") {
  const auto labels = labels_of({
      "二、我们如何收集和使用您的个人信息",
      "1、向您提供附近的球场",
      "当您查找球场时，我们会收集您的位置信息。",
      "2、场地预订",
      "预订场地时，我们会记录您的手机号码。",
      "三、其他事项",
      "本指引的解释权见用户协议。",
  });
  CHECK(labels[2].contains(kCollect));  // "向您提供" offers a service, it opens no sharing section
  CHECK_FALSE(labels[2].contains(kShare));
  CHECK(labels[4].contains(kCollect));  // "2、" is an item of "二、", not a new part
  CHECK_FALSE(labels[6].contains(kCollect));  // "三、" ends the section
}

TEST_CASE("a sentence about the policy itself states no collection or use") {
  const auto labels = labels_of({
      "本隐私政策将帮助您了解我们如何收集、使用您的个人信息，以便您作出选择。",
      "一、我们如何收集和使用您的个人信息",
      "本政策所述的收集范围以您开通的功能为准。",
      "我们会收集您的跑步距离，用于计算您的周排名。",
  });
  CHECK_FALSE(labels[0].contains(kCollect));
  CHECK_FALSE(labels[0].contains(kUse));
  CHECK_FALSE(labels[2].contains(kCollect));
  CHECK(labels[3].contains(kCollect));
  CHECK(labels[3].contains(kUse));
}

TEST_CASE("a storage section sentence must speak of storage") {
  const auto labels = labels_of({
      "三、我们如何存储您的个人信息",
      "您的骑行轨迹只放在位于杭州的服务器上。",
      "超过两年的骑行轨迹会被删除。",
      "如果单车停止运营，我们会提前三十天发布公告。",
  });
  CHECK(labels[1].contains(kStorage));
  CHECK(labels[2].contains(kStorage));
  CHECK_FALSE(labels[3].contains(kStorage));
}

TEST_CASE("a sharing verb with a recipient is sharing even outside the sharing section") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "为完成退款，我们会向支付合作伙伴提供您的订单号。",
      "二、我们如何共享您的个人信息",
      "我们不会出售您的信息。",
      "三、其他",
      "您可以在动态中分享您的跑步路线。",
  });
  CHECK(labels[1].contains(kShare));
  CHECK(labels[3].contains(kShare));   // the sharing section
  CHECK_FALSE(labels[5].contains(kShare));  // no recipient, and the policy has a sharing section
}

TEST_CASE("a right outside the rights section needs the user to be able to exercise it") {
  const auto labels = labels_of({
      "一、总则",
      "您可以在个人中心删除您的浏览足迹。",
      "系统会在每晚删除临时缓存。",
  });
  CHECK(labels[1].contains(kRights));
  CHECK_FALSE(labels[2].contains(kRights));
}

TEST_CASE("list items take the practice labels of the sentence that opens the list") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "我们会在以下情形中使用您的健身记录：",
      "1、生成每月的运动报告；",
      "2、提醒您按时完成训练计划。",
      "您还可以关注教练。",
  });
  CHECK(labels[1].contains(kUse));
  CHECK(labels[2].contains(kUse));
  CHECK(labels[3].contains(kUse));
  CHECK_FALSE(labels[4].contains(kUse));  // not an item: the list has ended
}

TEST_CASE("an unnumbered subheading on the section's own topic does not let its items end the section") {
  const auto labels = labels_of({
      "二、我们如何收集您的信息",
      "我们会收集您提供的以下信息",
      "1、会员注册",
      "注册需要手机号码和短信验证码。",
      "三、其他事项",
      "我们的门店营业到晚上十点。",
  });
  CHECK(labels[3].contains(kCollect));  // by its section only: "1、" ranks below "二、"
  CHECK_FALSE(labels[5].contains(kCollect));
}

TEST_CASE("a list goes on through numbers written with a comma for the space and through unnumbered items") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "我们会在以下情形中使用您的骑行轨迹：",
      "1.1,计算您本周的骑行里程；",
      "为您推荐附近的骑行路线；",
      "1.2,生成年度骑行报告。",
      "您还可以加入骑行俱乐部。",
  });
  CHECK(labels[2].contains(kUse));
  CHECK(labels[3].contains(kUse));  // no number, but between items that end in semicolons
  CHECK(labels[4].contains(kUse));
  CHECK_FALSE(labels[5].contains(kUse));
}

TEST_CASE("outside any section, processing the law allows without consent is collection and use") {
  const auto labels = labels_of({
      "五、其他",
      "根据相关法律法规，以下情形中，我们处理您的个人信息无需征得您的同意：",
      "（1）为履行法定职责所必需；",
      "（2）为订立您作为一方当事人的合同所必需。",
      "以下情形中，我们会征得您的同意：",
  });
  for (std::size_t i : {1, 2, 3}) {
    CHECK(labels[i].contains(kCollect));
    CHECK(labels[i].contains(kUse));
  }
  CHECK_FALSE(labels[4].contains(kUse));  // no exemption, no use verb
}

TEST_CASE("a customer-service subheading does not open the contact section; answer times belong to it") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "（三）客服与售后",
      "当您与客服沟通退货时，我们会记录您的沟通内容。",
      "九、如何联系我们",
      "如您对本政策有疑问，可以写信给我们的隐私小组。",
      "我们会在十个工作日内回复您。",
  });
  CHECK_FALSE(labels[2].contains(kContact));
  CHECK(labels[2].contains(kCollect));  // still the collection section
  CHECK(labels[5].contains(kContact));
}

TEST_CASE("a postal code, a service hotline and a support page are contact channels; a court is not") {
  const auto labels = labels_of({
      "九、如何联系我们",
      "邮编：310012",
      "客服电话：95588",
      "如您有疑问，也可以联系在线客服https://help.guoyuan.example/privacy",
      "如果您对我们的回复不满意，您还可以向被告住所地有管辖权的法院提起诉讼。",
      "活动期间共发放95588份礼品。",
  });
  CHECK(labels[1].contains(kContact));
  CHECK(labels[2].contains(kContact));
  CHECK(labels[3].contains(kContact));
  CHECK_FALSE(labels[4].contains(kContact));
  CHECK_FALSE(labels[5].contains(kContact));
}

TEST_CASE("permissions, security, policy changes and the end of the service have labels of their own") {
  const auto labels = labels_of({
      "一、我们如何收集和使用您的个人信息",
      "当您拍照记账时，我们会申请获取您的相机权限。",
      "权限的具体说明见附录。",
      "二、我们如何保护您的个人信息",
      "我们会定期开展员工培训。",
      "三、本政策如何更新",
      "重大变更包括我们的服务模式发生重大变化。",
      "四、其他",
      "如我们停止运营，我们会提前三十日通知您，并删除您的个人信息。",
      "我们会在每年春节期间暂停客服热线。",
  });
  CHECK(labels[1].contains("权限获取"));
  CHECK_FALSE(labels[2].contains("权限获取"));  // names a permission, asks for none
  CHECK(labels[4].contains("安全措施"));          // the section, with no security word
  CHECK(labels[6].contains("隐私政策的授权、修改与变更"));
  CHECK_FALSE(labels[6].contains(kCollect));
  CHECK(labels[8].contains("停止运营"));
  for (const char* label : {"安全措施", "隐私政策的授权、修改与变更", "停止运营"}) CHECK_FALSE(labels[9].contains(label));
}

TEST_CASE("outside any section, use needs a use verb with its purpose") {
  const auto labels = labels_of({
      "我们会使用您的睡眠数据，用于生成每周的睡眠报告。",
      "我们会使用您的睡眠数据。",
      "你使用闹钟功能时，为了准时响铃，请保持应用在后台运行。",
  });
  CHECK(labels[0].contains(kUse));
  CHECK_FALSE(labels[1].contains(kUse));
  CHECK_FALSE(labels[2].contains(kUse));  // the user's use of the app, not of data
}

}  // namespace
}  // namespace consentflow
