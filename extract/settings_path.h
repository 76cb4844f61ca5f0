// Finds a menu path in normalized text: "设置-账号与安全-注销账号", "“我的”>“设置”>“隐私”".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace consentflow {

struct PathMatch {
  std::size_t begin = 0;  // normalized byte offsets
  std::size_t end = 0;
};

// The first run of at least two menu items joined by -, >, →, —, /, whose items
// are short words (quoted or not) rather than numbers or sentences.
std::optional<PathMatch> find_settings_path(std::string_view text);

}  // namespace consentflow
