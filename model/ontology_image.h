// The embedded ontology, already parsed: a compact binary image written when the
// binary is built (by cli/lexicon_image_main.cpp), so a run reads it in a
// millisecond instead of parsing the YAML files, most of start-up. The image
// carries a fingerprint of the YAML it was made from; any other text is parsed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/ontology.h"

namespace consentflow {

// The fingerprint of the embedded ontology files' names and texts.
std::uint64_t embedded_ontology_fingerprint();

// `ontology` as an image stamped with `fingerprint`.
std::string ontology_image(const Ontology& ontology, std::uint64_t fingerprint);

// The ontology of `image`, or nothing when the image was made from other YAML
// (another fingerprint) or is cut short.
std::optional<Ontology> read_ontology_image(std::string_view image, std::uint64_t fingerprint);

}  // namespace consentflow
