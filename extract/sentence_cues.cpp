#include "extract/sentence_cues.h"

namespace consentflow {

void mark_sentence_cues(Analysis& analysis, const CueIndex& index) {
  for (Document& document : analysis.documents)
    for (Sentence& sentence : document.sentences)
      sentence.cue_lists = index.lists_in(analysis.normalized.view(sentence.span));
}

}  // namespace consentflow
