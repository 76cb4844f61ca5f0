// A check: reads the graph, the practices, statements and clause trees of the
// analysed inputs, and emits findings. A check never throws and never re-runs
// extraction. Its metadata (CheckInfo) is data the registry lists without running.
#pragma once

#include <vector>

#include "graph/flow_graph.h"
#include "model/analysis.h"
#include "model/finding.h"
#include "model/ontology.h"

namespace consentflow {

struct CheckInput {
  // The analysed inputs: [0] the main file; [1] the --agreement file when given.
  // A single page may itself hold both an agreement and a policy (Document::kind).
  std::vector<const Analysis*> sources;
  const FlowGraph* graph = nullptr;
  const Ontology* ontology = nullptr;
  const AppType* app_type = nullptr;  // --app-type; necessity checks stay silent without it
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckInfo& info() const = 0;
  // Appends this check's findings to `out`.
  virtual void run(const CheckInput& input, std::vector<Finding>& out) const = 0;
};

}  // namespace consentflow
