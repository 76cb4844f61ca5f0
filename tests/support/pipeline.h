// The whole pipeline for tests that start from text: one engine, built from the
// embedded ontology, per test process.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "cli/pipeline.h"
#include "model/ontology.h"

namespace consentflow::testing {

inline const Engine& engine() {
  static const std::shared_ptr<const Engine> shared = [] {
    Result<Ontology> ontology = load_embedded_ontology();
    if (!ontology.ok()) throw std::runtime_error(describe(ontology.error()));
    Result<std::shared_ptr<const Engine>> made =
        make_engine(std::make_shared<const Ontology>(std::move(ontology).value()));
    if (!made.ok()) throw std::runtime_error(describe(made.error()));
    return made.value();
  }();
  return *shared;
}

// ingest → segment → extract of `text` as if read from a file.
inline Analysis extracted(const std::string& text) {
  Result<Analysis> analysis = analyze_bytes(engine(), text, "short-policy.txt", IngestOptions{});
  if (!analysis.ok()) throw std::runtime_error(describe(analysis.error()));
  return std::move(analysis).value();
}

}  // namespace consentflow::testing
