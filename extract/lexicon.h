// The lexicon: every surface form of the ontology (data types, parties, purpose
// cues, cue lists) compiled once into one Vectorscan literal database and
// scanned over a whole document in one pass. The compiled lexicon is immutable
// and shared by all threads; each thread brings its own scratch space.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/ontology.h"
#include "model/phrase_set.h"
#include "model/result.h"

namespace consentflow {

enum class LexiconKind { Data, Party, Purpose, Cue };

struct LexiconMatch {
  LexiconKind kind = LexiconKind::Data;
  std::string_view id;     // data type, party, purpose or cue list id (owned by the lexicon)
  std::size_t begin = 0;   // normalized bytes
  std::size_t end = 0;
};

// Where a phrase of a cue list occurs (for a gapped phrase, its first part), with
// word boundaries and the rest of the phrase unchecked: a sentence without one
// surely does not hold the list, so later readers can skip it.
struct CueOccurrence {
  std::size_t list = 0;   // index in Ontology::cues
  std::size_t begin = 0;  // normalized bytes
  bool gapped_start = false;  // the first part of a gapped phrase, whose rest is yet to be found
};

class Lexicon {
 public:
  // Compiles the ontology's phrases into one Vectorscan database. `image`, when
  // given, is the output of image() for a lexicon built earlier (at build time for
  // the embedded ontology); it is used if it was built from the same phrases.
  static Result<std::shared_ptr<const Lexicon>> compile(const Ontology& ontology, std::string_view image = {});
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Every match in `text`, sorted by (begin, longer first). Data and party
  // matches are resolved together leftmost-longest (设备识别码 beats 设备; 微信号 is
  // data, not the party 微信); purposes and cues keep their own longest matches.
  // `cue_occurrences`, when given, receives every cue occurrence, sorted by begin.
  std::vector<LexiconMatch> scan(std::string_view text, std::vector<CueOccurrence>* cue_occurrences = nullptr) const;

  // Cue phrases with a gap ("继续使用…视为"), whose parts must occur in order within
  // one sentence: Vectorscan's literal scan cannot see them, so each is matched
  // where scan() reports its first part (CueOccurrence::gapped_start).
  // gapped_cue_list(match.phrase) is the cue list a match belongs to.
  const PhraseSet& gapped_cues() const { return gapped_; }
  const std::string& gapped_cue_list(std::size_t phrase) const { return gapped_lists_[phrase]; }
  std::size_t gapped_cue_list_index(std::size_t phrase) const { return gapped_list_indices_[phrase]; }
  std::size_t pattern_count() const { return entries_.size(); }
  // Cue lists the scan leaves out: the CA4P span reader's own vocabulary (ca4p_*,
  // single characters such as 人, 为, 时 among them), read through
  // normalized_cue_phrases. Scanning them would add matches every document pays for.
  static bool scans_cue_list(std::string_view id) { return !id.starts_with("ca4p_"); }
  // Their indices in Ontology::cues: a sentence may hold any of them.
  const std::vector<std::size_t>& unscanned_cue_lists() const { return unscanned_cue_lists_; }
  // The compiled database with the fingerprint of its phrases, to pass back to compile().
  Result<std::string> image() const;
  bool loaded_from_image() const { return from_image_; }

 private:
  struct Entry {
    LexiconKind kind;
    std::string id;
    std::size_t length;  // pattern bytes
    bool latin_start;    // needs a word boundary before it
    bool latin_end;      // needs a word boundary after it
    std::size_t cue_list;  // index in Ontology::cues, for cues
    bool occurrence_only;  // a gapped phrase's first part: reported as an occurrence, never as a match
    // Orders matches of one span: a cue's rank of its list id among cue list ids (the
    // order scan() returns them in), otherwise the entry's own index.
    std::size_t order = 0;
  };
  Lexicon() = default;

  struct Database;
  std::unique_ptr<Database> database_;
  std::uint64_t fingerprint_ = 0;
  bool from_image_ = false;
  std::vector<Entry> entries_;
  PhraseSet gapped_;
  std::vector<std::string> gapped_lists_;  // by phrase of gapped_
  std::vector<std::size_t> gapped_list_indices_;  // by phrase of gapped_: its list's index in Ontology::cues
  std::vector<std::size_t> unscanned_cue_lists_;
};

// NFKC of a phrase, so ontology phrases match normalized text.
std::string normalize_phrase(std::string_view phrase);

// The phrases of the ontology's cue lists, in order, each normalized; a list the
// ontology lacks adds none.
std::vector<std::string> normalized_cue_phrases(const Ontology& ontology, std::initializer_list<std::string_view> lists);

}  // namespace consentflow
