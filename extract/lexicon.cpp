#include "extract/lexicon.h"

#include <hs/hs.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <tuple>

#include "model/fingerprint.h"
#include "model/gapped_phrase.h"

namespace consentflow {

struct Lexicon::Database {
  hs_database_t* database = nullptr;
  // Never reused, unlike an address, so a thread can tell which databases its scratch fits.
  std::uint64_t serial = next_serial();
  ~Database() { hs_free_database(database); }

  static std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> serials{0};
    return ++serials;
  }
};

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) != 0; }

bool has_latin_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// One scratch per thread, grown to fit every database it scans with; the fit is
// checked once per database, not on every scan (it costs as much as a short scan).
hs_scratch_t* thread_scratch(const hs_database_t* database, std::uint64_t serial) {
  thread_local struct Holder {
    hs_scratch_t* scratch = nullptr;
    std::vector<std::uint64_t> fitted;  // serials of the databases it was grown for
    ~Holder() { hs_free_scratch(scratch); }
  } holder;
  if (std::find(holder.fitted.begin(), holder.fitted.end(), serial) == holder.fitted.end()) {
    if (hs_alloc_scratch(database, &holder.scratch) != HS_SUCCESS) return nullptr;
    holder.fitted.push_back(serial);
  }
  return holder.scratch;
}

// FNV-1a over the patterns and their flags: what an image must have been built from.
std::uint64_t fingerprint(const std::vector<std::string>& patterns, const std::vector<unsigned>& flags) {
  Fingerprint hash;
  for (std::size_t i = 0; i < patterns.size(); ++i)
    hash.mix(patterns[i]).mix(std::string(1, '\0') + std::to_string(flags[i]) + '\0');
  return hash.mix(hs_version()).value();
}

std::string fingerprint_bytes(std::uint64_t fingerprint) {
  std::string bytes(sizeof fingerprint, '\0');
  std::memcpy(bytes.data(), &fingerprint, sizeof fingerprint);
  return bytes;
}

int layer(LexiconKind kind) {
  // Data and parties compete for the same characters; purposes and cues overlay them.
  switch (kind) {
    case LexiconKind::Data:
    case LexiconKind::Party: return 0;
    case LexiconKind::Purpose: return 1;
    case LexiconKind::Cue: return 2;
  }
  return 2;
}

// Vectorscan reports matches by end offset, so sorted by begin they are out of place
// by at most a phrase's length: an insertion sort moves each a few places, where
// std::sort would do log n comparisons for each. Stable, and right for any input.
template <class T, class Less>
void sort_nearly_sorted(std::vector<T>& items, Less less) {
  for (std::size_t i = 1; i < items.size(); ++i) {
    if (!less(items[i], items[i - 1])) continue;
    T item = items[i];
    std::size_t j = i;
    for (; j > 0 && less(item, items[j - 1]); --j) items[j] = items[j - 1];
    items[j] = item;
  }
}

}  // namespace

std::string normalize_phrase(std::string_view phrase) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(phrase);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(phrase.data(), static_cast<int32_t>(phrase.size())));
  const icu::UnicodeString normalized = nfkc->normalize(text, status);
  std::string out;
  if (U_FAILURE(status)) return std::string(phrase);
  normalized.toUTF8String(out);
  return out;
}

std::vector<std::string> normalized_cue_phrases(const Ontology& ontology, std::initializer_list<std::string_view> lists) {
  std::vector<std::string> phrases;
  for (const std::string_view list : lists)
    if (const CueList* cues = ontology.cue_list(std::string(list)))
      for (const std::string& phrase : cues->phrases) phrases.push_back(normalize_phrase(phrase));
  return phrases;
}

Lexicon::~Lexicon() = default;

