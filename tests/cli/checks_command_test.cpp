// `consentflow checks`: the listing the docs and reviewers read, in each format.
#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checks/registry.h"
#include "tests/cli/run_binary.h"

namespace consentflow {
namespace {

using testing::run_consentflow;

const std::vector<std::string> kPacks = {"pipl", "necessity", "terms"};
const std::string kKnownId = "pipl-23-sharing-without-separate-consent";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The text listing gives each check a line of its own, its summaries indented below.
std::vector<std::string> check_lines(const std::string& listing) {
  std::vector<std::string> lines = lines_of(listing);
  std::erase_if(lines, [](const std::string& line) { return line.empty() || line.starts_with(" "); });
  if (!lines.empty() && lines.back().ends_with(" checks")) lines.pop_back();
  return lines;
}

TEST_CASE("checks lists every check of every pack with its severity and references") {
  const testing::Run run = run_consentflow("checks");
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  const std::vector<std::string> lines = check_lines(run.out);
  CHECK(lines.size() == all_checks().size());
  CHECK_THAT(run.out, Catch::EndsWith(std::to_string(lines.size()) + " checks\n"));
  for (const std::string& pack : kPacks) {
    INFO(pack);
    CHECK(std::any_of(lines.begin(), lines.end(),
                      [&](const std::string& line) { return line.find("[" + pack + ", ") != std::string::npos; }));
  }
  const auto known = std::find_if(lines.begin(), lines.end(),
                                  [](const std::string& line) { return line.starts_with(kKnownId + " "); });
  REQUIRE(known != lines.end());
  CHECK_THAT(*known, Catch::Contains("[pipl, error]") && Catch::Contains("PIPL-23"));
}

TEST_CASE("checks --format json is an array with one entry per listed check") {
  const testing::Run text = run_consentflow("checks");
  const testing::Run run = run_consentflow("checks --format json");
  REQUIRE(run.exit_code == 0);
  const nlohmann::json json = nlohmann::json::parse(run.out);
  REQUIRE(json.is_array());
  CHECK(json.size() == check_lines(text.out).size());

  std::set<std::string> ids, packs;
  for (const auto& check : json) {
    INFO(check.dump());
    ids.insert(check["id"].get<std::string>());
    packs.insert(check["pack"].get<std::string>());
    CHECK(std::string("error warning note").find(check["severity"].get<std::string>()) != std::string::npos);
    CHECK(!check["refs"].empty());
    CHECK(!check["summary"]["zh"].get<std::string>().empty());
    CHECK(!check["summary"]["en"].get<std::string>().empty());
    CHECK(check["docs"] == "docs/checks/" + check["id"].get<std::string>() + ".md");
  }
  CHECK(ids.size() == json.size());  // no id listed twice
  CHECK(packs == std::set<std::string>(kPacks.begin(), kPacks.end()));

  const auto known = std::find_if(json.begin(), json.end(), [](const auto& check) { return check["id"] == kKnownId; });
  REQUIRE(known != json.end());
  CHECK((*known)["pack"] == "pipl");
  CHECK((*known)["severity"] == "error");
  const auto& refs = (*known)["refs"];
  CHECK(std::find(refs.begin(), refs.end(), "PIPL-23") != refs.end());
}

TEST_CASE("checks --format md has a table row per check, linking its docs page") {
  const testing::Run run = run_consentflow("checks --format md");
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("| id | pack | severity | references | summary |\n|---|---|---|---|---|\n"));
  std::vector<std::string> rows = lines_of(run.out);
  std::erase_if(rows, [](const std::string& line) { return !line.starts_with("| [`"); });
  CHECK(rows.size() == all_checks().size());
  for (const std::string& pack : kPacks) {
    INFO(pack);
    CHECK(std::any_of(rows.begin(), rows.end(),
                      [&](const std::string& row) { return row.find(" | " + pack + " | ") != std::string::npos; }));
  }
  const std::string known_row = "| [`" + kKnownId + "`](docs/checks/" + kKnownId + ".md) | pipl | error | PIPL-23";
  CHECK_THAT(run.out, Catch::Contains(known_row));
}

TEST_CASE("checks --format md has a heading per pack") {
  const testing::Run run = run_consentflow("checks --format md");
  const std::vector<std::string> lines = lines_of(run.out);
  for (const std::string& pack : kPacks) {
    INFO(pack);
    CHECK(std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return line.starts_with("#") && line.find(pack) != std::string::npos;
    }));
  }
  // Every row sits under the heading of its own pack.
  std::string section;
  for (const std::string& line : lines) {
    if (line.starts_with("## ")) section = line.substr(3, line.find(' ', 3) - 3);
    if (line.starts_with("| [`")) CHECK_THAT(line, Catch::Contains(" | " + section + " | "));
  }
}

TEST_CASE("checks with an unknown format exits 2 with one line on stderr") {
  const testing::Run run = run_consentflow("checks --format xml");
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  CHECK_THAT(run.err, Catch::StartsWith("consentflow: "));
}

}  // namespace
}  // namespace consentflow
