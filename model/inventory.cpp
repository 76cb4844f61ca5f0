#include "model/inventory.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

#include "model/utf8.h"

namespace consentflow {
namespace {

void emit_evidence(YAML::Emitter& out, const InventoryEvidence& evidence) {
  out << YAML::Key << "evidence" << YAML::Value << YAML::BeginMap << YAML::Key << "quote" << YAML::Value
      << YAML::DoubleQuoted << evidence.quote << YAML::Key << "at" << YAML::Value << evidence.at << YAML::EndMap;
}

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& item : items) out << item;
  out << YAML::EndSeq;
}

std::string where(const std::string& file, const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  return mark.is_null() ? file : file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

// Typed reads that point at the offending node.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file) {}

  std::optional<Error> text(const YAML::Node& map, const char* key, std::string& into, bool required = false) const {
    const YAML::Node value = map[key];
    if (!value || value.IsNull()) {
      if (required) return Error{std::string("missing required key '") + key + "'", where(file_, map)};
      return std::nullopt;
    }
    if (!value.IsScalar()) return Error{std::string("expected text for '") + key + "'", where(file_, value)};
    into = value.Scalar();
    return std::nullopt;
  }
  std::optional<Error> flag(const YAML::Node& map, const char* key, bool& into) const {
    const YAML::Node value = map[key];
    if (!value || value.IsNull()) return std::nullopt;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, into))
      return Error{std::string("expected true or false for '") + key + "'", where(file_, value)};
    return std::nullopt;
  }
  std::optional<Error> list(const YAML::Node& map, const char* key, std::vector<std::string>& into) const {
    const YAML::Node value = map[key];
    if (!value || value.IsNull()) return std::nullopt;
    if (!value.IsSequence()) return Error{std::string("expected a list for '") + key + "'", where(file_, value)};
    for (const YAML::Node& item : value) {
      if (!item.IsScalar()) return Error{std::string("expected text items in '") + key + "'", where(file_, item)};
      into.push_back(item.Scalar());
    }
    return std::nullopt;
  }
  std::optional<Error> evidence(const YAML::Node& map, InventoryEvidence& into) const {
    const YAML::Node value = map["evidence"];
    if (!value || value.IsNull()) return std::nullopt;
    if (!value.IsMap()) return Error{"expected a mapping for 'evidence'", where(file_, value)};
    if (auto error = text(value, "quote", into.quote)) return error;
    return text(value, "at", into.at);
  }
  std::optional<Error> entries(const YAML::Node& root, const char* key, std::vector<YAML::Node>& into) const {
    const YAML::Node value = root[key];
    if (!value || value.IsNull()) return std::nullopt;
    if (!value.IsSequence()) return Error{std::string("expected a list for '") + key + "'", where(file_, value)};
    for (const YAML::Node& item : value) {
      if (!item.IsMap()) return Error{std::string("expected a mapping in '") + key + "'", where(file_, item)};
      into.push_back(item);
    }
    return std::nullopt;
  }

 private:
  const std::string& file_;
};

#define CF_READ(expression)                                 \
  do {                                                      \
    if (std::optional<Error> error_ = (expression)) return *error_; \
  } while (false)

std::optional<StatementKind> statement_kind_from_string(const std::string& text) {
  for (StatementKind kind : {StatementKind::Retention, StatementKind::Right, StatementKind::Contact,
                             StatementKind::Children, StatementKind::PolicyChange, StatementKind::CrossBorder,
                             StatementKind::Security, StatementKind::Anonymisation, StatementKind::Cookie})
    if (to_string(kind) == text) return kind;
  return std::nullopt;
}

}  // namespace

