#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "extract/ingest.h"
#include "extract/traditional_script.h"

namespace consentflow {
namespace {

namespace fs = std::filesystem;

const std::string kSeed = std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/000_57b2305b7dc90c1d.txt";

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Re-encodes UTF-8 with ICU, as a GBK editor or a UTF-16 export would have saved it.
std::string encoded(const std::string& utf8, const char* encoding, std::string_view bom = {}) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t length = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                      utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(length));
  return std::string(bom) + out;
}

Analysis ingested(std::string_view bytes, const std::string& name = "test") {
  Result<Analysis> analysis = ingest_bytes(bytes, name, IngestOptions{});
  if (!analysis.ok()) FAIL(describe(analysis.error()));
  return std::move(analysis).value();
}

TEST_CASE("the seed page holds the agreement and then the privacy policy, without site chrome") {
  const Analysis analysis = ingested(read_bytes(kSeed));
  CHECK(analysis.encoding == "UTF-8");
  REQUIRE(analysis.documents.size() == 2);
  CHECK(analysis.documents[0].kind == DocumentKind::Agreement);
  CHECK(analysis.documents[0].title == "小红书用户注册协议");
  CHECK(analysis.documents[1].kind == DocumentKind::PrivacyPolicy);
  CHECK(analysis.documents[1].title == "小红书用户隐私政策");
  for (const Document& document : analysis.documents) {
    const std::string_view text = analysis.source.slice(document.span);
    CHECK(text.starts_with(document.title));
    for (std::string_view chrome : {"ICP", "公网安备", "Copyright", "扫码下载", "立即下载", "媒体报道", "招商合作"})
      CHECK(text.find(chrome) == std::string_view::npos);
  }
  CHECK(analysis.documents[0].span.end <= analysis.documents[1].span.begin);
}

TEST_CASE("normalized bytes map back to the exact original characters") {
  const Analysis analysis = ingested(read_bytes(kSeed));
  const NormalizedText& normalized = analysis.normalized;
  std::size_t checked = 0;
  for (std::size_t begin = 0; begin < normalized.size(); begin += 97) {
    const Span span = normalized.to_span(begin, std::min(normalized.size(), begin + 40));
    CHECK(span.begin <= span.end);
    CHECK(span.end <= analysis.source.size());
    ++checked;
  }
  CHECK(checked > 100);
  // Full-width characters normalise, yet evidence quotes the original.
  const Analysis wide = ingested("隐私政策\n我们收集您的ＩＭＥＩ号码（设备识别码）。\n");
  const std::size_t at = wide.normalized.text().find("IMEI");
  REQUIRE(at != std::string::npos);
  CHECK(wide.source.slice(wide.normalized.to_span(at, at + 4)) == "ＩＭＥＩ");
}

TEST_CASE("a Traditional-script policy is matched as Simplified, and its spans quote the original") {
  const Analysis traditional = ingested("隱私權政策\n我們會將您的裝置資訊與帳號提供給合作夥伴。\n");
  const std::string& text = traditional.normalized.text();
  const std::size_t at = text.find("装置资讯");
  REQUIRE(at != std::string::npos);
  CHECK(text.find("我们会将您的") != std::string::npos);
  CHECK(traditional.source.slice(traditional.normalized.to_span(at, at + std::string("装置资讯").size())) == "裝置資訊");
  // Simplified text keeps the characters both scripts share: 著 stays 著.
  const Analysis simplified = ingested("隐私政策\n您上传的作品的著作权归您所有，我们会收集您的设备信息。\n");
  CHECK(simplified.normalized.text().find("著作权") != std::string::npos);
}

TEST_CASE("a text reads as Traditional when many of its characters are") {
  CHECK(reads_as_traditional(U"我們會蒐集您的個人資料。"));
  CHECK_FALSE(reads_as_traditional(U"我们会收集您的个人信息，作品的著作权归您所有。"));
  CHECK_FALSE(reads_as_traditional(U"privacy policy"));
  CHECK(simplified_form(U'裝') == U'装');
  CHECK(simplified_form(U'我') == U'我');
  CHECK(simplified_form(U'A') == U'A');
}

