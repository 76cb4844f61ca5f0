#include "eval/json_lines.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "eval/text_file.h"

namespace consentflow {

Result<std::vector<nlohmann::json>> read_json_lines(const std::string& path) {
  Result<std::string> text = read_text_file(path);
  if (!text) return text.error();
  std::vector<nlohmann::json> objects;
  std::istringstream lines(*text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
    if (object.is_discarded() || !object.is_object())
      return Error{"not a JSON object", path + ":" + std::to_string(number)};
    objects.push_back(std::move(object));
  }
  return objects;
}

Result<std::vector<std::string>> list_json_lines_files(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(dir, error)) return Error{"not a directory", dir};
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, error))
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
  if (error) return Error{"cannot list directory: " + error.message(), dir};
  if (files.empty()) return Error{"no .jsonl files", dir};
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace consentflow
