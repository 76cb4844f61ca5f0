// The CA4P corpus (../shared/corpus/README.md): per policy an ID.txt and an
// ID.labels.json with gold spans and annotated sections, offsets in code points.
#pragma once

#include <string>
#include <vector>

#include "model/labelled_span.h"
#include "model/result.h"
#include "model/span.h"

namespace consentflow {

// An annotated policy section, e.g. {"用户权利增删改查", "e_4", …}.
struct Ca4pSegment {
  std::string category;  // the dataset's Chinese name
  std::string element;   // the dataset's element id, "e_1" … "e_17"
  Span span;
};

struct Ca4pDocument {
  std::string id;         // "0512"
  std::string text_path;  // the .txt file, what a predictor reads
  std::string text;       // its UTF-8 text, for sentence scopes
  std::vector<LabelledSpan> gold;
  std::vector<Ca4pSegment> segments;
};

// The seven span labels, in report order.
const std::vector<std::string>& ca4p_labels();

// Loads one document from its text and labels files.
Result<Ca4pDocument> load_ca4p_document(const std::string& text_path,
                                        const std::string& labels_path);

// Loads every ID.txt with an ID.labels.json in `dir`, sorted by id. A text
// without labels (or the reverse) is an error naming the file.
Result<std::vector<Ca4pDocument>> load_ca4p_corpus(const std::string& dir);

}  // namespace consentflow
