#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_binary.h"

namespace consentflow {
namespace {

using testing::run_consentflow;

TEST_CASE("segment --format json gives documents and the clause tree in DESIGN.md's shape") {
  const testing::Run run = run_consentflow("segment examples/demo-policy.txt --format json");
  REQUIRE(run.exit_code == 0);
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(run.out);
  CHECK(json["file"] == "examples/demo-policy.txt");
  CHECK(json["encoding"] == "UTF-8");
  const auto& document = json["documents"][0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : document.items()) keys.push_back(key);
  CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 5) ==
        std::vector<std::string>{"kind", "title", "start", "end", "clauses"});
  CHECK(document["kind"] == "privacy_policy");
  CHECK(document["title"] == "青柠记账隐私政策");
  const auto& clause = document["clauses"][1];
  CHECK(clause["number"] == "一");
  CHECK(clause["heading"] == "我们如何收集和使用您的个人信息");
  CHECK(clause["children"][0]["children"][0]["number"] == "1.1");
}

TEST_CASE("bad input and bad usage exit 2 with one line on stderr") {
  for (const char* arguments : {"segment /nonexistent/policy.txt", "segment examples", "segment",
                                "segment examples/demo-policy.txt --format xml", "no-such-command"}) {
    INFO(arguments);
    const testing::Run run = run_consentflow(arguments);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    CHECK_THAT(run.err, Catch::StartsWith("consentflow: "));
  }
}

TEST_CASE("--help and --version work for the program and each command") {
  const testing::Run help = run_consentflow("--help");
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("segment") && Catch::Contains("analyze") && Catch::Contains("batch"));
  CHECK_THAT(run_consentflow("segment --help").out, Catch::Contains("--format"));
  CHECK_THAT(run_consentflow("--version").out, Catch::StartsWith("consentflow "));
}

TEST_CASE("stdin is read when FILE is -") {
  const testing::Run run = run_consentflow("segment - --format json", "examples/demo-policy.txt");
  REQUIRE(run.exit_code == 0);
  CHECK(nlohmann::json::parse(run.out)["documents"].size() == 1);
}

}  // namespace
}  // namespace consentflow
