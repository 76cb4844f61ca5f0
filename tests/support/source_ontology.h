// The ontology as the YAML in the source tree says, for tests of checks and cue
// lists: cue edits are tested without regenerating the embedded copy. And the
// embedded copy parsed from its YAML (no build-time image), for ontology tests.
#pragma once

#include <stdexcept>

#include "model/ontology.h"

namespace consentflow::testing {

inline const Ontology& embedded_yaml_ontology() {
  static const Ontology ontology = [] {
    Result<Ontology> loaded = load_embedded_ontology();
    if (!loaded.ok()) throw std::runtime_error(describe(loaded.error()));
    return std::move(loaded).value();
  }();
  return ontology;
}

inline const Ontology& source_ontology() {
  static const Ontology ontology = load_ontology_dir(CONSENTFLOW_SOURCE_DIR "/model/ontology").value();
  return ontology;
}

}  // namespace consentflow::testing
