// Ingest: file bytes -> Analysis with the decoded original, the normalized text
// and the legal documents found in it (clauses are filled in by segment).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/analysis.h"
#include "model/result.h"

namespace consentflow {

struct IngestOptions {
  std::size_t max_bytes = 20u * 1024u * 1024u;  // larger inputs are refused
};

// Reads `path` ("-" = stdin) and ingests it. Errors name the file and the reason.
Result<Analysis> ingest_file(const std::string& path, const IngestOptions& options);

// Ingests bytes already in memory; `name` is used in errors and Analysis::file.
Result<Analysis> ingest_bytes(std::string_view bytes, const std::string& name,
                              const IngestOptions& options);

}  // namespace consentflow
