// `consentflow checks`: every check with its id, pack, severity, references
// and summary, as text, JSON or Markdown tables, one per pack (for docs and review).
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "checks/registry.h"
#include "cli/commands.h"

namespace consentflow {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

int run_checks_listing(const std::string& format) {
  if (format == "json") {
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const auto& check : all_checks()) {
      const CheckInfo& info = check->info();
      json.push_back({{"id", info.id}, {"pack", info.pack}, {"severity", to_string(info.severity)},
                      {"refs", info.refs}, {"summary", {{"zh", info.summary_zh}, {"en", info.summary_en}}},
                      {"docs", info.docs}});
    }
    std::cout << json.dump(2) << "\n";
  } else if (format == "md") {
    // One section per pack, in the order the packs first appear, so each reads on its own.
    std::vector<std::string> packs;
    for (const auto& check : all_checks())
      if (std::find(packs.begin(), packs.end(), check->info().pack) == packs.end()) packs.push_back(check->info().pack);
    for (const std::string& pack : packs) {
      const auto in_pack = [&](const auto& check) { return check->info().pack == pack; };
      std::cout << (pack == packs.front() ? "" : "\n") << "## " << pack << " ("
                << std::count_if(all_checks().begin(), all_checks().end(), in_pack) << " checks)\n\n"
                << "| id | pack | severity | references | summary |\n|---|---|---|---|---|\n";
      for (const auto& check : all_checks()) {
        if (!in_pack(check)) continue;
        const CheckInfo& info = check->info();
        std::cout << "| [`" << info.id << "`](" << info.docs << ") | " << info.pack << " | "
                  << to_string(info.severity) << " | " << joined(info.refs, ", ") << " | " << info.summary_en
                  << "<br>" << info.summary_zh << " |\n";
      }
    }
  } else {
    for (const auto& check : all_checks()) {
      const CheckInfo& info = check->info();
      std::cout << info.id << "  [" << info.pack << ", " << to_string(info.severity) << "]  "
                << joined(info.refs, ", ") << "\n    " << info.summary_en << "\n    " << info.summary_zh << "\n";
    }
    std::cout << all_checks().size() << " checks\n";
  }
  return kExitOk;
}

}  // namespace

void add_checks_command(CLI::App& app, CommandContext& context) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* command = app.add_subcommand("checks", "List every check: id, pack, severity, references, summary");
  command->add_option("--format", *format, "Output format")
      ->check(CLI::IsMember({"text", "json", "md"}))
      ->capture_default_str();
  command->callback([format, &context] { context.exit_code = run_checks_listing(*format); });
}

}  // namespace consentflow
