// Running a span predictor over the CA4P corpus and summing its scores.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "eval/ca4p_corpus.h"
#include "eval/progress.h"
#include "eval/span_scoring.h"
#include "model/labelled_span.h"
#include "model/result.h"

namespace consentflow {

// Reads the policy at `path` and returns its CA4P spans (code points of the file's text).
using SpanPredictor = std::function<Result<std::vector<LabelledSpan>>(const std::string& path)>;

struct Ca4pEvaluation {
  std::size_t documents = 0;
  SpanScores in_scope;        // primary: predictions inside annotated sentences
  SpanScores whole_document;  // secondary: every prediction
};

// Micro-averaged over the corpus. A predictor error stops the run and is returned.
Result<Ca4pEvaluation> evaluate_ca4p(const std::vector<Ca4pDocument>& documents,
                                     const SpanPredictor& predict,
                                     const ProgressObserver& progress);

}  // namespace consentflow
