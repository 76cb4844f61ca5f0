// Reading a corpus file whole; errors name the file.
#pragma once

#include <string>

#include "model/result.h"

namespace consentflow {

Result<std::string> read_text_file(const std::string& path);

}  // namespace consentflow
