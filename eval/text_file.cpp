#include "eval/text_file.h"

#include <fstream>
#include <sstream>

namespace consentflow {

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open file", path};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Error{"cannot read file", path};
  return bytes.str();
}

}  // namespace consentflow
