// What every subcommand shares: global options, the ontology (loaded once) and
// the exit code the command sets.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/pipeline.h"
#include "model/ontology.h"
#include "model/result.h"

namespace consentflow {

// Exit codes of the command-line contract (DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsageOrInput = 2;

class CommandContext {
 public:
  std::string ontology_dir;  // --ontology DIR; empty = the embedded ontology
  int exit_code = kExitOk;

  // The ontology, loaded on first use and then shared.
  const Result<std::shared_ptr<const Ontology>>& ontology();
  // The engine compiled from that ontology, built on first use and then shared.
  const Result<std::shared_ptr<const Engine>>& engine();

 private:
  std::optional<Result<std::shared_ptr<const Ontology>>> ontology_;
  std::optional<Result<std::shared_ptr<const Engine>>> engine_;
};

}  // namespace consentflow
