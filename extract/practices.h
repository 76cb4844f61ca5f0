// Practice extraction: each sentence of each document, read through the
// lexicon, becomes the processing acts it states — who collects, uses or hands
// on which data, to whom, for what, on which condition and with what consent —
// with negation ("不会…") and exception lists ("但下列情况除外：（1）…") resolved.
#pragma once

#include <vector>

#include "extract/document_scans.h"
#include "extract/lexicon.h"
#include "model/analysis.h"
#include "model/ontology.h"

namespace consentflow {

// Appends to analysis.practices (segment must have run); ids "p1", "p2", … in
// document order. `scans` are scan_documents(analysis, lexicon).
void extract_practices(Analysis& analysis, const Ontology& ontology, const Lexicon& lexicon,
                       const std::vector<DocumentScan>& scans);

}  // namespace consentflow
