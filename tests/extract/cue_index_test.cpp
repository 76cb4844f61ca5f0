// CueIndex: one pass over a sentence for every cue list must agree with each
// list's own matcher, or extraction and checks would skip real cues.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "model/cue_index.h"
#include "tests/support/pipeline.h"

namespace consentflow {
namespace {

std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(CONSENTFLOW_SHARED_DIR) + "/seeds/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("the lists found in one pass are exactly those each list's matcher finds") {
  const Ontology& ontology = engine_ontology(testing::engine());
  const CueIndex index(ontology.cues);
  const Analysis analysis = testing::extracted(read_seed("000_57b2305b7dc90c1d.txt"));
  std::size_t sentences = 0;
  std::size_t present = 0;
  for (const Document& document : analysis.documents)
    for (const Sentence& sentence : document.sentences) {
      const std::string_view text = analysis.normalized.view(sentence.span);
      const CueLists found = index.lists_in(text);
      for (std::size_t list = 0; list < ontology.cues.size(); ++list) {
        const bool occurs = ontology.cues[list].matcher.occurs_in(text);
        INFO(ontology.cues[list].id << " in " << text);
        REQUIRE(found.may_contain(list) == occurs);
        // The pipeline marked the sentence the same way.
        REQUIRE(sentence.cue_lists.may_contain(list) == occurs);
        present += occurs ? 1 : 0;
      }
      ++sentences;
    }
  CHECK(sentences > 100);
  CHECK(present > sentences);  // the lists do occur: the agreement is not vacuous
}

TEST_CASE("a gapped phrase counts only with its parts in order; a phrase in two lists marks both") {
  CueList deemed{"deemed", "", {"继续使用…视为"}, {}};
  CueList consent{"consent", "", {"同意", "视为"}, {}};
  const CueIndex index({deemed, consent});
  const CueLists in_order = index.lists_in("若您继续使用本服务，即视为您同意。");
  CHECK(in_order.may_contain(0));
  CHECK(in_order.may_contain(1));
  const CueLists reversed = index.lists_in("视为您已继续使用。");
  CHECK_FALSE(reversed.may_contain(0));
  CHECK(reversed.may_contain(1));
  CHECK_FALSE(index.lists_in("无关的句子。").may_contain(1));
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
