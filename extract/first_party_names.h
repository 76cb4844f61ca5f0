// The names a document gives its handler: "（以下简称「小红书」）", "以下简称“我们”",
// and the legal entity it names ("由行吟信息科技（上海）有限公司运营"). Practices use
// them to name the first party and to recognise it when the text says its name.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace consentflow {

struct FirstPartyNames {
  std::string display;               // the name to show: a defined brand name, else the company, else "我们"
  std::string company;               // "行吟信息科技（上海）有限公司" when stated
  std::vector<std::string> aliases;  // every defined name (normalized text)
  std::vector<std::string> products; // its own products it names ("…的产品和服务，如QQ、微信"), normalized
};

// Reads the defined names in the first part of a document (normalized text).
// A defined term that `names_something_else` recognises (an activity, a kind of
// data, another party: "浏览、使用（以下统称“使用”）", "（以下简称“合作伙伴”）") is not
// a name of the handler.
FirstPartyNames find_first_party_names(std::string_view document_text,
                                       const std::function<bool(std::string_view)>& names_something_else);

}  // namespace consentflow
