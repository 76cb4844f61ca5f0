// Clause bounds within normalized text: a clause ends at a comma, a colon, a
// semicolon or a sentence stop (ASCII after NFKC, and 。).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace consentflow {

// Where the clause holding `from` ends: the next clause punctuation, or `limit`
// when there is none before it.
std::size_t clause_end(std::string_view text, std::size_t from, std::size_t limit);

// Where the clause holding `at` begins: just after the previous clause
// punctuation at or after `limit`, else `limit`.
std::size_t clause_start(std::string_view text, std::size_t at, std::size_t limit);

// The non-empty clauses of text[begin, end), as byte ranges between clause punctuation.
std::vector<std::pair<std::size_t, std::size_t>> clauses_in(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace consentflow
