// Analysis: one input file after ingest, segment and extract.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "model/normalized_text.h"
#include "model/practice.h"
#include "model/source_text.h"
#include "model/statement.h"

namespace consentflow {

struct Analysis {
  std::string file;      // as given on the command line ("-" for stdin)
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
  std::vector<std::string> warnings;  // e.g. "replaced 3 invalid byte sequences"
  SourceText source;                  // the decoded original
  NormalizedText normalized;          // what matching reads
  std::vector<Document> documents;
  std::vector<Practice> practices;
  std::vector<Statement> statements;
};

}  // namespace consentflow
