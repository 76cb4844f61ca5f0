// The speed floor: what any Chinese text pipeline must at least do — decode the
// bytes, NFKC-normalise, and run ICU sentence and word break — over the same files
// consentflow reads. bench/run compares consentflow's end-to-end time with this.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int32_t count_boundaries(icu::BreakIterator& iterator, const icu::UnicodeString& text) {
  iterator.setText(text);
  int32_t count = 0;
  for (int32_t at = iterator.first(); at != icu::BreakIterator::DONE; at = iterator.next()) ++count;
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: floor FILE...\n");
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "floor: ICU: %s\n", u_errorName(status));
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  long long bytes = 0, sentence_count = 0, word_count = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string data = read_file(argv[i]);
    bytes += static_cast<long long>(data.size());
    const icu::UnicodeString decoded = icu::UnicodeString::fromUTF8(data);
    const icu::UnicodeString normalized = nfkc->normalize(decoded, status);
    sentence_count += count_boundaries(*sentences, normalized);
    word_count += count_boundaries(*words, normalized);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files=%d bytes=%lld sentences=%lld words=%lld seconds=%.4f\n", argc - 1, bytes,
              sentence_count, word_count, seconds);
  return U_FAILURE(status) ? 2 : 0;
}
