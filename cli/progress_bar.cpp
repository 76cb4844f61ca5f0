#include "cli/progress_bar.h"

#include <cstdio>
#include <string>

namespace consentflow {
namespace {

std::string duration_text(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (total >= 3600)
    std::snprintf(buffer, sizeof buffer, "%ldh%02ldm", total / 3600, total % 3600 / 60);
  else
    std::snprintf(buffer, sizeof buffer, "%ldm%02lds", total / 60, total % 60);
  return buffer;
}

}  // namespace

ProgressBar::ProgressBar(std::ostream& out, std::optional<std::size_t> total, bool enabled)
    : out_(out), total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void ProgressBar::advance(std::size_t failed_so_far) {
  ++done_;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw(failed_so_far);
}

void ProgressBar::finish(std::size_t failed) {
  draw(failed);
  if (enabled_) out_ << "\n" << std::flush;
}

void ProgressBar::draw(std::size_t failed) {
  if (!enabled_) return;
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0.0;
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
  std::string line = "\r" + std::to_string(done_);
  if (total_) {
    const std::size_t width = 30;
    const std::size_t filled = *total_ == 0 ? width : width * done_ / *total_;
    line = "\r[" + std::string(filled, '#') + std::string(width - filled, '.') + "] " +
           std::to_string(done_) + "/" + std::to_string(*total_);
  }
  line += "  " + std::string(rate_text) + " files/s";
  if (total_ && rate > 0 && done_ < *total_)
    line += "  ETA " + duration_text(static_cast<double>(*total_ - done_) / rate);
  if (failed > 0) line += "  " + std::to_string(failed) + " failed";
  out_ << line << "   " << std::flush;
}

}  // namespace consentflow
