// The pipeline, wired once for every command: ingest → segment → extract →
// graph → checks. The Engine holds what is compiled from the ontology (lexicon,
// statement cues); it is built once per process and shared, immutable, by all
// threads, so nothing on the per-document path compiles patterns.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "extract/ingest.h"
#include "graph/flow_graph.h"
#include "model/analysis.h"
#include "model/finding.h"
#include "model/labelled_span.h"
#include "model/ontology.h"
#include "model/result.h"

namespace consentflow {

class Engine;

// Compiles the matchers for `ontology` (kept alive by the engine).
Result<std::shared_ptr<const Engine>> make_engine(std::shared_ptr<const Ontology> ontology);

const Ontology& engine_ontology(const Engine& engine);

// ingest + segment + extract (practices, statements) of one input.
Result<Analysis> analyze_file(const Engine& engine, const std::string& path,
                              const IngestOptions& options);
Result<Analysis> analyze_bytes(const Engine& engine, std::string_view bytes,
                               const std::string& name, const IngestOptions& options);

// The CA4P-labelled spans (data, handler, collect, share, purpose, condition,
// subject) of an analysed input, sorted.
std::vector<LabelledSpan> labelled_spans(const Engine& engine, const Analysis& analysis);

// The plain lexicon-matching baseline eval compares against: every data-type,
// party and cue hit of the lexicon as a span, with no practice structure.
std::vector<LabelledSpan> lexicon_baseline_spans(const Engine& engine, const Analysis& analysis);

struct CheckedAnalysis {
  std::vector<Analysis> sources;  // [0] the main file, [1] the --agreement file when given
  FlowGraph graph;
  std::vector<Finding> findings;  // stable order (see run_checks)

  std::vector<const Analysis*> source_pointers() const;
};

// graph + checks over analysed inputs.
CheckedAnalysis check_analyses(const Engine& engine, std::vector<Analysis> sources,
                               const std::vector<const Check*>& checks,
                               const AppType* app_type);

}  // namespace consentflow
