#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_binary.h"

namespace consentflow {
namespace {

using testing::run_consentflow;
namespace fs = std::filesystem;

const std::string kSeed = std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/000_57b2305b7dc90c1d.txt";

TEST_CASE("analyze --format sarif carries every property SARIF 2.1.0 requires") {
  const testing::Run run = run_consentflow("analyze examples/demo-policy.txt --format sarif");
  REQUIRE(run.exit_code == 1);  // the demo policy has errors
  const nlohmann::json sarif = nlohmann::json::parse(run.out);
  CHECK(sarif["version"] == "2.1.0");
  CHECK(sarif.contains("$schema"));
  REQUIRE(sarif["runs"].size() == 1);
  const auto& run0 = sarif["runs"][0];
  CHECK(run0["tool"]["driver"]["name"] == "consentflow");
  CHECK(run0["columnKind"] == "unicodeCodePoints");
  const auto& rules = run0["tool"]["driver"]["rules"];
  REQUIRE(rules.size() >= 40);
  for (const auto& rule : rules) {
    CHECK(rule.contains("id"));
    CHECK(rule["shortDescription"].contains("text"));
    CHECK(rule["helpUri"].get<std::string>().find("docs/checks/") != std::string::npos);
  }
  REQUIRE(!run0["results"].empty());
  for (const auto& result : run0["results"]) {
    CHECK(result.contains("ruleId"));
    CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    CHECK(result["message"].contains("text"));
    CHECK(std::string("error warning note").find(result["level"].get<std::string>()) != std::string::npos);
    for (const auto& location : result["locations"]) {
      const auto& physical = location["physicalLocation"];
      CHECK(physical["artifactLocation"]["uri"] == "examples/demo-policy.txt");
      const auto& region = physical["region"];
      CHECK(region["startLine"].get<int>() >= 1);
      CHECK(region["startColumn"].get<int>() >= 1);
      CHECK(region["charLength"].get<int>() > 0);
    }
  }
}

TEST_CASE("analyze --format md is a pull-request comment with the summary and quoted findings") {
  const testing::Run run = run_consentflow("analyze examples/demo-policy.txt --format md");
  CHECK_THAT(run.out, Catch::Contains("| pack | errors | warnings | notes |"));
  CHECK_THAT(run.out, Catch::Contains("pipl-23-sharing-without-separate-consent"));
  CHECK_THAT(run.out, Catch::Contains("`examples/demo-policy.txt:"));
}

TEST_CASE("graph: DOT shows the seed's device identifiers reaching TalkingData without consent; SVG renders") {
  const testing::Run dot = run_consentflow("graph '" + kSeed + "'");
  REQUIRE(dot.exit_code == 0);
  CHECK_THAT(dot.out, Catch::StartsWith("digraph consentflow {"));
  const std::size_t edge = dot.out.find("-> \"party:talkingdata\"");
  REQUIRE(edge != std::string::npos);
  const std::string line = dot.out.substr(edge, dot.out.find('\n', edge) - edge);
  CHECK_THAT(line, Catch::Contains("IDFA") && Catch::Contains("style=dashed") && Catch::Contains("#c0392b"));
  const testing::Run svg = run_consentflow("graph '" + kSeed + "' --format svg");
  REQUIRE(svg.exit_code == 0);
  CHECK_THAT(svg.out, Catch::Contains("<svg") && Catch::Contains("TalkingData"));
}

TEST_CASE("the same input gives the same bytes") {
  const testing::Run first = run_consentflow("analyze '" + kSeed + "' --format json");
  const testing::Run second = run_consentflow("analyze '" + kSeed + "' --format json");
  CHECK(first.out == second.out);
  CHECK(nlohmann::json::parse(first.out)["practices"].size() > 20);
}

TEST_CASE("analyze --format html is one self-contained page that loads in Chromium without errors") {
  const fs::path page = fs::temp_directory_path() / ("consentflow_report_" + std::to_string(::getpid()) + ".html");
  const testing::Run run = run_consentflow("analyze '" + kSeed + "' --format html");
  std::ofstream(page) << run.out;
  // Self-contained: no external scripts, styles or images.
  for (const char* external : {"<script src", "<link", "src=\"http", "url(http"})
    CHECK(run.out.find(external) == std::string::npos);
  CHECK_THAT(run.out, Catch::Contains("<svg") && Catch::Contains("<mark id=\"ev-0\""));
  if (!fs::exists("/usr/bin/chromium")) {
    WARN("chromium is not installed; the browser part of this test is skipped");
    fs::remove(page);
    return;
  }
  const std::string dom_file = page.string() + ".dom";
  const std::string log_file = page.string() + ".log";
  const std::string command = "timeout 90 /usr/bin/chromium --headless --no-sandbox --disable-gpu "
                              "--enable-logging=stderr --v=0 --virtual-time-budget=2000 --dump-dom 'file://" +
                              page.string() + "' > '" + dom_file + "' 2> '" + log_file + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string dom = testing::slurp(dom_file);
  const std::string log = testing::slurp(log_file);
  CHECK_THAT(dom, Catch::Contains("class=\"finding\"") && Catch::Contains("<svg"));
  CHECK(log.find("Uncaught") == std::string::npos);
  CHECK(log.find("CONSOLE(") == std::string::npos);
  const std::string screenshot = "timeout 90 /usr/bin/chromium --headless --no-sandbox --disable-gpu "
                                 "--window-size=1400,1800 --screenshot=" + page.string() + ".png 'file://" +
                                 page.string() + "' > /dev/null 2>&1";
  CHECK(std::system(screenshot.c_str()) == 0);
  CHECK(fs::file_size(page.string() + ".png") > 10000);
  for (const std::string& file : {page.string(), dom_file, log_file, page.string() + ".png"}) fs::remove(file);
}

}  // namespace
}  // namespace consentflow
