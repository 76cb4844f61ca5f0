#include "checks/pipl/recipient_details_missing.h"

#include "checks/check_support.h"
#include "graph/build_graph.h"

namespace consentflow {
namespace {

bool named(const PartyMention& party) {
  return party.kind == PartyKind::Sdk || party.kind == PartyKind::NamedThirdParty;
}

bool states_purpose(const std::vector<PracticeAt>& practices) {
  for (const PracticeAt& at : practices)
    if (!at.practice->purposes.empty()) return true;
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
    if (!states_purpose(flows.practices)) {
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
