// Marks each sentence with the cue lists that may occur in it, read off the
// lexicon's one scan of its document, so the statement scanner and the checks
// skip lists a sentence cannot hold. Without it every list is searched.
#pragma once

#include <vector>

#include "extract/document_scans.h"
#include "model/analysis.h"

namespace consentflow {

// Sets Sentence::cue_lists of every sentence of every document of `analysis`;
// `scans` are scan_documents(analysis, lexicon).
void mark_sentence_cues(Analysis& analysis, const std::vector<DocumentScan>& scans, const Lexicon& lexicon);

}  // namespace consentflow
