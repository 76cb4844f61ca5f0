// The handler's own products, as the document names them: "腾讯的产品和服务，如QQ、
// 微信等", "我们旗下的产品（例如A、B）". A group's product is the first party, not
// a third party receiving data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace consentflow {

// Product names listed after an offering ("…的产品和服务，如") the first party owns:
// one owned by 我们/本公司, by one of `aliases`, or by `company` or a part of its name.
// `document_text` is normalized (NFKC: "，" reads ",").
std::vector<std::string> find_own_products(std::string_view document_text, const std::vector<std::string>& aliases,
                                           const std::string& company);

}  // namespace consentflow
