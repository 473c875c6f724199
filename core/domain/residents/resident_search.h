#pragma once
// The resident search box: one text, three ways to find people.
//  - digits: a 12-digit personal ID (exact) or its first ≥ 4 digits; a phone number (any form
//    normalizeVietnamesePhone accepts) or its first ≥ 4 digits;
//  - words: every typed word must be the start of some word of the name, diacritics and đ
//    folded ("nguyen van" and "dung ng" find "Nguyễn Văn Dũng"; "dang" finds "Đặng Thị Hoa").
// Results are sorted the Vietnamese way, given name first (VietnameseNameCollator).
//
// Speed at 1M residents: the rarest typed word (by the "residents.token_count" counters) drives
// the lookup; its entries in the token index carry the folded name, so the other words filter them
// without a lookup per candidate. When matches are dense — the list walk is estimated (from the
// counters) to read fewer entries than the token scan, or even the rarest word is over the scan
// cap — the list index is walked in name order and filtered until enough are found; a walk that
// overruns its estimate falls back to the scan. Up to the exact-sort limit all matches are sorted with the collator; beyond it the first
// ones in folded list order are taken, then sorted (and `more` is set).

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
    static constexpr int kWalkCap = 300000; // list entries examined at most on the dense path

    ResidentSearch(storage::Vault& vault, const RoleCatalog& roles);

    Result<SearchResult> search(const QString& text, int limit = 50);

    // Tuning (and tests): token entries scanned at most for one word before the dense path is
    // taken (default 60,000), and matches sorted exactly with the collator (default 500).
    void setLimits(int scanCap, int exactSortMax)
    {
        m_scanCap = scanCap;
        m_exactSortMax = exactSortMax;
    }

private:
    struct Match
    {
        QString id;
        QString nameFolded;
    };

    Result<QStringList> digitCandidates(const QString& digits, const QString& typed, int limit, bool* more);
    Result<QList<Match>> nameMatches(const QStringList& words, int limit, bool* more);
    // Every resident with an entry for the word's prefix whose name matches all words.
    Result<QList<Match>> scanTokens(const QString& rarest, const QList<QByteArray>& words);
    // The first `want` matches in list order; nullopt when `budget` entries were read first
    // (unless budget is the walk cap, which ends the search with `more`).
    Result<std::optional<QList<Match>>> walkList(const QList<QByteArray>& words, int want, qint64 budget,
                                                 bool* more);
    Result<qint64> residentTotal();
    Result<qint64> estimate(const QString& word);
    Result<QList<Resident>> fetch(const QStringList& ids);

    storage::Vault& m_vault;
    RecordAccess m_access;
    text::VietnameseNameCollator m_collator;
    int m_scanCap = 60000;
    int m_exactSortMax = 500;
};

} // namespace xaso::domain