Result<std::shared_ptr<const Lexicon>> Lexicon::compile(const Ontology& ontology, std::string_view image) {
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  std::map<std::tuple<std::string, int, std::string, bool>, bool> seen;  // (pattern, kind, id, occurrence only)
  std::vector<std::string> patterns;
  std::vector<std::string> gapped_phrases;
  const auto add_pattern = [&](const std::string& pattern, LexiconKind kind, const std::string& id,
                               std::size_t cue_list, bool occurrence_only) {
    if (pattern.empty()) return;
    if (!seen.emplace(std::make_tuple(pattern, static_cast<int>(kind), id, occurrence_only), true).second) return;
    patterns.push_back(pattern);
    lexicon->entries_.push_back({kind, id, pattern.size(), is_word_byte(static_cast<unsigned char>(pattern.front())),
                                 is_word_byte(static_cast<unsigned char>(pattern.back())), cue_list, occurrence_only});
  };
  const auto add = [&](const std::string& raw, LexiconKind kind, const std::string& id, std::size_t cue_list = 0) {
    // Split at the gap before normalising: NFKC turns "…" into "...".
    std::vector<std::string> parts = phrase_parts(raw);
    if (parts.size() != 1 || parts.front().size() != raw.size()) {
      if (parts.size() < 2 || kind != LexiconKind::Cue) return;
      std::string gapped;
      for (const std::string& part : parts) gapped += (gapped.empty() ? "" : "…") + normalize_phrase(part);
      gapped_phrases.push_back(std::move(gapped));
      lexicon->gapped_lists_.push_back(id);
      lexicon->gapped_list_indices_.push_back(cue_list);
      // Its first part in the database tells which sentences may hold it.
      add_pattern(normalize_phrase(parts.front()), kind, id, cue_list, true);
      return;
    }
    add_pattern(normalize_phrase(raw), kind, id, cue_list, false);
  };
  for (const DataType& type : ontology.data_types) {
    add(type.zh, LexiconKind::Data, type.id);
    add(type.en, LexiconKind::Data, type.id);
    for (const std::string& synonym : type.synonyms) add(synonym, LexiconKind::Data, type.id);
  }
  for (const Party& party : ontology.parties) {
    add(party.name, LexiconKind::Party, party.id);
    for (const std::string& alias : party.aliases) add(alias, LexiconKind::Party, party.id);
  }
  for (const Purpose& purpose : ontology.purposes)
    for (const std::string& cue : purpose.cues) add(cue, LexiconKind::Purpose, purpose.id);
  for (std::size_t list = 0; list < ontology.cues.size(); ++list) {
    if (!scans_cue_list(ontology.cues[list].id)) {
      lexicon->unscanned_cue_lists_.push_back(list);
      continue;
    }
    for (const std::string& phrase : ontology.cues[list].phrases)
      add(phrase, LexiconKind::Cue, ontology.cues[list].id, list);
  }
  if (patterns.empty()) return Error{"the ontology has no phrases to match"};
  std::vector<std::string_view> cue_ids;
  for (const Entry& entry : lexicon->entries_)
    if (entry.kind == LexiconKind::Cue) cue_ids.push_back(entry.id);
  std::sort(cue_ids.begin(), cue_ids.end());
  for (std::size_t i = 0; i < lexicon->entries_.size(); ++i) {
    Entry& entry = lexicon->entries_[i];
    entry.order = entry.kind == LexiconKind::Cue
                      ? static_cast<std::size_t>(std::lower_bound(cue_ids.begin(), cue_ids.end(), entry.id) - cue_ids.begin())
                      : i;
  }
  lexicon->gapped_ = PhraseSet(gapped_phrases);

  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    expressions.push_back(patterns[i].data());
    lengths.push_back(patterns[i].size());
    flags.push_back(has_latin_letter(patterns[i]) ? HS_FLAG_CASELESS : 0);
    ids.push_back(static_cast<unsigned>(i));
  }
  lexicon->database_ = std::make_unique<Database>();
  lexicon->fingerprint_ = fingerprint(patterns, flags);
  // A prebuilt image of these very patterns is loaded instead of compiled (45 ms
  // saved per process); any mismatch, or a CPU the image was not built for, compiles.
  const bool loaded = image.size() > sizeof(std::uint64_t) &&
                      image.substr(0, sizeof(std::uint64_t)) == fingerprint_bytes(lexicon->fingerprint_) &&
                      hs_deserialize_database(image.data() + sizeof(std::uint64_t), image.size() - sizeof(std::uint64_t),
                                              &lexicon->database_->database) == HS_SUCCESS;
  hs_compile_error_t* error = nullptr;
  if (!loaded && hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                                      static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK, nullptr,
                                      &lexicon->database_->database, &error) != HS_SUCCESS) {
    std::string message = error && error->message ? error->message : "unknown error";
    const int expression = error ? error->expression : -1;
    hs_free_compile_error(error);
    return Error{"cannot compile the lexicon: " + message +
                 (expression >= 0 ? " (phrase '" + patterns[static_cast<std::size_t>(expression)] + "')" : "")};
  }
  lexicon->from_image_ = loaded;
  if (!thread_scratch(lexicon->database_->database, lexicon->database_->serial))
    return Error{"cannot allocate scratch space for the lexicon"};
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Result<std::string> Lexicon::image() const {
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(database_->database, &bytes, &length) != HS_SUCCESS)
    return Error{"cannot serialise the lexicon"};
  std::string image = fingerprint_bytes(fingerprint_);
  image.append(bytes, length);
  std::free(bytes);  // hs_serialize_database allocates with malloc
  return image;
}

