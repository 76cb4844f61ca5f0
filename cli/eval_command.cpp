// `consentflow eval ca4p|capp|claudette DIR`: scores extraction and checks
// against a labelled corpus (../shared/corpus/README.md).
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "eval/ca4p_evaluation.h"
#include "eval/capp_scoring.h"
#include "eval/claudette_scoring.h"
#include "eval/eval_report.h"
#include "eval/notice_scoring.h"
#include "extract/notice_elements.h"
#include "extract/sentence_labels.h"

namespace consentflow {
namespace {

struct EvalOptions {
  std::string dir;
  std::string format = "text";
  std::string method = "practices";  // ca4p only: practices | lexicon (the baseline)
  std::string predictions;            // capp/claudette: write per-sentence labels here (JSON lines)
};

// "[12/120] 0512" on one redrawn line, only when stderr is a terminal.
ProgressObserver terminal_progress() {
  if (isatty(STDERR_FILENO) != 1) return [](std::size_t, std::size_t, const std::string&) {};
  return [](std::size_t done, std::size_t total, const std::string& id) {
    std::cerr << "\r[" << done << "/" << total << "] " << id << "   " << (done == total ? "\n" : "")
              << std::flush;
  };
}

int run_ca4p(const EvalOptions& options, CommandContext& context) {
  const auto& engine = context.engine();
  if (!engine.ok()) return fail(describe(engine.error()));
  Result<std::vector<Ca4pDocument>> corpus = load_ca4p_corpus(options.dir);
  if (!corpus.ok()) return fail(describe(corpus.error()));

  const Engine& shared = *engine.value();
  const bool baseline = options.method == "lexicon";
  // Spans and notice elements come from the same analysis; keep it for the second pass.
  std::map<std::string, std::set<std::string>> elements_by_path;
  SpanPredictor predict = [&](const std::string& path) -> Result<std::vector<LabelledSpan>> {
    Result<Analysis> analysis = analyze_file(shared, path, IngestOptions{});
    if (!analysis.ok()) return analysis.error();
    elements_by_path[path] = notice_elements(analysis.value());
    return baseline ? lexicon_baseline_spans(shared, analysis.value())
                    : labelled_spans(shared, analysis.value());
  };
  Result<Ca4pEvaluation> spans = evaluate_ca4p(corpus.value(), predict, terminal_progress());
  if (!spans.ok()) return fail(describe(spans.error()));
  NoticePredictor notice_predict = [&](const std::string& path) -> Result<std::set<std::string>> {
    return elements_by_path[path];
  };
  Result<NoticeEvaluation> notice =
      evaluate_notice(corpus.value(), notice_predict, [](std::size_t, std::size_t, const std::string&) {});
  if (!notice.ok()) return fail(describe(notice.error()));

  if (options.format == "json")
    std::cout << ca4p_json(options.dir, spans.value(), notice.value()).dump(2) << "\n";
  else
    write_ca4p_table(std::cout, options.dir, spans.value(), notice.value());
  return kExitOk;
}

template <class Labeller>
int run_sentences(const EvalOptions& options, CommandContext& context,
                  Result<std::vector<LabelledSentences>> corpus,
                  const std::vector<std::string>& labels) {
  const auto& ontology = context.ontology();
  if (!ontology.ok()) return fail(describe(ontology.error()));
  if (!corpus.ok()) return fail(describe(corpus.error()));
  const Labeller labeller(*ontology.value());
  std::ofstream predictions;
  if (!options.predictions.empty()) {
    predictions.open(options.predictions);
    if (!predictions) return fail("cannot write " + options.predictions);
  }
  Result<SentenceEvaluation> evaluation = evaluate_sentences(
      corpus.value(), labels,
      [&](const std::vector<std::string>& sentences) {
        std::vector<std::set<std::string>> predicted = labeller.label(sentences);
        if (predictions.is_open())
          for (std::size_t i = 0; i < sentences.size(); ++i)
            predictions << nlohmann::json{{"text", sentences[i]}, {"labels", predicted[i]}}.dump() << "\n";
        return predicted;
      },
      terminal_progress());
  if (!evaluation.ok()) return fail(describe(evaluation.error()));
  if (options.format == "json")
    std::cout << sentences_json(options.dir, evaluation.value()).dump(2) << "\n";
  else
    write_sentences_table(std::cout, options.dir, evaluation.value());
  return kExitOk;
}

CLI::App* add_corpus_command(CLI::App& eval, const std::string& name, const std::string& help,
                             EvalOptions& options) {
  CLI::App* command = eval.add_subcommand(name, help);
  command->add_option("DIR", options.dir, "The corpus folder")->required()->check(CLI::ExistingDirectory);
  command->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  if (name != "ca4p")
    command->add_option("--predictions", options.predictions,
                        "Also write each sentence's predicted labels to this file (JSON lines, corpus order)");
  return command;
}

}  // namespace

void add_eval_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* eval = app.add_subcommand("eval", "Score against a labelled corpus");
  eval->require_subcommand(1);

  CLI::App* ca4p = add_corpus_command(
      *eval, "ca4p", "CA4P span labels: per-label precision/recall/F1, in scope and whole document",
      *options);
  ca4p->add_option("--method", options->method,
                   "practices (the tool) or lexicon (the plain lexicon-matching baseline)")
      ->check(CLI::IsMember({"practices", "lexicon"}))
      ->capture_default_str();
  ca4p->callback([options, &context] { context.exit_code = run_ca4p(*options, context); });

  add_corpus_command(*eval, "capp", "CAPP-130 sentence labels: per-label precision/recall/F1",
                     *options)
      ->callback([options, &context] {
        context.exit_code = run_sentences<CappSentenceLabeller>(
            *options, context, load_capp_corpus(options->dir), capp_labels());
      });
  add_corpus_command(*eval, "claudette",
                     "CLAUDETTE unfair-term sentence labels: per-category precision/recall/F1",
                     *options)
      ->callback([options, &context] {
        context.exit_code = run_sentences<ClaudetteSentenceLabeller>(
            *options, context, load_claudette_corpus(options->dir), claudette_categories());
      });
}

}  // namespace consentflow
