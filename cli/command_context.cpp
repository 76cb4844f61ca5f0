#include "cli/command_context.h"

#include "cli/embedded_images.h"

namespace consentflow {

const Result<std::shared_ptr<const Ontology>>& CommandContext::ontology() {
  if (!ontology_) {
    Result<Ontology> loaded =
        ontology_dir.empty() ? load_embedded_ontology(embedded_ontology_image()) : load_ontology_dir(ontology_dir);
    if (loaded.ok())
      ontology_.emplace(std::make_shared<const Ontology>(std::move(loaded).value()));
    else
      ontology_.emplace(loaded.error());
  }
  return *ontology_;
}

const Result<std::shared_ptr<const Engine>>& CommandContext::engine() {
  if (!engine_) {
    const Result<std::shared_ptr<const Ontology>>& loaded = ontology();
    if (loaded.ok())
      engine_.emplace(make_engine(loaded.value()));
    else
      engine_.emplace(loaded.error());
  }
  return *engine_;
}

}  // namespace consentflow
