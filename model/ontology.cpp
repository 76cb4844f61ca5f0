#include "model/ontology.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "model/embedded_ontology.h"
#include "model/ontology_image.h"

namespace consentflow {
namespace {

// "file:line:column" of a YAML node (yaml-cpp marks are 0-based).
std::string where(const std::string& file, const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return file;
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

// Reads one entry's fields with typed errors that point at the offending node.
class Entry {
 public:
  Entry(const std::string& file, const YAML::Node& node) : file_(file), node_(node) {}

  Status check_map() const {
    if (!node_.IsMap()) return Error{"expected a mapping (key: value entries)", where(file_, node_)};
    return Ok{};
  }

  Status text(const char* key, std::string& into, bool required = false) const {
    const YAML::Node value = node_[key];
    if (!value || value.IsNull()) {
      if (required) return Error{std::string("missing required key '") + key + "'", where(file_, node_)};
      return Ok{};
    }
    if (!value.IsScalar()) return Error{std::string("expected text for '") + key + "'", where(file_, value)};
    into = value.Scalar();
    return Ok{};
  }

  Status list(const char* key, std::vector<std::string>& into) const {
    const YAML::Node value = node_[key];
    if (!value || value.IsNull()) return Ok{};
    if (!value.IsSequence())
      return Error{std::string("expected a list for '") + key + "'", where(file_, value)};
    for (const YAML::Node& item : value) {
      if (!item.IsScalar())
        return Error{std::string("expected text items in '") + key + "'", where(file_, item)};
      into.push_back(item.Scalar());
    }
    return Ok{};
  }

  Status flag(const char* key, bool& into) const {
    const YAML::Node value = node_[key];
    if (!value || value.IsNull()) return Ok{};
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, into))
      return Error{std::string("expected true or false for '") + key + "'", where(file_, value)};
    return Ok{};
  }

  Status number(const char* key, int& into) const {
    const YAML::Node value = node_[key];
    if (!value || value.IsNull()) return Ok{};
    if (!value.IsScalar() || !YAML::convert<int>::decode(value, into))
      return Error{std::string("expected a number for '") + key + "'", where(file_, value)};
    return Ok{};
  }

  std::string location() const { return where(file_, node_); }

