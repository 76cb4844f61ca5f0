// Which practices send data abroad, decided by statement extraction's reading of
// their sentences rather than by a cue word: "不会传输至境外" keeps data in China,
// "如需跨境传输…" only contemplates a transfer, "全球范围内的许可" moves nothing.
#pragma once

#include "model/analysis.h"

namespace consentflow {

// Sets Practice::cross_border on every practice whose evidence holds a
// cross-border transfer statement. Statements must have been extracted.
void mark_cross_border_practices(Analysis& analysis);

}  // namespace consentflow
