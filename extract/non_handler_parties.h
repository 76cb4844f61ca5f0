// Party names in a sentence that name no handler of its data: where the data
// comes from ("从支付宝获取", "合作方向我们提供"), an account the user signs in with
// ("使用微信账号登录"), a product the user is using ("您在使用QQ时") or a channel to
// the user ("通过短信、微信等方式通知您"). Read as actors or recipients, they turn
// data received into data handed on.
#pragma once

#include <string_view>

#include "extract/sentence_facts.h"

namespace consentflow {

// Removes those mentions from facts.parties (text: the document's normalized text).
void drop_non_handler_parties(std::string_view text, SentenceFacts& facts);

}  // namespace consentflow
