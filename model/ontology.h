// The ontology: data types, purposes, parties, cue lists and app types, loaded
// from model/ontology/*.yaml (embedded in the binary, overridable with
// --ontology DIR). Plain data; matching structures are built from it in extract/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/phrase_set.h"
#include "model/result.h"

namespace consentflow {

enum class Sensitivity { Ordinary, Sensitive };

struct DataType {
  std::string id;                     // snake_case, e.g. "imei"
  std::string zh;                     // canonical Chinese name
  std::string en;                     // canonical English name
  std::vector<std::string> synonyms;  // zh and en surface forms matched in text
  std::string parent;                 // id of the broader type, empty at a root
  Sensitivity sensitivity = Sensitivity::Ordinary;
  std::string sensitivity_basis;      // e.g. "PIPL-28 金融账户" or "GB-B 通讯录"
  std::string fides_category;         // e.g. "user.device.device_id"
};

struct Purpose {
  std::string id;                 // e.g. "analytics"
  std::string zh;
  std::string en;
  std::vector<std::string> cues;  // phrases that signal this purpose
  std::string fides_data_use;     // e.g. "analytics.reporting"
  bool essential = false;         // needed to provide the basic service
};

enum class PartyKind {
  FirstParty,
  Affiliate,
  NamedThirdParty,
  Sdk,
  UnnamedPartner,
  Authority,
  Public,
  User,
};

struct Party {
  std::string id;                    // e.g. "talkingdata"
  std::string name;                  // display name, e.g. "TalkingData"
  std::vector<std::string> aliases;  // surface forms matched in text
  PartyKind kind = PartyKind::NamedThirdParty;
  std::string company;               // legal entity, e.g. "北京腾云天下科技有限公司"
  std::string country;               // ISO 3166 alpha-2, e.g. "CN", "US"
  std::string service;               // analytics | ads | push | payment | login | maps |
                                     // crash | social | share | other (SDKs and named parties)
  std::vector<std::string> typical_data;  // data type ids it usually receives
  std::string privacy_url;           // its privacy policy, when known
};

// A named list of phrases, e.g. "deemed_consent" or "negation".
struct CueList {
  std::string id;
  std::string description;
  std::vector<std::string> phrases;
  PhraseSet matcher;  // the phrases, indexed for one-pass search; built by the loader
};

struct AppType {
  int number = 0;                        // 1..39 as in the 2021 rules
  std::string id;                        // e.g. "online_community"
  std::string zh;                        // e.g. "网络社区类"
  std::string basic_function;
  std::vector<std::string> necessary_data;  // data type ids
  std::vector<std::string> necessary_text;  // the rule's own wording
  bool no_pi_needed = false;
};

struct Ontology {
  std::vector<DataType> data_types;
  std::vector<Purpose> purposes;
  std::vector<Party> parties;
  std::vector<CueList> cues;
  std::vector<AppType> app_types;

  const DataType* data_type(std::string_view id) const;
  const Purpose* purpose(std::string_view id) const;
  const Party* party(std::string_view id) const;
  const CueList* cue_list(std::string_view id) const;  // nullptr when absent
  // The index of `list` (one of `cues`) in `cues`, for CueLists::may_contain.
  std::size_t cue_list_index(const CueList& list) const { return static_cast<std::size_t>(&list - cues.data()); }
  const AppType* app_type(const std::string& id_or_zh) const;
  // True when `ancestor` is `id` or one of its parents (subsumption).
  bool data_subsumes(const std::string& ancestor, const std::string& id) const;
};

// The files an ontology is made of, in load order.
inline const std::vector<std::string>& ontology_file_names() {
  static const std::vector<std::string> names = {
      "data_types.yaml", "purposes.yaml", "parties.yaml", "cues.yaml", "terms_cues.yaml",
      "app_types.yaml"};
  return names;
}

// Parses one ontology file's text into `into`. `file_name` (one of
// ontology_file_names()) selects the schema and names the file in errors, which
// carry file:line:column.
Status load_ontology_file(const std::string& file_name, const std::string& text, Ontology& into);

// Checks cross references (unknown parent, party typical_data, app type data),
// duplicate ids and cycles. Errors name the file and the entry.
Status validate_ontology(const Ontology& ontology);

// The ontology compiled into the binary. `image`, when given, is its parsed form
// written at build time (model/ontology_image.h), used if made from these files.
Result<Ontology> load_embedded_ontology(std::string_view image = {});

// Loads every file from `dir`; a file missing there falls back to the embedded one.
Result<Ontology> load_ontology_dir(const std::string& dir);

std::string to_string(PartyKind kind);
std::optional<PartyKind> party_kind_from_string(const std::string& text);

}  // namespace consentflow
