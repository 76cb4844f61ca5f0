// A one-line progress display on stderr for long runs: done/total, files per
// second and the time left, redrawn at most ten times a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <ostream>

namespace consentflow {

class ProgressBar {
 public:
  // `total` is empty when the number of items is not known (a stream on stdin).
  ProgressBar(std::ostream& out, std::optional<std::size_t> total, bool enabled);

  void advance(std::size_t failed_so_far);
  void finish(std::size_t failed);

 private:
  void draw(std::size_t failed);

  std::ostream& out_;
  std::optional<std::size_t> total_;
  bool enabled_;
  std::size_t done_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace consentflow
