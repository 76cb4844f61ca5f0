// Renders DOT to SVG in-process with Graphviz's libgvc (dot layout), so the
// diagram needs no external program.
#pragma once

#include <string>

#include "model/result.h"

namespace consentflow {

Result<std::string> render_svg(const std::string& dot);

}  // namespace consentflow
