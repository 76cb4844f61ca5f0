// NFKC for matching: full-width letters, digits and punctuation become ASCII,
// compatibility forms fold, carriage returns go. Circled numbers (①) are kept,
// since they number clauses. A policy in Traditional script is folded to Simplified
// (extract/traditional_script.h). Each output byte keeps its original span.
#pragma once

#include "extract/text_stream.h"
#include "model/normalized_text.h"

namespace consentflow {

NormalizedText normalize_for_matching(const TextStream& in);

}  // namespace consentflow
