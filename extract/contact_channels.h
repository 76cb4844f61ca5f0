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

// Phone numbers: 400/800 numbers, +86 numbers, mobile numbers (1[3-9] + 9 digits),
// area-code numbers (0xx-xxxxxxxx) and five-digit service numbers (95xxx, 96xxx).
// Digit runs of other shapes (dates, registration numbers) are not phones.
std::vector<ChannelMatch> find_phones(std::string_view text);

// A five-digit service number ("95516") reads as a phone only next to words such
// as 电话 or 拨打; on its own it could be any figure.
bool is_service_number(std::string_view number);

// A six-digit postal code right after one of `cue_ends` ("邮编：518054").
std::vector<ChannelMatch> find_postal_codes(std::string_view text, const std::vector<std::size_t>& cue_ends);

// A postal address after one of `cue_ends` (byte offsets just past "地址："-like
// cues): the text up to the next clause punctuation when it reads as an address
// (has 省/市/区/路/街/号/楼/室).
std::vector<ChannelMatch> find_addresses(std::string_view text, const std::vector<std::size_t>& cue_ends);

}  // namespace consentflow