 private:
  const std::string& file_;
  const YAML::Node& node_;
};

#define CF_TRY(expression)                        \
  do {                                            \
    Status status_ = (expression);                \
    if (!status_.ok()) return status_.error();    \
  } while (false)

Status read_data_type(const Entry& entry, Ontology& into) {
  DataType type;
  std::string sensitivity = "ordinary";
  CF_TRY(entry.text("id", type.id, true));
  CF_TRY(entry.text("zh", type.zh, true));
  CF_TRY(entry.text("en", type.en, true));
  CF_TRY(entry.list("synonyms", type.synonyms));
  CF_TRY(entry.text("parent", type.parent));
  CF_TRY(entry.text("sensitivity", sensitivity));
  CF_TRY(entry.text("basis", type.sensitivity_basis));
  CF_TRY(entry.text("fides", type.fides_category));
  if (sensitivity == "sensitive")
    type.sensitivity = Sensitivity::Sensitive;
  else if (sensitivity != "ordinary")
    return Error{"sensitivity must be 'sensitive' or 'ordinary', not '" + sensitivity + "'",
                 entry.location()};
  into.data_types.push_back(std::move(type));
  return Ok{};
}

Status read_purpose(const Entry& entry, Ontology& into) {
  Purpose purpose;
  CF_TRY(entry.text("id", purpose.id, true));
  CF_TRY(entry.text("zh", purpose.zh, true));
  CF_TRY(entry.text("en", purpose.en, true));
  CF_TRY(entry.list("cues", purpose.cues));
  CF_TRY(entry.text("fides", purpose.fides_data_use));
  CF_TRY(entry.flag("essential", purpose.essential));
  into.purposes.push_back(std::move(purpose));
  return Ok{};
}

Status read_party(const Entry& entry, Ontology& into) {
  Party party;
  std::string kind;
  CF_TRY(entry.text("id", party.id, true));
  CF_TRY(entry.text("name", party.name, true));
  CF_TRY(entry.list("aliases", party.aliases));
  CF_TRY(entry.text("kind", kind, true));
  CF_TRY(entry.text("company", party.company));
  CF_TRY(entry.text("country", party.country));
  CF_TRY(entry.text("service", party.service));
  CF_TRY(entry.list("typical_data", party.typical_data));
  CF_TRY(entry.text("privacy_url", party.privacy_url));
  const std::optional<PartyKind> parsed = party_kind_from_string(kind);
  if (!parsed) return Error{"unknown party kind '" + kind + "'", entry.location()};
  party.kind = *parsed;
  into.parties.push_back(std::move(party));
  return Ok{};
}

Status read_cue_list(const Entry& entry, Ontology& into) {
  CueList cues;
  CF_TRY(entry.text("id", cues.id, true));
  CF_TRY(entry.text("description", cues.description));
  CF_TRY(entry.list("phrases", cues.phrases));
  cues.matcher = PhraseSet(cues.phrases);
  into.cues.push_back(std::move(cues));
  return Ok{};
}

Status read_app_type(const Entry& entry, Ontology& into) {
  AppType type;
  CF_TRY(entry.number("number", type.number));
  CF_TRY(entry.text("id", type.id, true));
  CF_TRY(entry.text("zh", type.zh, true));
  CF_TRY(entry.text("basic_function", type.basic_function));
  CF_TRY(entry.list("necessary_data", type.necessary_data));
  CF_TRY(entry.list("necessary_text", type.necessary_text));
  CF_TRY(entry.flag("no_pi_needed", type.no_pi_needed));
  into.app_types.push_back(std::move(type));
  return Ok{};
}

struct Schema {
  const char* file;
  const char* key;  // the top-level list
  std::function<Status(const Entry&, Ontology&)> read;
};

const std::vector<Schema>& schemas() {
  static const std::vector<Schema> all = {
      {"data_types.yaml", "data_types", read_data_type},
      {"purposes.yaml", "purposes", read_purpose},
      {"parties.yaml", "parties", read_party},
      {"cues.yaml", "cues", read_cue_list},
      {"terms_cues.yaml", "cues", read_cue_list},
      {"app_types.yaml", "app_types", read_app_type},
  };
  return all;
}

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

template <class T>
Status unique_ids(const std::vector<T>& items, const char* file) {
  std::set<std::string> seen;
  for (const T& item : items)
    if (!seen.insert(item.id).second) return Error{"duplicate id '" + item.id + "'", file};
  return Ok{};
}

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read the file", path.string()};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

Status load_ontology_file(const std::string& file_name, const std::string& text, Ontology& into) {
  const Schema* schema = nullptr;
  for (const Schema& candidate : schemas())
    if (file_name == candidate.file) schema = &candidate;
  if (!schema) return Error{"not an ontology file name", file_name};
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Error{e.msg, file_name + ":" + std::to_string(e.mark.line + 1) + ":" +
                            std::to_string(e.mark.column + 1)};
  }
  if (!root.IsMap()) return Error{"expected a mapping with the key '" + std::string(schema->key) + "'", file_name};
  const YAML::Node entries = root[schema->key];
  if (!entries || !entries.IsSequence())
    return Error{"expected a list under '" + std::string(schema->key) + "'", where(file_name, root)};
  for (const YAML::Node& node : entries) {
    const Entry entry(file_name, node);
    CF_TRY(entry.check_map());
    CF_TRY(schema->read(entry, into));
  }
  return Ok{};
}

