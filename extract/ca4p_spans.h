// The parts of the extracted practices as spans in CA4P's labels — data,
// handler, collect, share, purpose, condition, subject — the way CA4P's
// annotators mark them: only parts of stated practices, not every lexicon hit.
#pragma once

#include <vector>

#include "extract/lexicon.h"
#include "model/analysis.h"
#include "model/labelled_span.h"
#include "model/ontology.h"

namespace consentflow {

// `lexicon` finds the data of sentences no practice reads.
std::vector<LabelledSpan> ca4p_spans(const Analysis& analysis, const Ontology& ontology, const Lexicon& lexicon);

}  // namespace consentflow
