// FNV-1a, 64 bits: the fingerprint of what a build-time image was made from
// (the lexicon's phrases, the ontology's YAML), compared when the image is loaded.
#pragma once

#include <cstdint>
#include <string_view>

namespace consentflow {

class Fingerprint {
 public:
  Fingerprint& mix(std::string_view bytes) {
    for (const char c : bytes) hash_ = (hash_ ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return *this;
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 14695981039346656037ull;
};

}  // namespace consentflow
