#include "extract/clause_bounds.h"

#include <algorithm>

namespace consentflow {
namespace {

constexpr std::string_view kClauseStops[] = {",", "。", ";", ":", "!", "?"};

}  // namespace

std::size_t clause_end(std::string_view text, std::size_t from, std::size_t limit) {
  std::size_t end = limit;
  for (const std::string_view stop : kClauseStops) end = std::min(end, text.find(stop, from));
  return end;
}

std::size_t clause_start(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t start = limit;
  for (const std::string_view stop : kClauseStops) {
    const std::size_t found = text.rfind(stop, at == 0 ? 0 : at - 1);
    if (found != std::string_view::npos && found >= limit && found < at) start = std::max(start, found + stop.size());
  }
  return start;
}

}  // namespace consentflow
