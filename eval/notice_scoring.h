// Document-level notice elements: does a policy say anything about users' rights,
// retention, withdrawal of consent, children, cross-border transfer, a contact,
// cookies? Gold comes from CA4P's annotated sections; a predictor (the checks)
// answers per policy, and each element is scored as a present/absent decision.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "eval/ca4p_corpus.h"
#include "eval/progress.h"
#include "eval/score.h"
#include "model/result.h"

namespace consentflow {

struct NoticeElement {
  std::string id;             // ours: "rights", "retention", …
  std::string ca4p_element;   // CA4P's section id, "e_4"
  std::string ca4p_category;  // CA4P's section name, "用户权利增删改查"
};

// rights e_4, retention e_5, withdrawal e_9, children e_11, cross_border e_12,
// contact e_14, cookies e_15.
const std::vector<NoticeElement>& notice_elements();

// The ids of the elements a document has an annotated section for (matched by
// CA4P element id or by category name).
std::set<std::string> gold_notice_elements(const Ca4pDocument& document);

// Reads the policy at `path` and returns the ids of the elements it covers.
using NoticePredictor = std::function<Result<std::set<std::string>>(const std::string& path)>;

struct NoticeEvaluation {
  std::size_t documents = 0;
  std::map<std::string, Score> elements;  // per element id: documents judged present
};

// Adds one document's gold and predicted element sets to `into`.
void add_notice_document(const std::set<std::string>& gold, const std::set<std::string>& predicted,
                         NoticeEvaluation& into);

// Scores every document; a predictor error stops the run and is returned.
Result<NoticeEvaluation> evaluate_notice(const std::vector<Ca4pDocument>& documents,
                                         const NoticePredictor& predict,
                                         const ProgressObserver& progress);

}  // namespace consentflow
