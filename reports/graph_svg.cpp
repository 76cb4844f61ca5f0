#include "reports/graph_svg.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>

namespace consentflow {

Result<std::string> render_svg(const std::string& dot) {
  // libgvc keeps global state (plugins, error buffers): one rendering at a time.
  static std::mutex graphviz;
  const std::lock_guard lock(graphviz);
  std::unique_ptr<GVC_t, int (*)(GVC_t*)> context(gvContext(), gvFreeContext);
  if (!context) return Error{"cannot start Graphviz"};
  Agraph_t* graph = agmemread(dot.c_str());
  if (!graph) return Error{"Graphviz cannot read the diagram"};
  std::string svg;
  if (gvLayout(context.get(), graph, "dot") == 0) {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context.get(), graph, "svg", &data, &length) == 0 && data) svg.assign(data, length);
    gvFreeRenderData(data);
    gvFreeLayout(context.get(), graph);
  }
  agclose(graph);
  if (svg.empty()) return Error{"Graphviz could not lay out or render the diagram"};
  return svg;
}

}  // namespace consentflow
