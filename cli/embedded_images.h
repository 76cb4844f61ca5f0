// What the build prepares from the embedded ontology (cli/lexicon_image_main.cpp),
// so a run loads instead of computing: its lexicon compiled to a Vectorscan
// database (≈4,300 phrases; Lexicon::compile checks it matches the ontology in
// use) and the ontology itself already parsed (load_embedded_ontology checks it
// was made from the same YAML).
#pragma once

#include <string_view>

namespace consentflow {

std::string_view embedded_lexicon_image();
std::string_view embedded_ontology_image();

}  // namespace consentflow
