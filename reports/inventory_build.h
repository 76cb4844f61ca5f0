// The inventory of analysed inputs (model/inventory.h) and its fideslang system
// manifest: flows from the practices, data types and third parties with their
// registry facts from the ontology, statements with their evidence.
#pragma once

#include <string>
#include <vector>

#include "model/analysis.h"
#include "model/inventory.h"
#include "model/ontology.h"

namespace consentflow {

Inventory inventory_of(const std::vector<const Analysis*>& sources, const Ontology& ontology);

// A fideslang system manifest (YAML): one privacy declaration per data use, with
// its data categories, subjects, legal basis and the third parties data goes to.
std::string fides_manifest(const Inventory& inventory, const Ontology& ontology);

}  // namespace consentflow
