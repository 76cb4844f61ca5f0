#include <filesystem>
#include <functional>

#include <catch2/catch.hpp>

#include "extract/clause_numbering.h"
#include "extract/ingest.h"
#include "extract/segment.h"

namespace consentflow {
namespace {

namespace fs = std::filesystem;

Analysis segmented_file(const std::string& path) {
  Result<Analysis> analysis = ingest_file(path, IngestOptions{});
  if (!analysis.ok()) FAIL(describe(analysis.error()));
  segment(analysis.value());
  return std::move(analysis).value();
}

Analysis segmented_text(const std::string& text) {
  Result<Analysis> analysis = ingest_bytes(text, "test", IngestOptions{});
  if (!analysis.ok()) FAIL(describe(analysis.error()));
  segment(analysis.value());
  return std::move(analysis).value();
}

const Clause* find_clause(const std::vector<Clause>& clauses, const std::string& number) {
  for (const Clause& clause : clauses) {
    if (clause.number == number) return &clause;
    if (const Clause* inside = find_clause(clause.children, number)) return inside;
  }
  return nullptr;
}

// Every clause slices the original, contains its children in order, and its
// body lies inside it.
void check_tree(const Analysis& analysis, const std::vector<Clause>& clauses, Span parent) {
  Span previous{parent.begin, parent.begin};
  for (const Clause& clause : clauses) {
    INFO("clause " << clause.number);
    CHECK(parent.contains(clause.span));
    CHECK(clause.span.begin >= previous.end);
    CHECK(clause.span.contains(clause.body));
    CHECK(analysis.source.slice(clause.span).size() > 0);
    check_tree(analysis, clause.children, clause.span);
    previous = clause.span;
  }
}

TEST_CASE("clause numbers of Chinese legal texts are recognised, dates and versions are not") {
  const auto text_of = [](std::u32string_view line) {
    const auto number = clause_number_at(line);
    return number ? number->text : std::string("-");
  };
  CHECK(text_of(U"一、总则") == "一");
  CHECK(text_of(U"十二、附则") == "十二");
  CHECK(text_of(U"第三条 定义") == "第三条");
  CHECK(text_of(U"1. 适用范围") == "1");
  CHECK(text_of(U"1、适用范围") == "1");
  CHECK(text_of(U"4.2 小红书") == "4.2");
  CHECK(text_of(U"1.1.3 细则") == "1.1.3");
  CHECK(text_of(U"a) 在您注册时") == "a");
  CHECK(text_of(U"b）在您使用时") == "b");
  CHECK(text_of(U"(1) 事先获得") == "(1)");
  CHECK(text_of(U"（一）共享") == "(一)");
  CHECK(text_of(U"① 友盟") == "①");
  CHECK(text_of(U"（ b ） 神策数据，用于统计") == "b");  // blanks padding the number
  CHECK(text_of(U"( 12 ) 与国家安全有关的") == "(12)");
  CHECK(text_of(U"（ 神策数据 ）用于统计") == "-");
  CHECK(text_of(U"2023年1月1日起生效") == "-");
  CHECK(text_of(U"1.0版本") == "-");
  CHECK(text_of(U"3.5%的用户") == "-");
  CHECK(text_of(U"e.g. an example") == "-");
  const auto alone = clause_number_at(U"1.2");
  REQUIRE(alone);
  CHECK(alone->alone);
}

TEST_CASE("the seed's clause tree: agreement 4.2, 8.1, 8.2 and policy section 5 a) b) c)") {
  const Analysis analysis = segmented_file(std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/000_57b2305b7dc90c1d.txt");
  REQUIRE(analysis.documents.size() == 2);
  const Document& agreement = analysis.documents[0];
  const Clause* registration = find_clause(agreement.clauses, "4.2");
  REQUIRE(registration != nullptr);
  CHECK(analysis.source.slice(registration->span).find("注册资料") != std::string_view::npos);
  CHECK(find_clause(agreement.clauses, "8.1") != nullptr);
  CHECK(find_clause(agreement.clauses, "8.2") != nullptr);
  // "1.2" stands alone on its line; the clause text follows on the next.
  const Clause* alone = find_clause(agreement.clauses, "1.2");
  REQUIRE(alone != nullptr);
  CHECK(analysis.source.slice(alone->body).starts_with("小红书在提供服务时"));

  const Document& policy = analysis.documents[1];
  const Clause* cookies = find_clause(policy.clauses, "5");
  REQUIRE(cookies != nullptr);
  CHECK(cookies->heading.find("Cookies") != std::string::npos);
  REQUIRE(cookies->children.size() == 3);
  CHECK(cookies->children[0].number == "a");
  CHECK(cookies->children[1].number == "b");
  CHECK(cookies->children[2].number == "c");
  for (const Document& document : analysis.documents) {
    check_tree(analysis, document.clauses, document.span);
    CHECK(document.sentences.size() > 40);
    for (const Sentence& sentence : document.sentences) CHECK(document.span.contains(sentence.span));
  }
}

TEST_CASE("enumerations inside a sentence become items") {
  const Analysis analysis = segmented_text(
      "示例隐私政策\n\n一、收集的信息\n1. 我们会收集您的个人信息，包括但不限于：手机号码、设备型号、IP地址和位置信息等，用于提供服务。\n"
      "2. 我们会在以下情形中共享信息：获得您的同意；根据法律法规的要求；为保护您的生命安全。\n");
  REQUIRE(analysis.documents.size() == 1);
  const Document& document = analysis.documents[0];
  std::vector<std::string> items;
  std::size_t semicolon_items = 0;
  for (const Sentence& sentence : document.sentences)
    for (const Enumeration& enumeration : sentence.enumerations) {
      if (analysis.source.slice(enumeration.span).find("手机号码") != std::string_view::npos)
        for (const Span& item : enumeration.items) items.emplace_back(analysis.source.slice(item));
      if (analysis.source.slice(enumeration.span).find("获得您的同意") != std::string_view::npos)
        semicolon_items = enumeration.items.size();
    }
  CHECK(items == std::vector<std::string>{"手机号码", "设备型号", "IP地址", "位置信息"});
  CHECK(semicolon_items == 3);
}

TEST_CASE("the bundled demo policy uses several numbering styles, all recognised") {
  const Analysis analysis = segmented_file(std::string(CONSENTFLOW_SOURCE_DIR) + "/examples/demo-policy.txt");
  REQUIRE(analysis.documents.size() == 1);
  const Document& policy = analysis.documents[0];
  CHECK(policy.kind == DocumentKind::PrivacyPolicy);
  for (const char* number : {"一", "九", "1.1", "2.2", "(一)", "(二)", "①", "④", "a", "b", "(1)", "(3)"})
    CHECK(find_clause(policy.clauses, number) != nullptr);
  check_tree(analysis, policy.clauses, policy.span);
}

TEST_CASE("every policy of the CA4P development split segments into clauses and sentences") {
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(std::string(CONSENTFLOW_SHARED_DIR) + "/corpus/ca4p-dev")) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path().string());
    const Analysis analysis = segmented_file(entry.path().string());
    std::size_t clauses = 0;
    std::size_t sentences = 0;
    for (const Document& document : analysis.documents) {
      clauses += document.clauses.size();
      sentences += document.sentences.size();
      check_tree(analysis, document.clauses, document.span);
    }
    CHECK(clauses >= 1);
    CHECK(sentences >= 1);
    ++files;
  }
  CHECK(files == 120);
}

}  // namespace
}  // namespace consentflow