TEST_CASE("the seed re-encoded as GB18030 and UTF-16 gives the same documents") {
  const std::string utf8 = read_bytes(kSeed);
  const Analysis original = ingested(utf8);
  for (const auto& [bytes, name] : {std::pair{encoded(utf8, "GB18030"), "GB18030"},
                                    std::pair{encoded(utf8, "UTF-16LE", "\xFF\xFE"), "UTF-16LE"},
                                    std::pair{encoded(utf8, "UTF-16BE", "\xFE\xFF"), "UTF-16BE"}}) {
    INFO(name);
    const Analysis analysis = ingested(bytes);
    CHECK(analysis.encoding == name);
    REQUIRE(analysis.documents.size() == original.documents.size());
    for (std::size_t i = 0; i < analysis.documents.size(); ++i) {
      CHECK(analysis.documents[i].title == original.documents[i].title);
      CHECK(analysis.documents[i].span == original.documents[i].span);
    }
  }
  CHECK(ingested("\xEF\xBB\xBF" + utf8).encoding == "UTF-8 (BOM)");
}

TEST_CASE("HTML: visible text only, blocks on their own lines, spans in the HTML source") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>青柠记账隐私政策</title><style>p{color:red}</style>"
      "<script>var collect = '不应出现';</script></head><body>"
      "<nav><a href='/'>首页</a> | <a href='/about'>关于</a></nav>"
      "<div><div><h1>青柠记账隐私政策</h1>"
      "<p>我们会收集您的手机号码&amp;设备信息，用于注册账号。</p>"
      "<p>一、我们如何收集信息</p><p>1. 在您注册时，我们收集手机号码。</p>"
      "<p>2. 在您使用记账功能时，我们收集账单信息。</p></div></div></body></html>";
  const Analysis analysis = ingested(html, "page.html");
  const std::string& text = analysis.normalized.text();
  CHECK(text.find("不应出现") == std::string::npos);
  CHECK(text.find("color:red") == std::string::npos);
  CHECK(text.find("手机号码&设备信息") != std::string::npos);
  CHECK(text.find("\n1. 在您注册时") != std::string::npos);
  REQUIRE(!analysis.documents.empty());
  CHECK(analysis.documents.back().title == "青柠记账隐私政策");
  const std::size_t at = text.find("&设备");
  CHECK(analysis.source.slice(analysis.normalized.to_span(at, at + 1)) == "&amp;");
}

TEST_CASE("markdown scrape noise: links keep their text, images and menus go, escapes are removed") {
  const std::string markdown =
      "|[首页](/ \"首页\")|[发现](/discovery)|[加入](/join)|\n\n"
      "![](//cdn.example.com/logo.png)\n\n"
      "青柠记账用户协议\n\n"
      "一、总则\n\n"
      "1\\. 本协议由您与[青柠科技](https://example.com/about)共同缔结，请您仔细阅读全部条款内容，\n"
      "尤其是加粗的免责条款。\n\n"
      "2\\.\n本协议自您注册时生效，您应当遵守本协议的约定和有关规则。\n\n"
      "3\\. 如您对本协议有疑问，可以联系我们的客服人员咨询。\n\n"
      "[沪ICP备\n12345678号](http://beian.example.com)\n";
  const Analysis analysis = ingested(markdown, "page.md");
  const std::string& text = analysis.normalized.text();
  CHECK(text.find("首页") == std::string::npos);
  CHECK(text.find("logo.png") == std::string::npos);
  CHECK(text.find("1. 本协议由您与青柠科技共同缔结") != std::string::npos);
  CHECK(text.find("条款内容,尤其是") != std::string::npos);  // the hard wrap is re-joined
  CHECK(text.find("\\.") == std::string::npos);
  REQUIRE(analysis.documents.size() == 1);
  CHECK(analysis.documents[0].title == "青柠记账用户协议");
  CHECK(analysis.source.slice(analysis.documents[0].span).find("ICP") == std::string_view::npos);
}

