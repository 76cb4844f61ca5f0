// Sentence cue marks: read off the lexicon's one scan of each document, they
// must never rule out a list whose own matcher finds it in the sentence, or
// extraction and checks would skip real cues; and they should rule out most.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "extract/lexicon.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("a sentence is marked with every list its matchers find, and few others") {
  const Ontology& ontology = engine_ontology(testing::engine());
  const Analysis analysis = testing::extracted(read_seed("000_57b2305b7dc90c1d.txt"));
  std::size_t sentences = 0;
  std::size_t present = 0;
  std::size_t marked = 0;
  for (const Document& document : analysis.documents)
    for (const Sentence& sentence : document.sentences) {
      const std::string_view text = analysis.normalized.view(sentence.span);
      for (std::size_t list = 0; list < ontology.cues.size(); ++list) {
        const bool occurs = ontology.cues[list].matcher.occurs_in(text);
        INFO(ontology.cues[list].id << " in " << text);
        if (occurs) REQUIRE(sentence.cue_lists.may_contain(list));
        present += occurs ? 1 : 0;
        // Lists the scan leaves out are marked everywhere, by design.
        if (Lexicon::scans_cue_list(ontology.cues[list].id)) marked += sentence.cue_lists.may_contain(list) ? 1 : 0;
      }
      ++sentences;
    }
  CHECK(sentences > 100);
  CHECK(present > sentences);  // the lists do occur: the agreement is not vacuous
  // Marks stand for a list's phrase in any letter case and at any word boundary:
  // a few more than the matchers find, never every list.
  CHECK(marked < present + present / 10);
}

TEST_CASE("a gapped phrase marks its list only with all its parts in the sentence") {
  const Ontology& ontology = engine_ontology(testing::engine());
  const CueList* opt_out = ontology.cue_list("opt_out");
  REQUIRE(opt_out != nullptr);
  const std::size_t list = ontology.cue_list_index(*opt_out);
  const Analysis analysis =
      testing::extracted("您可以通过设置页面随时关闭此项功能。您可以通过客服电话联系我们。我们会保存您的订单记录。");
  REQUIRE(analysis.documents.size() == 1);
  const std::vector<Sentence>& sentences = analysis.documents.front().sentences;
  REQUIRE(sentences.size() == 3);
  CHECK(opt_out->matcher.occurs_in(analysis.normalized.view(sentences[0].span)));
  CHECK(sentences[0].cue_lists.may_contain(list));
  CHECK_FALSE(sentences[1].cue_lists.may_contain(list));  // 您可以通过… with no 关闭 after it
  CHECK_FALSE(sentences[2].cue_lists.may_contain(list));
}

TEST_CASE("unmarked sentences and lists past the capacity are never ruled out") {
  const CueLists unmarked;
  CHECK(unmarked.may_contain(0));
  CueLists marked = CueLists::marked();
  CHECK_FALSE(marked.may_contain(3));
  marked.add(3);
  CHECK(marked.may_contain(3));
  CHECK(marked.may_contain(CueLists::kCapacity + 1));
}

}  // namespace
}  // namespace consentflow