std::vector<LexiconMatch> Lexicon::scan(std::string_view text, std::vector<CueOccurrence>* cue_occurrences) const {
  struct Raw {
    unsigned id;
    std::size_t begin;
    std::size_t end;
  };
  if (cue_occurrences) cue_occurrences->clear();
  hs_scratch_t* scratch = text.empty() ? nullptr : thread_scratch(database_->database, database_->serial);
  if (!scratch) return {};
  // The matches of each layer apart: each is resolved on its own, then the layers merge.
  std::vector<Raw> layers[3];
  struct Context {
    const Lexicon* lexicon;
    std::string_view text;
    std::vector<Raw>* layers;
    std::vector<CueOccurrence>* cue_occurrences;
  } context{this, text, layers, cue_occurrences};
  hs_scan(database_->database, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
          [](unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/, void* data) {
            auto* context = static_cast<Context*>(data);
            const Entry& entry = context->lexicon->entries_[id];
            const std::size_t end = static_cast<std::size_t>(to);
            const std::size_t begin = end - entry.length;
            if (entry.kind == LexiconKind::Cue && context->cue_occurrences)
              context->cue_occurrences->push_back({entry.cue_list, begin, entry.occurrence_only});
            if (entry.occurrence_only) return 0;
            // Latin phrases match whole words only ("OS" not in "POS").
            const std::string_view text = context->text;
            if (entry.latin_start && begin > 0 && is_word_byte(static_cast<unsigned char>(text[begin - 1]))) return 0;
            if (entry.latin_end && end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) return 0;
            context->layers[layer(entry.kind)].push_back({id, begin, end});
            return 0;
          },
          &context);

  // Occurrences starting together may come in any order: readers take them as a set.
  if (cue_occurrences)
    sort_nearly_sorted(*cue_occurrences, [](const CueOccurrence& a, const CueOccurrence& b) { return a.begin < b.begin; });
  // Leftmost-longest per layer: by begin, longer first, then by entry (for cues, by
  // their list id's rank, the order the result needs).
  for (std::vector<Raw>& raw : layers)
    sort_nearly_sorted(raw, [this](const Raw& a, const Raw& b) {
      return std::tie(a.begin, b.end, entries_[a.id].order) < std::tie(b.begin, a.end, entries_[b.id].order);
    });
  std::vector<LexiconMatch> resolved[3];
  for (int l = 0; l < 3; ++l) {
    std::vector<LexiconMatch>& out = resolved[l];
    out.reserve(layers[l].size());
    std::size_t layer_end = 0;
    for (const Raw& match : layers[l]) {
      const Entry& entry = entries_[match.id];
      if (entry.kind == LexiconKind::Cue) {
        // Cue lists overlap by design (收集 is a verb and part of 收集…权限): keep every
        // list's own match; only identical duplicates (adjacent after sorting) go.
        if (!out.empty() && out.back().begin == match.begin && out.back().end == match.end && out.back().id == entry.id)
          continue;
      } else {
        if (match.begin < layer_end) continue;
        layer_end = match.end;
      }
      out.push_back({entry.kind, entry.id, match.begin, match.end});
    }
  }
  // By (begin, longer first, kind, id): each layer is in that order already, and at
  // one span a lower layer's kinds come first.
  const auto before = [](const LexiconMatch& a, const LexiconMatch& b) {
    return std::tie(a.begin, b.end, a.kind) < std::tie(b.begin, a.end, b.kind);
  };
  std::vector<LexiconMatch> lower;
  lower.reserve(resolved[0].size() + resolved[1].size());
  std::merge(resolved[0].begin(), resolved[0].end(), resolved[1].begin(), resolved[1].end(), std::back_inserter(lower), before);
  std::vector<LexiconMatch> matches;
  matches.reserve(lower.size() + resolved[2].size());
  std::merge(lower.begin(), lower.end(), resolved[2].begin(), resolved[2].end(), std::back_inserter(matches), before);
  return matches;
}

}  // namespace consentflow
