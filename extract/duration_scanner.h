// Finds stated durations ("6个月", "三年", "180天", "15个工作日") in normalized text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace consentflow {

// A duration: normalized byte offsets [begin, end) of number and unit.
struct DurationMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Arabic or Chinese numerals followed by 天/日/周/星期/个月/月/年/小时/工作日.
// Calendar dates ("2021年5月1日"), ages ("十四周岁") and years are not durations.
std::vector<DurationMatch> find_durations(std::string_view text);

}  // namespace consentflow
