// Finds contact channels in normalized text: e-mail addresses, phone numbers and
// postal addresses.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace consentflow {

struct ChannelMatch {
  std::size_t begin = 0;  // normalized byte offsets
  std::size_t end = 0;
};

std::vector<ChannelMatch> find_emails(std::string_view text);

// Phone numbers: 400/800 numbers, +86 numbers, mobile numbers (1[3-9] + 9 digits)
// and area-code numbers (0xx-xxxxxxxx). Digit runs of other shapes (dates,
// registration numbers) are not phones.
std::vector<ChannelMatch> find_phones(std::string_view text);

// A postal address after one of `cue_ends` (byte offsets just past "地址："-like
// cues): the text up to the next clause punctuation when it reads as an address
// (has 省/市/区/路/街/号/楼/室).
std::vector<ChannelMatch> find_addresses(std::string_view text, const std::vector<std::size_t>& cue_ends);

}  // namespace consentflow
