// Re-joins lines that a scraper or editor hard-wrapped inside a sentence, so a
// sentence is never cut by a line break: a long line that does not end a
// sentence continues on the next line unless that line starts a new clause.
#pragma once

#include "extract/text_stream.h"

namespace consentflow {

TextStream join_wrapped_lines(const TextStream& in);

}  // namespace consentflow
