#include "extract/clause_bounds.h"

#include <algorithm>

namespace consentflow {
namespace {

constexpr std::string_view kClauseStops[] = {",", "。", ";", ":", "!", "?"};

}  // namespace

std::size_t clause_end(std::string_view text, std::size_t from, std::size_t limit) {
  if (from >= limit) return limit;
  const std::string_view window = text.substr(from, limit - from);
  std::size_t end = limit;
  for (const std::string_view stop : kClauseStops) {
    const std::size_t found = window.find(stop);
    if (found != std::string_view::npos) end = std::min(end, from + found);
  }
  return end;
}

std::size_t clause_start(std::string_view text, std::size_t at, std::size_t limit) {
  // Only [limit, at) is searched: a stop that never occurs must not send rfind to the
  // start of the document on every call.
  if (at <= limit) return limit;
  const std::string_view window = text.substr(limit, at - limit);
  std::size_t start = limit;
  for (const std::string_view stop : kClauseStops) {
    const std::size_t found = window.rfind(stop);
    if (found != std::string_view::npos) start = std::max(start, limit + found + stop.size());
  }
  return start;
}

std::vector<std::pair<std::size_t, std::size_t>> clauses_in(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> clauses;
  for (std::size_t from = begin; from < end;) {
    const std::size_t stop = clause_end(text, from, end);
    if (stop > from) clauses.emplace_back(from, stop);
    if (stop == end) break;
    std::size_t after = stop + 1;
    for (const std::string_view mark : kClauseStops)
      if (text.substr(stop).starts_with(mark)) after = stop + mark.size();
    from = after;
  }
  return clauses;
}

}  // namespace consentflow
