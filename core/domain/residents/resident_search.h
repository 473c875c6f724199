#pragma once
// The resident search box: one text, three ways to find people.
//  - digits: a 12-digit personal ID (exact) or its first ≥ 4 digits; a phone number (any form
//    normalizeVietnamesePhone accepts) or its first ≥ 4 digits;
//  - words: every typed word must be the start of some word of the name, diacritics and đ
//    folded ("nguyen van" and "dung ng" find "Nguyễn Văn Dũng"; "dang" finds "Đặng Thị Hoa").
// Results are sorted the Vietnamese way, given name first (VietnameseNameCollator).
//
// Which matches: up to the exact-sort limit (500) every match, sorted with the collator; beyond
// it the first `limit` in folded list order (given name, folded name, id), then sorted, and `more`.
// (Only a one- or two-letter word that starts more than kMaxStreams words walks the list instead
// and sorts the first `limit` + 1 it finds.)
//
// Speed at 1M residents (p95 < 5 ms, bench/README.md). The name index (resident_name_index,
// schema v10) has an entry per word of a name and per unordered pair of its words, keyed in list
// order and carrying the folded and the full name. A search picks the pair of typed words expected
// (from the "residents.token_count" counters) to share the fewest names, or the rarest word alone,
// expands each typed prefix to the words of the index it starts ("du" → duc, dung, duy…, one seek
// each), and merges those keys' entries in list order, filtering by the other typed words on the
// folded name. The merge stops at 501 matches: fewer, and every match is known and sorted with the
// collator from the full names in the index; more, and the first `limit` in list order are the
// answer. Only the residents shown are read from the residents table. "la dung" thus reads the
// names holding both words, not the 20,000 holding "dung"; "dun" or "nguyen" read 501 entries.
//
// Rejected: an in-memory posting list per open vault (≈ 60 MB at 1M, rebuilt after every write
// from sync, a second at 1M); the word entries alone in list order (a whole name's rarest word is
// still thousands of entries, and its matches cluster at one given name); FTS (DESIGN.md).

#include "domain/residents/record_access.h"
#include "domain/residents/resident.h"
#include "text/name_collator.h"

#include <optional>

namespace xaso::domain {

struct SearchResult
{
    QList<Resident> hits; // without the sensitive fields
    bool more = false;    // there are more matches than returned: type more to narrow
};

class ResidentSearch
{
public:
    static constexpr int kWalkCap = 300000; // index entries examined at most for one search
    static constexpr int kMaxStreams = 128; // (word, partner) ranges merged at most, else the walk

    ResidentSearch(storage::Vault& vault, const RoleCatalog& roles);

    Result<SearchResult> search(const QString& text, int limit = 50);

    // Tuning (and tests): matches sorted exactly with the collator (default 500), and entries
    // counted at most in the index when a word has no counter (default 4,000).
    void setLimits(int scanCap, int exactSortMax)
    {
        m_scanCap = scanCap;
        m_exactSortMax = exactSortMax;
    }

private:
    struct Match
    {
        QString id;
        QByteArray idUtf8;
        QString fullName; // as stored, for the collator (empty from the list walk)
    };
    struct Matches
    {
        QList<Match> list;    // in list order
        bool complete = true; // every match is in the list
        bool hasNames = true; // fullName is filled
    };

    Result<QStringList> digitCandidates(const QString& digits, const QString& typed, int limit, bool* more);
    // The ids to show, at most `limit`: the first the Vietnamese way when every match is known
    // and they are few, else the first in list order (and `more`).
    Result<QStringList> nameMatches(const QStringList& words, int limit, bool* more);
    // The words of the index starting with `prefix`, up to max + 1.
    Result<QStringList> completions(const QString& prefix, int max);
    // The first `stopAfter` matches of every typed word in the (word, partner) ranges, merged in
    // list order; `complete` when every range was read to its end.
    Result<Matches> merge(const QList<std::pair<QString, QString>>& keys, const QList<QByteArray>& words,
                          int stopAfter);
    // The first `want` matches in list order, walking the list index.
    Result<Matches> walkList(const QList<QByteArray>& words, int want);
    Result<qint64> residentTotal();
    Result<qint64> estimate(const QString& word);
    // The most names one word starting with `prefix` is held by (its counter).
    Result<qint64> largestCount(const QString& prefix);
    Result<QList<Resident>> fetch(const QStringList& ids);

    storage::Vault& m_vault;
    RecordAccess m_access;
    text::VietnameseNameCollator m_collator;
    int m_scanCap = 4000;
    int m_exactSortMax = 500;
};

} // namespace xaso::domain
