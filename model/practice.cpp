#include "model/practice.h"

#include <array>
#include <utility>

namespace consentflow {
namespace {

constexpr std::array<std::pair<Action, const char*>, 10> kActionNames = {{
    {Action::Collect, "collect"},   {Action::Use, "use"},         {Action::Share, "share"},
    {Action::Entrust, "entrust"},   {Action::Transfer, "transfer"}, {Action::Disclose, "disclose"},
    {Action::Store, "store"},       {Action::Cookie, "cookie"},   {Action::Sell, "sell"},
    {Action::Analyse, "analyse"},
}};

constexpr std::array<std::pair<ConsentKind, const char*>, 7> kConsentNames = {{
    {ConsentKind::Explicit, "explicit"},
    {ConsentKind::Separate, "separate"},
    {ConsentKind::Prior, "prior"},
    {ConsentKind::Deemed, "deemed"},
    {ConsentKind::OptOut, "opt-out"},
    {ConsentKind::LegalException, "legal-exception"},
    {ConsentKind::NoneStated, "none-stated"},
}};

template <class Enum, std::size_t N>
std::string name_of(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [candidate, name] : names)
    if (candidate == value) return name;
  return {};
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, const char*>, N>& names,
                             const std::string& text) {
  for (const auto& [candidate, name] : names)
    if (text == name) return candidate;
  return std::nullopt;
}

}  // namespace

std::string to_string(Action action) { return name_of(kActionNames, action); }
std::string to_string(ConsentKind consent) { return name_of(kConsentNames, consent); }
std::optional<Action> action_from_string(const std::string& text) {
  return value_of(kActionNames, text);
}
std::optional<ConsentKind> consent_kind_from_string(const std::string& text) {
  return value_of(kConsentNames, text);
}

}  // namespace consentflow
