#include "checks/pipl/recipient_details_missing.h"

#include <algorithm>

#include "checks/check_support.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

bool named(const PartyMention& party) {
  return party.kind == PartyKind::Sdk || party.kind == PartyKind::NamedThirdParty;
}

// A purpose worded in the sentence ("为了让您与其他用户沟通，我们会使用…SDK", "出于执行合同…披露")
// states one even when the ontology does not know it; "可以提供" and "合作方可能" hold such
// words ("以提供", "方可") and state none.
bool purpose_worded(const CheckInput& input, const PracticeAt& at) {
  const CueList* wording = cue_list_of(input, "purpose_wording");
  const CueList* lookalikes = cue_list_of(input, "purpose_wording_lookalikes");
  if (!wording || !lookalikes) return false;
  for (const Span& said : at.practice->evidence) {
    const std::string_view text = normalized_view(input, at.source, said);
    const std::vector<PhraseMatch> hidden = lookalikes->matcher.all_matches(text);
    for (const PhraseMatch& marker : wording->matcher.find_all(text))
      if (std::none_of(hidden.begin(), hidden.end(), [&](const PhraseMatch& l) {
            return l.begin < marker.begin && marker.begin < l.end;
          }))
        return true;
  }
  return false;
}

bool states_purpose(const CheckInput& input, const std::vector<PracticeAt>& practices) {
  for (const PracticeAt& at : practices)
    if (!at.practice->purposes.empty() || purpose_worded(input, at)) return true;
  return false;
}

// A contact channel stated in the same section as one of the practices.
bool states_contact(const CheckInput& input, const std::vector<PracticeAt>& practices) {
  for (const PracticeAt& at : practices) {
    if (at.practice->evidence.empty()) continue;
    const Analysis& analysis = *input.sources[static_cast<std::size_t>(at.source)];
    const Document* document = document_at(analysis, at.practice->evidence.front());
    if (!document) continue;
    const Span section = enclosing_section(*document, at.practice->evidence.front());
    for (const StatementAt& contact : statements_of(input, StatementKind::Contact))
      if (contact.source == at.source && contact.statement->detail != "generic" &&
          section.contains(contact.statement->span))
        return true;
  }
  return false;
}

}  // namespace

const CheckInfo& RecipientDetailsMissingCheck::info() const {
  static const CheckInfo info{"pipl-23-recipient-details-missing", "pipl", Severity::Warning,
                              {"PIPL-23", "AM-2.1", "GB-9.2"},
                              "未告知接收方的名称、联系方式或处理目的",
                              "Recipient's name, contact or purpose not given",
                              "docs/checks/pipl-23-recipient-details-missing.md"};
  return info;
}

void RecipientDetailsMissingCheck::run(const CheckInput& input, std::vector<Finding>& out) const {
  for (RecipientFlows flows : flows_by_recipient(input)) {
    // Provision under a legal exception (to a court, for public safety) is judged by pipl-13, not here.
    std::erase_if(flows.practices,
                  [](const PracticeAt& at) { return at.practice->consent == ConsentKind::LegalException; });
    if (flows.practices.empty()) continue;
    const std::vector<std::string> data = data_ids(flows.practices);
    const std::string name = party_name(flows.recipient);
    std::string missing_zh, missing_en;
    if (!named(flows.recipient)) {
      missing_zh = "名称、联系方式";
      missing_en = "name, contact";
    } else if (!states_contact(input, flows.practices)) {
      missing_zh = "联系方式";
      missing_en = "contact";
    }
    if (!states_purpose(input, flows.practices)) {
      missing_zh += std::string(missing_zh.empty() ? "" : "、") + "处理目的";
      missing_en += std::string(missing_en.empty() ? "" : ", ") + "purpose";
    }
    if (missing_zh.empty()) continue;
    const std::string described = named(flows.recipient) ? name : "仅称「" + name + "」";
    Finding finding = new_finding(
        info(),
        "接收方" + described + "（接收" + data_names_zh(*input.ontology, data) + "）：未告知接收方的" +
            missing_zh,
        "Recipient " + name + " (receives " + data_names_en(*input.ontology, data) +
            "): the policy does not give its " + missing_en);
    for (const PracticeAt& at : flows.practices) add_practice_evidence(finding, at);
    add_node(finding, flows.node_id);
    out.push_back(std::move(finding));
  }
}

}  // namespace consentflow
