// Marks each sentence with the cue lists that occur in it, found for all lists in
// one pass, so the statement scanner and the checks skip lists a sentence cannot
// hold. Runs after segment; without it every list is searched as before.
#pragma once

#include "model/analysis.h"
#include "model/cue_index.h"

namespace consentflow {

// Sets Sentence::cue_lists of every sentence of every document of `analysis`.
void mark_sentence_cues(Analysis& analysis, const CueIndex& index);

}  // namespace consentflow
