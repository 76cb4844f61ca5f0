// Told after each document an evaluation scores, e.g. to print "[12/120] 0512".
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace consentflow {

using ProgressObserver =
    std::function<void(std::size_t done, std::size_t total, const std::string& document_id)>;

}  // namespace consentflow