Status validate_ontology(const Ontology& ontology) {
  CF_TRY(unique_ids(ontology.data_types, "data_types.yaml"));
  CF_TRY(unique_ids(ontology.purposes, "purposes.yaml"));
  CF_TRY(unique_ids(ontology.parties, "parties.yaml"));
  CF_TRY(unique_ids(ontology.cues, "cues.yaml"));
  CF_TRY(unique_ids(ontology.app_types, "app_types.yaml"));
  for (const DataType& type : ontology.data_types) {
    if (!type.parent.empty() && !ontology.data_type(type.parent))
      return Error{"data type '" + type.id + "' has an unknown parent '" + type.parent + "'",
                   "data_types.yaml"};
    // Walking up more steps than there are types means a cycle.
    const DataType* at = &type;
    for (std::size_t steps = 0; at && !at->parent.empty(); ++steps) {
      if (steps > ontology.data_types.size())
        return Error{"data type '" + type.id + "' is its own ancestor", "data_types.yaml"};
      at = ontology.data_type(at->parent);
    }
  }
  for (const Party& party : ontology.parties)
    for (const std::string& data : party.typical_data)
      if (!ontology.data_type(data))
        return Error{"party '" + party.id + "' lists an unknown data type '" + data + "'",
                     "parties.yaml"};
  for (const AppType& type : ontology.app_types)
    for (const std::string& data : type.necessary_data)
      if (!ontology.data_type(data))
        return Error{"app type '" + type.id + "' lists an unknown data type '" + data + "'",
                     "app_types.yaml"};
  return Ok{};
}

Result<Ontology> load_embedded_ontology(std::string_view image) {
  if (!image.empty())
    if (std::optional<Ontology> read = read_ontology_image(image, embedded_ontology_fingerprint())) return std::move(*read);
  Ontology ontology;
  for (const std::string& name : ontology_file_names())
    for (const auto& [file, text] : embedded_ontology_files())
      if (file == name) CF_TRY(load_ontology_file(name, std::string(text), ontology));
  CF_TRY(validate_ontology(ontology));
  return ontology;
}

Result<Ontology> load_ontology_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) return Error{"not a directory", dir};
  Ontology ontology;
  for (const std::string& name : ontology_file_names()) {
    const fs::path path = fs::path(dir) / name;
    if (fs::exists(path)) {
      Result<std::string> text = read_file(path);
      if (!text.ok()) return text.error();
      Status loaded = load_ontology_file(name, text.value(), ontology);
      if (!loaded.ok()) return Error{loaded.error().what, (fs::path(dir) / loaded.error().where).string()};
      continue;
    }
    for (const auto& [file, text] : embedded_ontology_files())
      if (file == name) CF_TRY(load_ontology_file(name, std::string(text), ontology));
  }
  CF_TRY(validate_ontology(ontology));
  return ontology;
}

#undef CF_TRY

const DataType* Ontology::data_type(std::string_view id) const { return find_by_id(data_types, id); }
const Purpose* Ontology::purpose(std::string_view id) const { return find_by_id(purposes, id); }
const Party* Ontology::party(std::string_view id) const { return find_by_id(parties, id); }
const CueList* Ontology::cue_list(std::string_view id) const { return find_by_id(cues, id); }

const AppType* Ontology::app_type(const std::string& id_or_zh) const {
  for (const AppType& type : app_types)
    if (type.id == id_or_zh || type.zh == id_or_zh || std::to_string(type.number) == id_or_zh)
      return &type;
  return nullptr;
}

bool Ontology::data_subsumes(const std::string& ancestor, const std::string& id) const {
  const DataType* at = data_type(id);
  for (std::size_t steps = 0; at && steps <= data_types.size(); ++steps) {
    if (at->id == ancestor) return true;
    if (at->parent.empty()) return false;
    at = data_type(at->parent);
  }
  return false;
}

std::string to_string(PartyKind kind) {
  switch (kind) {
    case PartyKind::FirstParty: return "first_party";
    case PartyKind::Affiliate: return "affiliate";
    case PartyKind::NamedThirdParty: return "named_third_party";
    case PartyKind::Sdk: return "sdk";
    case PartyKind::UnnamedPartner: return "unnamed_partner";
    case PartyKind::Authority: return "authority";
    case PartyKind::Public: return "public";
    case PartyKind::User: return "user";
  }
  return "named_third_party";
}

std::optional<PartyKind> party_kind_from_string(const std::string& text) {
  for (PartyKind kind : {PartyKind::FirstParty, PartyKind::Affiliate, PartyKind::NamedThirdParty,
                         PartyKind::Sdk, PartyKind::UnnamedPartner, PartyKind::Authority,
                         PartyKind::Public, PartyKind::User})
    if (to_string(kind) == text) return kind;
  return std::nullopt;
}

}  // namespace consentflow
