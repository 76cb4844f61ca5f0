#include "reports/inventory_build.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

namespace consentflow {
namespace {

std::string location(const Analysis& analysis, Span span) {
  const LineColumn at = analysis.source.position(span.begin);
  return analysis.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

InventoryEvidence evidence_of(const Analysis& analysis, Span span) {
  return {std::string(analysis.source.slice(span)), location(analysis, span)};
}

// fideslang's legal bases for the consent a flow states.
std::string legal_basis_of(const std::string& consent) {
  if (consent == "legal-exception") return "Legal Obligation";
  if (consent == "none-stated" || consent == "deemed") return "Unknown";
  return "Consent";
}

std::string fides_key(const std::string& name) {
  std::string key;
  for (char c : name) key += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  return key.empty() || key.find_first_not_of('_') == std::string::npos ? "consentflow_system" : key;
}

}  // namespace

Inventory inventory_of(const std::vector<const Analysis*>& sources, const Ontology& ontology) {
  Inventory inventory;
  inventory.system = "我们";
  std::set<std::string> data_ids;
  std::set<std::string> party_ids;
  for (std::size_t source = 0; source < sources.size(); ++source) {
    const Analysis& analysis = *sources[source];
    if (source == 0) inventory.source = analysis.file;
    for (const Document& document : analysis.documents)
      inventory.documents.push_back({to_string(document.kind), document.title});
    // The policy's retention rule applies to its flows unless a flow says otherwise.
    std::string retention;
    for (const Statement& statement : analysis.statements)
      if (statement.kind == StatementKind::Retention && retention.empty())
        retention = statement.value.empty() ? statement.detail : statement.value;
    for (const Practice& practice : analysis.practices) {
      if (practice.actor.id == "first_party" && !practice.actor.name.empty()) inventory.system = practice.actor.name;
      InventoryFlow flow;
      flow.id = source == 0 ? practice.id : std::to_string(source) + ":" + practice.id;
      const auto index = static_cast<std::size_t>(practice.document);
      flow.document = index < analysis.documents.size() ? to_string(analysis.documents[index].kind) : "other";
      flow.action = to_string(practice.action);
      flow.from = practice.actor.id.empty() ? "first_party" : practice.actor.id;
      if (practice.recipient) {
        flow.to = practice.recipient->id;
        party_ids.insert(flow.to);
      }
      std::set<std::string> seen;
      for (const DataMention& mention : practice.data)
        if (seen.insert(mention.id).second) flow.data.push_back(mention.id);
      data_ids.insert(flow.data.begin(), flow.data.end());
      for (const PurposeMention& purpose : practice.purposes) flow.purposes.push_back(purpose.id);
      flow.consent = to_string(practice.consent);
      flow.legal_basis = practice.basis;
      flow.condition = practice.condition;
      flow.cross_border = practice.cross_border;
      flow.negated = practice.negated;
      if (!practice.negated) flow.retention = retention;
      if (!practice.evidence.empty()) flow.evidence = evidence_of(analysis, practice.evidence.front());
      inventory.flows.push_back(std::move(flow));
    }
    for (const Statement& statement : analysis.statements)
      inventory.statements.push_back(
          {to_string(statement.kind), statement.detail, statement.value, evidence_of(analysis, statement.span)});
  }
  for (const std::string& id : data_ids) {
    const DataType* type = ontology.data_type(id);
    inventory.data_types.push_back({id, type ? type->zh : id, type ? type->fides_category : "",
                                    type && type->sensitivity == Sensitivity::Sensitive});
  }
  for (const std::string& id : party_ids) {
    InventoryParty party{id, id, "named_third_party", "", "", "", ""};
    if (const Party* known = ontology.party(id))
      party = {id, known->name, to_string(known->kind), known->company, known->country, known->service,
               known->privacy_url};
    inventory.parties.push_back(party);
  }
  return inventory;
}

std::string fides_manifest(const Inventory& inventory, const Ontology& ontology) {
  struct Declaration {
    std::set<std::string> categories;
    std::set<std::string> recipients;
    std::set<std::string> bases;
  };
  std::map<std::string, Declaration> by_use;  // data_use -> declaration
  std::map<std::string, std::string> use_name;
  for (const InventoryFlow& flow : inventory.flows) {
    if (flow.negated) continue;
    std::vector<std::string> uses;
    for (const std::string& id : flow.purposes)
      if (const Purpose* purpose = ontology.purpose(id); purpose && !purpose->fides_data_use.empty()) {
        uses.push_back(purpose->fides_data_use);
        use_name[purpose->fides_data_use] = purpose->en;
      }
    if (uses.empty()) {
      uses.push_back("essential");
      use_name["essential"] = "purpose not stated";
    }
    for (const std::string& use : uses) {
      Declaration& declaration = by_use[use];
      for (const std::string& data : flow.data)
        if (const DataType* type = ontology.data_type(data); type && !type->fides_category.empty())
          declaration.categories.insert(type->fides_category);
      if (!flow.to.empty()) declaration.recipients.insert(flow.to);
      declaration.bases.insert(legal_basis_of(flow.consent));
    }
  }
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "system" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
  out << YAML::Key << "fides_key" << YAML::Value << fides_key(inventory.source);
  out << YAML::Key << "name" << YAML::Value << inventory.system;
  out << YAML::Key << "description" << YAML::Value
      << "Generated by consentflow from " + inventory.source + " (privacy policy as written)";
  out << YAML::Key << "system_type" << YAML::Value << "Service";
  std::set<std::string> egress;
  for (const auto& [use, declaration] : by_use) egress.insert(declaration.recipients.begin(), declaration.recipients.end());
  out << YAML::Key << "egress" << YAML::Value << YAML::BeginSeq;
  for (const std::string& recipient : egress)
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "fides_key" << YAML::Value << recipient << YAML::Key << "type"
        << YAML::Value << "system" << YAML::EndMap;
  out << YAML::EndSeq;
  out << YAML::Key << "privacy_declarations" << YAML::Value << YAML::BeginSeq;
  for (const auto& [use, declaration] : by_use) {
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << use_name[use];
    out << YAML::Key << "data_use" << YAML::Value << use;
    out << YAML::Key << "data_categories" << YAML::Value << YAML::Flow
        << std::vector<std::string>(declaration.categories.begin(), declaration.categories.end());
    out << YAML::Key << "data_subjects" << YAML::Value << YAML::Flow << std::vector<std::string>{"customer"};
    out << YAML::Key << "legal_basis_for_processing" << YAML::Value << *declaration.bases.begin();
    out << YAML::Key << "data_shared_with_third_parties" << YAML::Value << !declaration.recipients.empty();
    out << YAML::Key << "third_parties" << YAML::Value << YAML::Flow
        << std::vector<std::string>(declaration.recipients.begin(), declaration.recipients.end());
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace consentflow
