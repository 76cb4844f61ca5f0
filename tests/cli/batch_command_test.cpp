#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_binary.h"

namespace consentflow {
namespace {

using testing::run_consentflow;
namespace fs = std::filesystem;

// A folder with a few of the dev policies, a binary file posing as a policy, and
// two files that are not policies (an image and a labels file).
fs::path make_folder() {
  const fs::path dir = fs::temp_directory_path() / ("consentflow_batch_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  int copied = 0;
  std::vector<fs::path> dev;
  for (const auto& entry : fs::directory_iterator(std::string(CONSENTFLOW_SHARED_DIR) + "/corpus/ca4p-dev"))
    if (entry.path().extension() == ".txt") dev.push_back(entry.path());
  std::sort(dev.begin(), dev.end());
  for (const fs::path& path : dev) {
    if (copied++ == 5) break;
    fs::copy_file(path, dir / path.filename(), fs::copy_options::overwrite_existing);
  }
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  std::ofstream(dir / "zz_image.txt", std::ios::binary) << png;
  std::ofstream(dir / "photo.PNG", std::ios::binary) << png;
  std::ofstream(dir / "0001.labels.json") << "{\"spans\": []}";
  return dir;
}

std::vector<nlohmann::json> lines_of(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST_CASE("batch over a folder: one line per file in name order, bad files reported, the rest analysed") {
  const fs::path dir = make_folder();
  const testing::Run one = run_consentflow("batch '" + dir.string() + "' --jobs 1");
  const testing::Run two = run_consentflow("batch '" + dir.string() + "' --jobs 2");
  const testing::Run every = run_consentflow("batch '" + dir.string() + "' --ext '*'");
  const testing::Run listed = run_consentflow("batch '" + dir.string() + "' --ext 'json, png'");
  fs::remove_all(dir);

  CHECK(one.exit_code == 2);  // the PNG failed
  const std::vector<nlohmann::json> lines = lines_of(one.out);
  REQUIRE(lines.size() == 6);
  for (std::size_t i = 0; i + 1 < 5; ++i) CHECK(lines[i]["id"] < lines[i + 1]["id"]);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(lines[i].contains("practices"));
    CHECK(lines[i].contains("findings"));
  }
  CHECK(lines[5]["id"] == "zz_image.txt");
  CHECK_THAT(lines[5]["error"].get<std::string>(), Catch::Contains("binary"));
  CHECK(one.out == two.out);  // byte-identical whatever the thread count
  // Files without a policy extension are skipped, and the user is told how to read them.
  CHECK_THAT(one.err, Catch::Contains("skipping 2 files") && Catch::Contains("--ext"));
  CHECK(lines_of(every.out).size() == 8);
  const std::vector<nlohmann::json> others = lines_of(listed.out);
  REQUIRE(others.size() == 2);  // extensions match whatever their case
  CHECK(others[0]["id"] == "0001.labels.json");
  CHECK(others[1]["id"] == "photo.PNG");
}

TEST_CASE("batch from JSON lines on stdin keeps input order and survives malformed lines") {
  const fs::path input = fs::temp_directory_path() / ("consentflow_batch_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(input);
    out << R"({"id": "b", "text": "我们会收集您的手机号码，用于注册账号。"})" << "\n"
        << "not json\n"
        << R"({"id": "a", "text": "我们不会收集任何个人信息。"})" << "\n";
  }
  const testing::Run run = run_consentflow("batch - --jobs 2", input.string());
  fs::remove(input);
  CHECK(run.exit_code == 2);
  const std::vector<nlohmann::json> lines = lines_of(run.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["id"] == "b");
  CHECK(lines[1]["id"] == "line 2");
  CHECK(lines[1]["error"] == "not a JSON object");
  CHECK(lines[2]["id"] == "a");
  CHECK(run.err.find("1 document could not be analysed") != std::string::npos);
}

TEST_CASE("batch of a folder that does not exist is an input error") {
  const testing::Run run = run_consentflow("batch /nonexistent/policies");
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Catch::Contains("/nonexistent/policies"));
}

}  // namespace
}  // namespace consentflow