std::string inventory_yaml(const Inventory& inventory) {
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::BeginMap;
  out << YAML::Key << "consentflow_inventory" << YAML::Value << 1;
  out << YAML::Key << "system" << YAML::Value << inventory.system;
  out << YAML::Key << "source" << YAML::Value << inventory.source;
  out << YAML::Key << "documents" << YAML::Value << YAML::BeginSeq;
  for (const InventoryDocument& document : inventory.documents)
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "kind" << YAML::Value << document.kind << YAML::Key
        << "title" << YAML::Value << document.title << YAML::EndMap;
  out << YAML::EndSeq;
  out << YAML::Key << "data_types" << YAML::Value << YAML::BeginSeq;
  for (const InventoryDataType& type : inventory.data_types)
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << type.id << YAML::Key << "name"
        << YAML::Value << type.name << YAML::Key << "category" << YAML::Value << type.category << YAML::Key
        << "sensitive" << YAML::Value << type.sensitive << YAML::EndMap;
  out << YAML::EndSeq;
  out << YAML::Key << "third_parties" << YAML::Value << YAML::BeginSeq;
  for (const InventoryParty& party : inventory.parties) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << party.id << YAML::Key << "name" << YAML::Value
        << party.name << YAML::Key << "kind" << YAML::Value << party.kind;
    for (const auto& [key, value] : {std::pair{"company", &party.company}, std::pair{"country", &party.country},
                                     std::pair{"service", &party.service}, std::pair{"privacy_url", &party.privacy_url}})
      if (!value->empty()) out << YAML::Key << key << YAML::Value << *value;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "flows" << YAML::Value << YAML::BeginSeq;
  for (const InventoryFlow& flow : inventory.flows) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << flow.id << YAML::Key << "document" << YAML::Value
        << flow.document << YAML::Key << "action" << YAML::Value << flow.action << YAML::Key << "from"
        << YAML::Value << flow.from;
    if (!flow.to.empty()) out << YAML::Key << "to" << YAML::Value << flow.to;
    emit_list(out, "data", flow.data);
    emit_list(out, "purposes", flow.purposes);
    out << YAML::Key << "consent" << YAML::Value << flow.consent;
    if (!flow.legal_basis.empty()) out << YAML::Key << "legal_basis" << YAML::Value << YAML::DoubleQuoted << flow.legal_basis;
    if (!flow.condition.empty()) out << YAML::Key << "condition" << YAML::Value << YAML::DoubleQuoted << flow.condition;
    out << YAML::Key << "cross_border" << YAML::Value << flow.cross_border;
    out << YAML::Key << "negated" << YAML::Value << flow.negated;
    if (!flow.retention.empty()) out << YAML::Key << "retention" << YAML::Value << YAML::DoubleQuoted << flow.retention;
    emit_evidence(out, flow.evidence);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "statements" << YAML::Value << YAML::BeginSeq;
  for (const InventoryStatement& statement : inventory.statements) {
    out << YAML::BeginMap << YAML::Key << "kind" << YAML::Value << statement.kind << YAML::Key << "detail"
        << YAML::Value << statement.detail;
    if (!statement.value.empty()) out << YAML::Key << "value" << YAML::Value << YAML::DoubleQuoted << statement.value;
    emit_evidence(out, statement.evidence);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

Result<Inventory> load_inventory(const std::string& text, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Error{e.msg, file + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1)};
  }
  if (!root.IsMap() || !root["consentflow_inventory"])
    return Error{"not a consentflow inventory (no 'consentflow_inventory' key)", file};
  const Reader read(file);
  Inventory inventory;
  CF_READ(read.text(root, "system", inventory.system));
  CF_READ(read.text(root, "source", inventory.source));
  std::vector<YAML::Node> nodes;
  CF_READ(read.entries(root, "documents", nodes));
  for (const YAML::Node& node : nodes) {
    InventoryDocument document;
    CF_READ(read.text(node, "kind", document.kind, true));
    CF_READ(read.text(node, "title", document.title));
    if (!document_kind_from_string(document.kind))
      return Error{"unknown document kind '" + document.kind + "'", where(file, node)};
    inventory.documents.push_back(document);
  }
  nodes.clear();
  CF_READ(read.entries(root, "data_types", nodes));
  for (const YAML::Node& node : nodes) {
    InventoryDataType type;
    CF_READ(read.text(node, "id", type.id, true));
    CF_READ(read.text(node, "name", type.name));
    CF_READ(read.text(node, "category", type.category));
    CF_READ(read.flag(node, "sensitive", type.sensitive));
    inventory.data_types.push_back(type);
  }
  nodes.clear();
  CF_READ(read.entries(root, "third_parties", nodes));
  for (const YAML::Node& node : nodes) {
    InventoryParty party;
    CF_READ(read.text(node, "id", party.id, true));
    CF_READ(read.text(node, "name", party.name));
    CF_READ(read.text(node, "kind", party.kind, true));
    CF_READ(read.text(node, "company", party.company));
    CF_READ(read.text(node, "country", party.country));
    CF_READ(read.text(node, "service", party.service));
    CF_READ(read.text(node, "privacy_url", party.privacy_url));
    if (!party_kind_from_string(party.kind)) return Error{"unknown party kind '" + party.kind + "'", where(file, node["kind"])};
    inventory.parties.push_back(party);
  }
  nodes.clear();
  CF_READ(read.entries(root, "flows", nodes));
  for (const YAML::Node& node : nodes) {
    InventoryFlow flow;
    CF_READ(read.text(node, "id", flow.id, true));
    CF_READ(read.text(node, "document", flow.document));
    CF_READ(read.text(node, "action", flow.action, true));
    CF_READ(read.text(node, "from", flow.from, true));
    CF_READ(read.text(node, "to", flow.to));
    CF_READ(read.list(node, "data", flow.data));
    CF_READ(read.list(node, "purposes", flow.purposes));
    CF_READ(read.text(node, "consent", flow.consent, true));
    CF_READ(read.text(node, "legal_basis", flow.legal_basis));
    CF_READ(read.text(node, "condition", flow.condition));
    CF_READ(read.flag(node, "cross_border", flow.cross_border));
    CF_READ(read.flag(node, "negated", flow.negated));
    CF_READ(read.text(node, "retention", flow.retention));
    CF_READ(read.evidence(node, flow.evidence));
    if (!action_from_string(flow.action)) return Error{"unknown action '" + flow.action + "'", where(file, node["action"])};
    if (!consent_kind_from_string(flow.consent))
      return Error{"unknown consent '" + flow.consent +
                       "' (explicit, separate, prior, deemed, opt-out, legal-exception, none-stated)",
                   where(file, node["consent"])};
    inventory.flows.push_back(flow);
  }
  nodes.clear();
  CF_READ(read.entries(root, "statements", nodes));
  for (const YAML::Node& node : nodes) {
    InventoryStatement statement;
    CF_READ(read.text(node, "kind", statement.kind, true));
    CF_READ(read.text(node, "detail", statement.detail));
    CF_READ(read.text(node, "value", statement.value));
    CF_READ(read.evidence(node, statement.evidence));
    if (!statement_kind_from_string(statement.kind))
      return Error{"unknown statement kind '" + statement.kind + "'", where(file, node["kind"])};
    inventory.statements.push_back(statement);
  }
  return inventory;
}

