// The ontology as the YAML in the source tree says, for tests of checks and cue
// lists: cue edits are tested without regenerating the embedded copy.
#pragma once

#include "model/ontology.h"

namespace consentflow::testing {

inline const Ontology& source_ontology() {
  static const Ontology ontology = load_ontology_dir(CONSENTFLOW_SOURCE_DIR "/model/ontology").value();
  return ontology;
}

}  // namespace consentflow::testing
