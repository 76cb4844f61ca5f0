// The data inventory (records of processing) as a value: system, documents, data
// types, third parties, flows and statements, each flow with its evidence as a
// quote and file:line:column. It lives in git as YAML (docs/inventory.md):
// export → load → export gives the same bytes, and a hand-edited inventory can be
// checked again (`check-inventory`) by turning it back into an analysis.
#pragma once

#include <string>
#include <vector>

#include "model/analysis.h"
#include "model/result.h"

namespace consentflow {

struct InventoryEvidence {
  std::string quote;
  std::string at;  // "file:line:column"
};

struct InventoryDocument {
  std::string kind;  // agreement | privacy_policy | other
  std::string title;
};

struct InventoryDataType {
  std::string id;
  std::string name;
  std::string category;  // fideslang data category
  bool sensitive = false;
};

struct InventoryParty {
  std::string id;
  std::string name;
  std::string kind;  // first_party | affiliate | sdk | …
  std::string company;
  std::string country;
  std::string service;
  std::string privacy_url;
};

struct InventoryFlow {
  std::string id;        // the practice id it came from
  std::string document;  // kind of the document stating it
  std::string action;    // collect | share | …
  std::string from;      // party id
  std::string to;        // party id, empty for collection and use
  std::vector<std::string> data;
  std::vector<std::string> purposes;
  std::string consent;   // explicit | separate | prior | deemed | opt-out | legal-exception | none-stated
  std::string legal_basis;  // for legal exceptions: the stated ground
  std::string condition;
  bool cross_border = false;
  bool negated = false;
  std::string retention;  // the retention the policy states ("6个月", "shortest-necessary"), empty if none
  InventoryEvidence evidence;
};

struct InventoryStatement {
  std::string kind;  // retention | right | contact | children | …
  std::string detail;
  std::string value;
  InventoryEvidence evidence;
};

struct Inventory {
  std::string system;   // the handler's name
  std::string source;   // the analysed file
  std::vector<InventoryDocument> documents;
  std::vector<InventoryDataType> data_types;
  std::vector<InventoryParty> parties;
  std::vector<InventoryFlow> flows;
  std::vector<InventoryStatement> statements;
};

// YAML text of the inventory, keys in a fixed order, lists sorted as built.
std::string inventory_yaml(const Inventory& inventory);

// Parses inventory YAML; errors name `file:line:column` and the expected type.
Result<Inventory> load_inventory(const std::string& text, const std::string& file);

// An analysis the checks can read: one document per kind, a sentence per quote,
// a practice per flow and a statement per statement (spans point into the quotes).
Analysis inventory_analysis(const Inventory& inventory);

}  // namespace consentflow
