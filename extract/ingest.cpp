#include "extract/ingest.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "extract/document_split.h"
#include "extract/encoding.h"
#include "extract/html_text.h"
#include "extract/markdown_text.h"
#include "extract/text_normalizer.h"
#include "extract/wrapped_lines.h"
#include "model/utf8.h"

namespace consentflow {
namespace {

std::string megabytes(std::size_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buffer;
}

Error too_large(const std::string& name, std::size_t size, std::size_t limit) {
  return Error{"file is " + megabytes(size) + ", larger than --max-bytes " + megabytes(limit), name};
}

bool only_whitespace(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = utf8::decode(text, pos);
    if (!(c == U' ' || c == U'\n' || c == U'\r' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' ||
          c == U'\uFEFF'))
      return false;
  }
  return true;
}

}  // namespace

Result<Analysis> ingest_bytes(std::string_view bytes, const std::string& name,
                              const IngestOptions& options) {
  if (bytes.size() > options.max_bytes) return too_large(name, bytes.size(), options.max_bytes);
  if (bytes.empty()) return Error{"empty file", name};
  if (const std::string kind = binary_kind(bytes); !kind.empty())
    return Error{"binary data (looks like " + kind + "), not a text document", name};
  Result<DecodedText> decoded = decode_bytes(bytes);
  if (!decoded.ok()) return Error{decoded.error().what, name};
  if (only_whitespace(decoded->utf8)) return Error{"empty file (only whitespace)", name};

  Analysis analysis;
  analysis.file = name;
  analysis.encoding = decoded->encoding;
  if (decoded->replaced > 0)
    analysis.warnings.push_back("replaced " + std::to_string(decoded->replaced) +
                                " invalid byte sequence" + (decoded->replaced == 1 ? "" : "s") +
                                " with U+FFFD");
  TextStream stream;
  if (looks_like_html(decoded->utf8)) {
    Result<TextStream> visible = html_visible_text(decoded->utf8);
    if (!visible.ok()) return Error{visible.error().what, name};
    stream = std::move(visible).value();
  } else {
    stream = TextStream::of(utf8::decode_all(decoded->utf8));
    if (looks_like_markdown(decoded->utf8)) stream = strip_markdown(stream);
  }
  stream = join_wrapped_lines(stream);
  analysis.normalized = normalize_for_matching(stream);
  analysis.source = SourceText(std::move(decoded).value().utf8);
  if (only_whitespace(analysis.normalized.text())) return Error{"no visible text", name};
  analysis.documents = split_documents(analysis.normalized);
  return analysis;
}

Result<Analysis> ingest_file(const std::string& path, const IngestOptions& options) {
  namespace fs = std::filesystem;
  if (path == "-") {
    std::string bytes;
    char buffer[1 << 16];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      bytes.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (bytes.size() > options.max_bytes) return too_large("-", bytes.size(), options.max_bytes);
    }
    return ingest_bytes(bytes, "-", options);
  }
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) return Error{"no such file", path};
  if (fs::is_directory(status)) return Error{"is a directory, not a file", path};
  if (fs::is_regular_file(status)) {
    const std::uintmax_t size = fs::file_size(path, error);
    if (!error && size > options.max_bytes) return too_large(path, size, options.max_bytes);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open the file (permission denied?)", path};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{"read error", path};
  return ingest_bytes(bytes, path, options);
}

}  // namespace consentflow
