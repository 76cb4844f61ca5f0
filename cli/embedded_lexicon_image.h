// The embedded ontology's lexicon, compiled to a Vectorscan database when the
// binary was built (by cli/lexicon_image_main.cpp), so a run loads it instead of
// compiling ≈4,300 phrases. Lexicon::compile checks it matches the ontology in use.
#pragma once

#include <string_view>

namespace consentflow {

std::string_view embedded_lexicon_image();

}  // namespace consentflow
