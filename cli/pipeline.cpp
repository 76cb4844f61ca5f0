#include "cli/pipeline.h"

#include "cli/embedded_images.h"

#include <algorithm>
#include <set>

#include "checks/registry.h"
#include "extract/ca4p_spans.h"
#include "extract/cross_border_practices.h"
#include "extract/document_scans.h"
#include "extract/lexicon.h"
#include "extract/practices.h"
#include "extract/segment.h"
#include "extract/sentence_cues.h"
#include "extract/statement_cues.h"
#include "extract/statements.h"
#include "graph/build_graph.h"

namespace consentflow {

class Engine {
 public:
  Engine(std::shared_ptr<const Ontology> ontology, std::shared_ptr<const Lexicon> lexicon)
      : ontology_(std::move(ontology)), lexicon_(std::move(lexicon)),
        statement_cues_(StatementCues::build(*ontology_)) {}

  const Ontology& ontology() const { return *ontology_; }
  const Lexicon& lexicon() const { return *lexicon_; }
  const StatementCues& statement_cues() const { return statement_cues_; }

 private:
  std::shared_ptr<const Ontology> ontology_;
  std::shared_ptr<const Lexicon> lexicon_;
  StatementCues statement_cues_;
};

namespace {

Result<Analysis> extracted(const Engine& engine, Result<Analysis> ingested) {
  if (!ingested.ok()) return ingested;
  Analysis& analysis = ingested.value();
  segment(analysis);
  const std::vector<DocumentScan> scans = scan_documents(analysis, engine.lexicon());
  mark_sentence_cues(analysis, scans, engine.lexicon());
  extract_practices(analysis, engine.ontology(), engine.lexicon(), scans);
  extract_statements(analysis, engine.statement_cues());
  mark_cross_border_practices(analysis);
  return ingested;
}

}  // namespace

Result<std::shared_ptr<const Engine>> make_engine(std::shared_ptr<const Ontology> ontology) {
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::compile(*ontology, embedded_lexicon_image());
  if (!lexicon.ok()) return lexicon.error();
  return std::shared_ptr<const Engine>(std::make_shared<Engine>(std::move(ontology), lexicon.value()));
}

const Ontology& engine_ontology(const Engine& engine) { return engine.ontology(); }

Result<Analysis> analyze_file(const Engine& engine, const std::string& path, const IngestOptions& options) {
  return extracted(engine, ingest_file(path, options));
}

Result<Analysis> analyze_bytes(const Engine& engine, std::string_view bytes, const std::string& name,
                               const IngestOptions& options) {
  return extracted(engine, ingest_bytes(bytes, name, options));
}

std::vector<LabelledSpan> labelled_spans(const Engine& engine, const Analysis& analysis) {
  return ca4p_spans(analysis, engine.ontology(), engine.lexicon());
}

std::vector<LabelledSpan> lexicon_baseline_spans(const Engine& engine, const Analysis& analysis) {
  std::set<LabelledSpan> spans;
  const std::string& text = analysis.normalized.text();
  for (const LexiconMatch& match : engine.lexicon().scan(text)) {
    const char* label = nullptr;
    if (match.kind == LexiconKind::Data) label = "data";
    else if (match.kind == LexiconKind::Party) label = "handler";
    else if (match.kind == LexiconKind::Purpose) label = "purpose";
    else if (match.id == "collect_verbs") label = "collect";
    else if (match.id == "share_verbs") label = "share";
    else if (match.id == "condition_markers") label = "condition";
    else if (match.id == "subject_markers") label = "subject";
    if (label) spans.insert({label, analysis.normalized.to_span(match.begin, match.end)});
  }
  return {spans.begin(), spans.end()};
}

std::vector<const Analysis*> CheckedAnalysis::source_pointers() const {
  std::vector<const Analysis*> pointers;
  for (const Analysis& analysis : sources) pointers.push_back(&analysis);
  return pointers;
}

CheckedAnalysis check_analyses(const Engine& engine, std::vector<Analysis> sources,
                               const std::vector<const Check*>& checks, const AppType* app_type) {
  CheckedAnalysis checked;
  checked.sources = std::move(sources);
  const std::vector<const Analysis*> pointers = checked.source_pointers();
  checked.graph = build_graph(pointers, engine.ontology());
  CheckInput input;
  input.sources = pointers;
  input.graph = &checked.graph;
  input.ontology = &engine.ontology();
  input.app_type = app_type;
  checked.findings = run_checks(checks, input);
  return checked;
}

}  // namespace consentflow
