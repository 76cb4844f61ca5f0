#include "eval/score.h"

namespace consentflow {

double Score::precision() const {
  return predicted == 0 ? 0.0 : static_cast<double>(predicted_right) / predicted;
}

double Score::recall() const { return gold == 0 ? 0.0 : static_cast<double>(gold_found) / gold; }

double Score::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

Score& Score::operator+=(const Score& other) {
  predicted += other.predicted;
  predicted_right += other.predicted_right;
  gold += other.gold;
  gold_found += other.gold_found;
  return *this;
}

}  // namespace consentflow
