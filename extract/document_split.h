// Finds the legal documents on a page: a page often holds a user agreement and a
// privacy policy one after the other, framed by site chrome (menus, download
// links, 备案 numbers, copyright). Each titled document becomes a Document; the
// chrome before the first title and after the last document belongs to none.
#pragma once

#include <vector>

#include "model/document.h"
#include "model/normalized_text.h"

namespace consentflow {

std::vector<Document> split_documents(const NormalizedText& text);

// The kind a title names: 隐私/个人信息/privacy → privacy policy; 协议/条款/terms →
// agreement; anything else → other.
DocumentKind document_kind_of_title(std::string_view title);

}  // namespace consentflow
