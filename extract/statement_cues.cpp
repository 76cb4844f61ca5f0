#include "extract/statement_cues.h"

namespace consentflow {
namespace {

StatementCue list(const Ontology& ontology, const std::string& id) {
  const CueList* cues = ontology.cue_list(id);
  if (!cues) return {};
  return {cues->matcher, ontology.cue_list_index(*cues)};
}

}  // namespace

StatementCues StatementCues::build(const Ontology& ontology) {
  StatementCues cues;
  cues.retention = list(ontology, "retention");
  cues.indefinite_retention = list(ontology, "indefinite_retention");
  cues.shortest_retention = list(ontology, "shortest_retention");
  cues.service_lifetime_retention = list(ontology, "service_lifetime_retention");
  cues.deletion_at_cancellation = list(ontology, "deletion_at_cancellation");
  const std::pair<const char*, bool> rights[] = {
      {"access", true},  {"correct", true},  {"delete", true},    {"cancel_account", false},
      {"withdraw", false}, {"copy", true},   {"complain", false},
  };
  for (const auto& [detail, needs_object] : rights) {
    StatementCue verbs = list(ontology, std::string("right_") + detail);
    if (!verbs.phrases.empty()) cues.rights.push_back({detail, std::move(verbs), needs_object});
  }
  cues.rights_heading = list(ontology, "rights_heading");
  cues.user_ability = list(ontology, "user_ability");
  cues.personal_data_object = list(ontology, "personal_data_object");
  cues.negation = list(ontology, "negation");
  cues.negation_lookalikes = list(ontology, "negation_lookalikes");
  cues.response_time = list(ontology, "response_time");
  cues.contact = list(ontology, "contact");
  cues.contact_form = list(ontology, "contact_form");
  cues.customer_service = list(ontology, "customer_service");
  cues.phone_context = list(ontology, "phone_context");
  cues.address_context = list(ontology, "address_context");
  cues.children = list(ontology, "children");
  cues.guardian_consent = list(ontology, "guardian_consent");
  cues.children_rules = list(ontology, "children_rules");
  cues.children_excluded = list(ontology, "children_excluded");
  cues.policy_change = list(ontology, "policy_change");
  cues.policy_reference = list(ontology, "policy_reference");
  cues.change_verb = list(ontology, "change_verb");
  cues.posting_only_change = list(ontology, "posting_only_change");
  cues.renotify = list(ontology, "renotify");
  cues.cross_border = list(ontology, "cross_border");
  cues.cross_border_flow = list(ontology, "cross_border_flow");
  cues.hypothetical_transfer = list(ontology, "hypothetical_transfer");
  cues.negation_continuation = list(ontology, "negation_continuation");
  cues.cross_reference = list(ontology, "cross_reference");
  cues.cross_border_mechanism = list(ontology, "cross_border_mechanism");
  cues.data_localisation = list(ontology, "data_localisation");
  cues.security_measures = list(ontology, "security_measures");
  cues.anonymisation = list(ontology, "anonymisation");
  cues.cookie = list(ontology, "cookie");
  return cues;
}

}  // namespace consentflow
