// `consentflow batch DIR|-`: many policies, one compact JSON line each on
// stdout, in input order, analysed on --jobs threads that share one engine.
// A bad document becomes {"id", "error"} and the run goes on.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/ordered_pool.h"
#include "cli/progress_bar.h"
#include "cli/report_output.h"
#include "model/ascii_case.h"
#include "model/comma_list.h"
#include "reports/analysis_json.h"

namespace consentflow {
namespace {

struct BatchOptions {
  std::string source;  // a folder, or - for JSON lines on stdin
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool progress = false;
  std::string app_type;
  std::string extensions = "txt,text,htm,html,xhtml,md,markdown";  // "*": every file
  InputOptions input;
  ReportOptions report;
};

// One document to analyse: a file, or text that came on stdin.
struct BatchItem {
  std::string id;
  std::string path;   // set for a folder's files
  std::string text;   // set for stdin lines
  std::string error;  // set when the input line itself was unreadable
};

struct BatchResult {
  std::string line;
  bool failed = false;
  bool over_threshold = false;
};

std::string error_line(const std::string& id, const std::string& error) {
  return JsonWriter().begin_object().field("id", id).field("error", error).end_object().take();
}

// Whether a file's extension is on the list ("*" takes every file); case does not matter.
bool has_listed_extension(const std::filesystem::path& path, const std::vector<std::string>& extensions) {
  if (extensions.size() == 1 && extensions.front() == "*") return true;
  const std::string dotted = path.extension().string();
  if (dotted.empty()) return false;
  const std::string extension = ascii_lower(std::string_view(dotted).substr(1));
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

// The folder's files with a listed extension, in name order, and how many others it holds.
struct FolderItems {
  std::vector<BatchItem> items;
  std::size_t skipped = 0;
};

Result<FolderItems> folder_items(const std::string& dir, const std::vector<std::string>& extensions) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::directory_iterator entries(dir, error);
  if (error) return Error{"cannot read the folder: " + error.message(), dir};
  FolderItems folder;
  for (const fs::directory_entry& entry : entries) {
    if (!entry.is_regular_file(error)) continue;
    if (!has_listed_extension(entry.path(), extensions)) {
      ++folder.skipped;
      continue;
    }
    folder.items.push_back({entry.path().filename().string(), entry.path().string(), {}, {}});
  }
  std::sort(folder.items.begin(), folder.items.end(),
            [](const BatchItem& a, const BatchItem& b) { return a.id < b.id; });
  return folder;
}

// Reads the next {"id", "text"} line of stdin; blank lines are skipped.
std::optional<BatchItem> next_stdin_item(std::size_t& line_number) {
  std::string line;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    BatchItem item;
    item.id = "line " + std::to_string(line_number);
    const nlohmann::json parsed = nlohmann::json::parse(line, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      item.error = "not a JSON object";
    } else if (!parsed.contains("text") || !parsed["text"].is_string()) {
      if (parsed.contains("id")) item.id = parsed["id"].is_string() ? parsed["id"].get<std::string>() : parsed["id"].dump();
      item.error = "no \"text\" string";
    } else {
      if (parsed.contains("id"))
        item.id = parsed["id"].is_string() ? parsed["id"].get<std::string>() : parsed["id"].dump();
      item.text = parsed["text"].get<std::string>();
    }
    return item;
  }
  return std::nullopt;
}

BatchResult analyse_item(const Engine& engine, const BatchItem& item, const BatchOptions& options,
                         const std::vector<const Check*>& checks, const AppType* app_type,
                         Severity threshold) {
  if (!item.error.empty()) return {error_line(item.id, item.error), true, false};
  Result<Analysis> analysis = item.path.empty()
                                  ? analyze_bytes(engine, item.text, item.id, options.input.ingest())
                                  : analyze_file(engine, item.path, options.input.ingest());
  if (!analysis.ok()) return {error_line(item.id, describe(analysis.error())), true, false};
  std::vector<Analysis> sources;
  sources.push_back(std::move(analysis).value());
  const CheckedAnalysis checked = check_analyses(engine, std::move(sources), checks, app_type);
  JsonWriter out;
  out.begin_object().field("id", item.id);
  write_analysis_members(out, checked.source_pointers(), checked.graph, checked.findings);
  BatchResult result{out.end_object().take(), false, false};
  for (const Finding& finding : checked.findings)
    result.over_threshold |= at_least(finding.severity, threshold);
  return result;
}

int run_batch(const BatchOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  const AppType* app_type = nullptr;
  if (!options.app_type.empty() &&
      !(app_type = engine_ontology(*engine.value()).app_type(options.app_type)))
    return fail("unknown --app-type '" + options.app_type + "'");
  Result<std::vector<const Check*>> checks = selected_checks(options.report);
  if (!checks.ok()) return fail(describe(checks.error()));

  std::vector<BatchItem> folder;
  std::optional<std::size_t> total;
  if (options.source != "-") {
    Result<FolderItems> items = folder_items(options.source, split_comma_list(options.extensions));
    if (!items.ok()) return fail(describe(items.error()));
    if (items->skipped > 0)
      std::cerr << "consentflow: skipping " << items->skipped << " file" << (items->skipped == 1 ? "" : "s")
                << " without a policy extension (" << options.extensions << "; --ext '*' reads every file)\n";
    folder = std::move(items->items);
    total = folder.size();
  }
  std::size_t next_index = 0;
  std::size_t line_number = 0;
  auto next = [&]() -> std::optional<BatchItem> {
    if (options.source == "-") return next_stdin_item(line_number);
    if (next_index == folder.size()) return std::nullopt;
    return std::move(folder[next_index++]);
  };

  const Severity threshold = severity_from_string(options.report.fail_on).value_or(Severity::Error);
  const Engine& shared = *engine.value();
  ProgressBar progress(std::cerr, total, options.progress || isatty(STDERR_FILENO) == 1);
  std::size_t failed = 0;
  bool over_threshold = false;
  // A few items per thread in flight keeps every thread busy and memory flat.
  OrderedPool<BatchItem, BatchResult> pool(options.jobs, 4 * static_cast<std::size_t>(options.jobs));
  pool.run(next,
           [&](BatchItem& item) {
             return analyse_item(shared, item, options, checks.value(), app_type, threshold);
           },
           [&](BatchResult& result) {
             std::cout << result.line << "\n";
             failed += result.failed ? 1 : 0;
             over_threshold |= result.over_threshold;
             progress.advance(failed);
           });
  std::cout.flush();
  progress.finish(failed);
  if (failed > 0) {
    std::cerr << "consentflow: " << failed << " document" << (failed == 1 ? "" : "s")
              << " could not be analysed (see their \"error\" lines)\n";
    return kExitUsageOrInput;
  }
  return over_threshold ? kExitFindings : kExitOk;
}

}  // namespace

void add_batch_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* command = app.add_subcommand(
      "batch",
      "Analyse many policies: a folder, or JSON lines {\"id\",\"text\"} on stdin; one JSON line each");
  command->add_option("SOURCE", options->source, "A folder of policy files, or - for JSON lines on stdin")
      ->required();
  command->add_option("--jobs,-j", options->jobs, "Threads (default: hardware threads)")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->add_flag("--progress", options->progress,
                    "Show progress on stderr even when it is not a terminal");
  command->add_option("--ext", options->extensions,
                      "File extensions a folder's policies have, comma-separated; '*' reads every file")
      ->capture_default_str();
  command->add_option("--app-type", options->app_type, "App type for the necessity checks");
  command->add_option("--fail-on", options->report.fail_on, "Exit 1 when a finding is at least this severe")
      ->check(CLI::IsMember({"error", "warning", "note"}))
      ->capture_default_str();
  command->add_option("--checks", options->report.checks, "Comma-separated packs and/or check ids");
  add_input_options(*command, options->input);
  command->callback([options, &context] { context.exit_code = run_batch(*options, context); });
}

}  // namespace consentflow