TEST_CASE("a table row whose last cell wraps onto its own line ends before the next row") {
  const std::string policy =
      "第三方SDK | 服务功能 | 获取信息 | 隐私政策\n"
      "推送SDK | 推送 | 设备信息（唯一设备识别码、硬件序列号）、网络信息、位置信息 |\n"
      "https://push.example.com/legal/privacy-policy-for-developers\n"
      "客服SDK | 客服 | 相册、相机、麦克风、存储、读取手机状态和身份 |\n"
      "我们会在您使用推送服务时收集您的设备信息和网络信息，并在推送\n"
      "完成后删除。\n";
  const Analysis analysis = ingested(policy, "table.txt");
  const std::string& text = analysis.normalized.text();
  CHECK(text.find("位置信息 | https://push.example.com") != std::string::npos);  // the URL stays in its row
  CHECK(text.find("developers\n客服SDK |") != std::string::npos);              // the next row starts its own line
  CHECK(text.find("并在推送完成后删除") != std::string::npos);                 // prose still re-joins
}

TEST_CASE("two table rows written on one line are split when the header rule fixes the column count") {
  const std::string rows =
      "推送服务 | 推送 | 示例推送有限公司 | 设备信息、网络状态 |  https://push.example.com/privacy  "
      "统计服务 | 统计 | 示例统计有限公司 | 设备标识符、位置信息 |  https://stats.example.com/privacy\n";
  const std::string header = "SDK名称 | 类型 | 开发商 | 收集信息 | 隐私政策\n";
  const std::string with_rule = ingested(header + "---|---|---|---|---\n" + rows, "rows.txt").normalized.text();
  CHECK(with_rule.find("push.example.com/privacy\n统计服务 |") != std::string::npos);
  const std::string without_rule = ingested(header + rows, "rows.txt").normalized.text();
  CHECK(without_rule.find("push.example.com/privacy\n") == std::string::npos);  // no column count, no split
}

TEST_CASE("bad input is an error naming the file and the reason, never a crash") {
  const fs::path dir = fs::temp_directory_path() / "consentflow_ingest_bad";
  fs::create_directories(dir);
  const auto write = [&](const char* name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return (dir / name).string();
  };
  const auto error_of = [](const std::string& path, std::size_t max_bytes = 20u << 20) {
    Result<Analysis> analysis = ingest_file(path, IngestOptions{max_bytes});
    REQUIRE_FALSE(analysis.ok());
    return describe(analysis.error());
  };
  CHECK(error_of((dir / "missing.txt").string()) == (dir / "missing.txt").string() + ": no such file");
  CHECK_THAT(error_of(dir.string()), Catch::Contains("is a directory"));
  CHECK_THAT(error_of(write("empty.txt", "")), Catch::EndsWith("empty file"));
  CHECK_THAT(error_of(write("blank.txt", "  \n\t\n")), Catch::Contains("only whitespace"));
  CHECK_THAT(error_of(write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16))),
             Catch::Contains("binary data (looks like PNG)"));
  std::string garbage;  // invalid as UTF-8 and as GB18030 (0x28 cannot follow 0xC3)
  for (int i = 0; i < 2000; ++i) garbage += "\xC3\x28";
  CHECK_THAT(error_of(write("garbage.txt", garbage)), Catch::Contains("not valid text"));
  CHECK_THAT(error_of(write("large.txt", std::string(5000, 'a')), 1000),
             Catch::Contains("larger than --max-bytes"));
  std::string deep = "<!DOCTYPE html><html><body>";
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  CHECK_THAT(error_of(write("deep.html", deep)), Catch::Contains("nested deeper"));
  fs::remove_all(dir);
}

TEST_CASE("a few stray invalid bytes are replaced and reported") {
  std::string text = "隐私政策\n我们收集您的手机号码，用于注册账号。这是一段足够长的正文内容。\n";
  text.insert(13, "\xFF");  // after "隐私政策\n"
  const Analysis analysis = ingested(text);
  REQUIRE(analysis.warnings.size() == 1);
  CHECK_THAT(analysis.warnings[0], Catch::Contains("replaced 1 invalid byte sequence"));
}

TEST_CASE("every policy of the CA4P development split ingests") {
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(std::string(CONSENTFLOW_SHARED_DIR) + "/corpus/ca4p-dev")) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path().string());
    Result<Analysis> analysis = ingest_file(entry.path().string(), IngestOptions{});
    REQUIRE(analysis.ok());
    CHECK(!analysis->documents.empty());
    ++files;
  }
  CHECK(files == 120);
}

}  // namespace
}  // namespace consentflow
