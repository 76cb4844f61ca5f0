// The flow graph as JSON: {"nodes": [{"id", "kind", "label"}], "edges": [{"source",
// "target", "kind", "practices": [ids]}]}, nodes sorted by id and edges by
// (source, target, kind), so the same input always gives the same bytes.
#pragma once

#include <string>

#include "graph/flow_graph.h"
#include "reports/json_writer.h"

namespace consentflow {

// "p3" for the main file's practice p3; "1:p3" for practice p3 of input 1 (--agreement).
std::string practice_ref_label(const PracticeRef& ref);

void write_graph(JsonWriter& out, const FlowGraph& graph);
// The same as text; `indent` as for JsonWriter (-1 compact).
std::string graph_json(const FlowGraph& graph, int indent = -1);

}  // namespace consentflow
