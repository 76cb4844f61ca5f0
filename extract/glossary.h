// Glossaries name data types without processing them: "个人敏感信息：包括身份证件号码、
// 个人生物识别信息…", "本政策中的“个人信息”是指…", and whatever a section headed 定义
// or 释义 says. Practices are not read from them.
#pragma once

#include "extract/sentence_facts.h"

namespace consentflow {

// A sentence that defines a term: a definition cue near its start, and no first
// party in it ("设备信息：我们会收集…" states a practice).
bool defines_a_term(const SentenceFacts& sentence);

// A heading that opens a glossary section ("第一部分 定义", "释义").
bool heads_a_glossary(const SentenceFacts& heading);

}  // namespace consentflow