#undef CF_READ

Analysis inventory_analysis(const Inventory& inventory) {
  // One document per kind, agreements first; a line per quote.
  std::string text;
  std::vector<Span> flow_spans(inventory.flows.size());
  std::vector<Span> statement_spans(inventory.statements.size());
  std::vector<Document> documents;
  int32_t at = 0;
  const auto add_line = [&](const std::string& quote) {
    const Span span{at, at + static_cast<int32_t>(utf8::count_code_points(quote))};
    text += quote + "\n";
    at = span.end + 1;
    return span;
  };
  for (const char* kind : {"agreement", "privacy_policy", "other"}) {
    Document document;
    document.kind = document_kind_from_string(kind).value_or(DocumentKind::Other);
    for (const InventoryDocument& stated : inventory.documents)
      if (stated.kind == kind) document.title = stated.title;
    document.span.begin = at;
    const bool is_policy = std::string(kind) == "privacy_policy";
    for (std::size_t i = 0; i < inventory.flows.size(); ++i)
      if (inventory.flows[i].document == kind || (is_policy && inventory.flows[i].document.empty()))
        flow_spans[i] = add_line(inventory.flows[i].evidence.quote);
    if (is_policy)
      for (std::size_t i = 0; i < inventory.statements.size(); ++i)
        statement_spans[i] = add_line(inventory.statements[i].evidence.quote);
    document.span.end = at;
    if (document.span.end > document.span.begin) documents.push_back(document);
  }
  Analysis analysis;
  analysis.file = inventory.source.empty() ? "inventory" : inventory.source;
  analysis.encoding = "UTF-8";
  analysis.source = SourceText(text);
  analysis.normalized = NormalizedText::identity(text);
  for (Document& document : documents) {
    for (const Span& span : flow_spans)
      if (document.span.contains(span) && !span.empty()) document.sentences.push_back({span, {}, {}});
    for (const Span& span : statement_spans)
      if (document.span.contains(span) && !span.empty()) document.sentences.push_back({span, {}, {}});
    std::sort(document.sentences.begin(), document.sentences.end(),
              [](const Sentence& a, const Sentence& b) { return a.span < b.span; });
    document.sentences.erase(std::unique(document.sentences.begin(), document.sentences.end(),
                                         [](const Sentence& a, const Sentence& b) { return a.span == b.span; }),
                             document.sentences.end());
    Clause whole;
    whole.span = document.span;
    whole.body = document.span;
    document.clauses.push_back(whole);
  }
  const auto party = [&](const std::string& id) {
    PartyMention mention;
    mention.id = id;
    mention.name = id;
    mention.kind = PartyKind::NamedThirdParty;
    for (const InventoryParty& known : inventory.parties)
      if (known.id == id) {
        mention.name = known.name;
        mention.kind = party_kind_from_string(known.kind).value_or(PartyKind::NamedThirdParty);
      }
    if (id == "first_party") mention.kind = PartyKind::FirstParty;
    return mention;
  };
  for (std::size_t i = 0; i < inventory.flows.size(); ++i) {
    const InventoryFlow& flow = inventory.flows[i];
    Practice practice;
    practice.id = flow.id;
    for (std::size_t d = 0; d < documents.size(); ++d)
      if (documents[d].span.contains(flow_spans[i])) practice.document = static_cast<int>(d);
    practice.action = action_from_string(flow.action).value_or(Action::Collect);
    practice.actor = party(flow.from);
    if (!flow.to.empty()) practice.recipient = party(flow.to);
    for (const std::string& data : flow.data) practice.data.push_back({data, flow_spans[i]});
    for (const std::string& purpose : flow.purposes) practice.purposes.push_back({purpose, flow_spans[i]});
    practice.consent = consent_kind_from_string(flow.consent).value_or(ConsentKind::NoneStated);
    practice.basis = flow.legal_basis;
    practice.condition = flow.condition;
    practice.negated = flow.negated;
    practice.cross_border = flow.cross_border;
    practice.evidence = {flow_spans[i]};
    analysis.practices.push_back(std::move(practice));
  }
  for (std::size_t i = 0; i < inventory.statements.size(); ++i) {
    const InventoryStatement& stated = inventory.statements[i];
    Statement statement;
    statement.kind = statement_kind_from_string(stated.kind).value_or(StatementKind::Retention);
    statement.detail = stated.detail;
    statement.value = stated.value;
    statement.span = statement_spans[i];
    analysis.statements.push_back(std::move(statement));
  }
  analysis.documents = std::move(documents);
  return analysis;
}

}  // namespace consentflow
