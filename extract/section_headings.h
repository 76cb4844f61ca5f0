// Heading lines name a topic ("三、我们如何共享、转让、公开披露您的个人信息") and
// state no processing act; a table of contents is a run of them. A numbered line
// without punctuation and without text under it may also be a list item that
// does state an act ("1、在您明确同意的方式下披露您指定的信息"), so a bare one
// counts as a heading only by what stands beside it.
#pragma once

#include <vector>

#include "model/document.h"
#include "model/normalized_text.h"

namespace consentflow {

// The lines of `document` that only name a section, in document order: the
// heading line of a clause with text or sub-clauses under it; of a headed clause
// with nothing under it, when a headed clause with nothing under it stands next
// to it (a table of contents) or the next clause is numbered in another scheme
// (its content, which the clause tree set beside it: "（一）共享" then "1、…").
std::vector<Span> topic_heading_lines(const Document& document, const NormalizedText& text);

}  // namespace consentflow
