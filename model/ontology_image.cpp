#include "model/ontology_image.h"

#include <cstring>
#include <vector>

#include "model/embedded_ontology.h"
#include "model/fingerprint.h"

namespace consentflow {
namespace {

class ImageWriter {
 public:
  void number(std::uint64_t value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    out_.append(bytes, sizeof value);
  }
  void text(const std::string& value) {
    number(value.size());
    out_.append(value);
  }
  void texts(const std::vector<std::string>& values) {
    number(values.size());
    for (const std::string& value : values) text(value);
  }
  std::string take() && { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what ImageWriter wrote; any read past the end fails the whole image.
class ImageReader {
 public:
  explicit ImageReader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  std::uint64_t number() {
    std::uint64_t value = 0;
    if (in_.size() - at_ < sizeof value) return fail();
    std::memcpy(&value, in_.data() + at_, sizeof value);
    at_ += sizeof value;
    return value;
  }
  std::string text() {
    const std::size_t size = bounded(number());
    std::string value(in_.substr(at_, size));
    at_ += size;
    return value;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> values(bounded(number()));
    for (std::string& value : values) value = text();
    return values;
  }
  // A count no larger than the bytes left, so a damaged image cannot ask for gigabytes.
  std::size_t bounded(std::uint64_t count) {
    if (count > in_.size() - at_) return fail();
    return static_cast<std::size_t>(count);
  }

 private:
  std::uint64_t fail() {
    ok_ = false;
    at_ = in_.size();
    return 0;
  }

  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace

std::uint64_t embedded_ontology_fingerprint() {
  Fingerprint hash;
  const std::string_view separator("\0", 1);
  for (const auto& [name, text] : embedded_ontology_files()) hash.mix(name).mix(separator).mix(text).mix(separator);
  return hash.value();
}

std::string ontology_image(const Ontology& ontology, std::uint64_t fingerprint) {
  ImageWriter out;
  out.number(fingerprint);
  out.number(ontology.data_types.size());
  for (const DataType& type : ontology.data_types) {
    for (const std::string* field : {&type.id, &type.zh, &type.en}) out.text(*field);
    out.texts(type.synonyms);
    out.text(type.parent);
    out.number(static_cast<std::uint64_t>(type.sensitivity));
    out.text(type.sensitivity_basis);
    out.text(type.fides_category);
  }
  out.number(ontology.purposes.size());
  for (const Purpose& purpose : ontology.purposes) {
    for (const std::string* field : {&purpose.id, &purpose.zh, &purpose.en}) out.text(*field);
    out.texts(purpose.cues);
    out.text(purpose.fides_data_use);
    out.number(purpose.essential ? 1 : 0);
  }
  out.number(ontology.parties.size());
  for (const Party& party : ontology.parties) {
    out.text(party.id);
    out.text(party.name);
    out.texts(party.aliases);
    out.number(static_cast<std::uint64_t>(party.kind));
    for (const std::string* field : {&party.company, &party.country, &party.service}) out.text(*field);
    out.texts(party.typical_data);
    out.text(party.privacy_url);
  }
  out.number(ontology.cues.size());
  for (const CueList& list : ontology.cues) {
    out.text(list.id);
    out.text(list.description);
    out.texts(list.phrases);
  }
  out.number(ontology.app_types.size());
  for (const AppType& type : ontology.app_types) {
    out.number(static_cast<std::uint64_t>(type.number));
    for (const std::string* field : {&type.id, &type.zh, &type.basic_function}) out.text(*field);
    out.texts(type.necessary_data);
    out.texts(type.necessary_text);
    out.number(type.no_pi_needed ? 1 : 0);
  }
  return std::move(out).take();
}

std::optional<Ontology> read_ontology_image(std::string_view image, std::uint64_t fingerprint) {
  ImageReader in(image);
  if (in.number() != fingerprint || !in.ok()) return std::nullopt;
  Ontology ontology;
  ontology.data_types.resize(in.bounded(in.number()));
  for (DataType& type : ontology.data_types) {
    for (std::string* field : {&type.id, &type.zh, &type.en}) *field = in.text();
    type.synonyms = in.texts();
    type.parent = in.text();
    type.sensitivity = in.number() == 1 ? Sensitivity::Sensitive : Sensitivity::Ordinary;
    type.sensitivity_basis = in.text();
    type.fides_category = in.text();
  }
  ontology.purposes.resize(in.bounded(in.number()));
  for (Purpose& purpose : ontology.purposes) {
    for (std::string* field : {&purpose.id, &purpose.zh, &purpose.en}) *field = in.text();
    purpose.cues = in.texts();
    purpose.fides_data_use = in.text();
    purpose.essential = in.number() == 1;
  }
  ontology.parties.resize(in.bounded(in.number()));
  for (Party& party : ontology.parties) {
    party.id = in.text();
    party.name = in.text();
    party.aliases = in.texts();
    const std::uint64_t kind = in.number();
    party.kind = kind <= static_cast<std::uint64_t>(PartyKind::User) ? static_cast<PartyKind>(kind) : PartyKind::NamedThirdParty;
    for (std::string* field : {&party.company, &party.country, &party.service}) *field = in.text();
    party.typical_data = in.texts();
    party.privacy_url = in.text();
  }
  ontology.cues.resize(in.bounded(in.number()));
  for (CueList& list : ontology.cues) {
    list.id = in.text();
    list.description = in.text();
    list.phrases = in.texts();
    list.matcher = PhraseSet(list.phrases);
  }
  ontology.app_types.resize(in.bounded(in.number()));
  for (AppType& type : ontology.app_types) {
    type.number = static_cast<int>(in.number());
    for (std::string* field : {&type.id, &type.zh, &type.basic_function}) *field = in.text();
    type.necessary_data = in.texts();
    type.necessary_text = in.texts();
    type.no_pi_needed = in.number() == 1;
  }
  if (!in.ok()) return std::nullopt;
  return ontology;
}

}  // namespace consentflow
