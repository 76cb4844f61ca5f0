// Micro-benchmarks of the hot stages on the seed page: the lexicon scan, clause
// segmentation and the graph build. bench/run prints the end-to-end table.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "cli/pipeline.h"
#include "extract/ingest.h"
#include "extract/lexicon.h"
#include "extract/segment.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

std::string seed_bytes() {
  std::ifstream in(std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/000_57b2305b7dc90c1d.txt", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const Ontology& ontology() {
  static const Ontology loaded = load_embedded_ontology().value();
  return loaded;
}

void BM_LexiconScan(benchmark::State& state) {
  const std::shared_ptr<const Lexicon> lexicon = Lexicon::compile(ontology()).value();
  const Analysis analysis = ingest_bytes(seed_bytes(), "seed", IngestOptions{}).value();
  for (auto _ : state) benchmark::DoNotOptimize(lexicon->scan(analysis.normalized.text()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * analysis.normalized.size()));
}
BENCHMARK(BM_LexiconScan);

void BM_IngestAndSegment(benchmark::State& state) {
  const std::string bytes = seed_bytes();
  for (auto _ : state) {
    Analysis analysis = ingest_bytes(bytes, "seed", IngestOptions{}).value();
    segment(analysis);
    benchmark::DoNotOptimize(analysis.documents.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_IngestAndSegment);

void BM_GraphBuild(benchmark::State& state) {
  const auto engine = make_engine(std::make_shared<const Ontology>(ontology())).value();
  const Analysis analysis = analyze_bytes(*engine, seed_bytes(), "seed", IngestOptions{}).value();
  for (auto _ : state) benchmark::DoNotOptimize(build_graph({&analysis}, ontology()).node_count());
}
BENCHMARK(BM_GraphBuild);

void BM_LexiconCompile(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Lexicon::compile(ontology()).value());
}
BENCHMARK(BM_LexiconCompile)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace consentflow
