// Segment: fills each Document's clause tree and sentences (with enumerations).
#pragma once

#include "model/analysis.h"

namespace consentflow {

// Segments every document of `analysis` in place. Never fails: text that follows
// no numbering scheme becomes one preamble clause of sentences.
void segment(Analysis& analysis);

}  // namespace consentflow
