// Score: counts behind one precision/recall/F1. Precision and recall keep their own
// numerators because overlap matching judges predictions and gold spans separately
// (one long prediction can find two gold spans; two predictions can find one).
#pragma once

namespace consentflow {

struct Score {
  int predicted = 0;        // predictions counted
  int predicted_right = 0;  // of those, judged right
  int gold = 0;             // gold items
  int gold_found = 0;       // of those, found by some prediction

  double precision() const;  // 0 when nothing was predicted
  double recall() const;     // 0 when there is no gold
  double f1() const;         // harmonic mean; 0 when both are 0

  Score& operator+=(const Score& other);
};

}  // namespace consentflow
