// Statement extraction: what a policy says besides practices — retention,
// rights, contact channels, children, policy changes, cross-border transfer,
// security, anonymisation and cookies — each with the sentence stating it.
#pragma once

#include "extract/statement_cues.h"
#include "model/analysis.h"
#include "model/ontology.h"

namespace consentflow {

// Appends to analysis.statements, scanning every document's sentences (segment
// must have run). Builds the cue tables from `ontology`; when extracting many
// files with one ontology, build StatementCues once and call the overload below.
void extract_statements(Analysis& analysis, const Ontology& ontology);
void extract_statements(Analysis& analysis, const StatementCues& cues);

}  // namespace consentflow
