#include "domain/residents/resident_search.h"

#include "domain/residents/resident_record.h"
#include "text/folding.h"
#include "text/names.h"
#include "text/phone.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

// Everything that sorts after any text starting with the prefix (BINARY collation on UTF-8).
QString prefixEnd(const QString& prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

QString digitPrefixEnd(const QString& digits)
{
    return digits + QLatin1Char(':'); // ':' follows '9' in ASCII
}

// Every typed word starts some word of the folded name. Works on the UTF-8 bytes straight from
// SQLite (a byte prefix of UTF-8 is a code-point prefix; words are separated by ASCII spaces), so
// the candidate filter allocates nothing: it runs for every entry a search examines.
bool matchesAll(QByteArrayView name, const QList<QByteArray>& words)
{
    for (const QByteArray& w : words) {
        bool found = false;
        for (qsizetype start = 0; start >= 0 && start < name.size();) {
            if (name.sliced(start).startsWith(w)) {
                found = true;
                break;
            }
            start = name.indexOf(' ', start);
            if (start >= 0)
                ++start;
        }
        if (!found)
            return false;
    }
    return true;
}

// The typed text as digits when it is a number (spaces, dots, dashes, parentheses and a leading
// + allowed), else empty.
QString asDigits(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!(c == u' ' || c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'+'))
            return {};
    }
    return digits;
}

Status collectIds(storage::Statement& st, QStringList& out, QSet<QString>& seen, int max)
{
    for (;;) {
        if (max >= 0 && out.size() >= max)
            break;
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString id = st.text(0);
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    st.reset();
    return {};
}

} // namespace

ResidentSearch::ResidentSearch(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles)
{
}

Result<SearchResult> ResidentSearch::search(const QString& text, int limit)
{
    XASO_TRY(m_access.require(RecordKind::Residents, Access::Read));
    limit = std::clamp(limit, 1, 1000);
    SearchResult result;
    const QString typed = text::normalizeInput(text);
    if (typed.isEmpty())
        return result;

    QStringList ids;
    bool more = false;
    const QString digits = asDigits(typed);
    if (!digits.isEmpty()) {
        if (digits.size() < 4)
            return result; // too short to mean anything; avoids listing everyone
        auto found = digitCandidates(digits, typed, limit, &more);
        if (!found)
            return found.error();
        ids = *found;
    } else {
        auto found = nameMatches(text::searchTokens(typed), limit, &more);
        if (!found)
            return found.error();
        QList<Match>& matches = *found;
        if (matches.size() > m_exactSortMax) {
            // Too many to sort with the collator: the first ones in folded list order.
            auto key = [](const Match& m) {
                return std::tuple(
                    QStringView(m.nameFolded).mid(m.nameFolded.lastIndexOf(QLatin1Char(' ')) + 1),
                    QStringView(m.nameFolded), QStringView(m.id));
            };
            std::partial_sort(matches.begin(), matches.begin() + limit, matches.end(),
                              [&](const Match& a, const Match& b) { return key(a) < key(b); });
            matches.resize(limit);
            more = true;
        }
        for (const Match& m : std::as_const(matches))
            ids.append(m.id);
    }
    auto rows = fetch(ids);
    if (!rows)
        return rows.error();

    QList<text::NameParts> parts;
    parts.reserve(rows->size());
    for (const Resident& r : std::as_const(*rows))
        parts.append(text::splitVietnameseName(r.fullName));
    QList<qsizetype> order(rows->size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int c = m_collator.compare(parts.at(a), parts.at(b));
        return c != 0 ? c < 0 : rows->at(a).id < rows->at(b).id;
    });
    for (const qsizetype i : std::as_const(order)) {
        if (result.hits.size() == limit) {
            more = true;
            break;
        }
        result.hits.append(rows->at(i));
    }
    result.more = more;
    return result;
}

Result<QStringList> ResidentSearch::digitCandidates(const QString& digits, const QString& typed, int limit,
                                                    bool* more)
{
    storage::Database& db = m_vault.db();
    QStringList ids;
    QSet<QString> seen;
    // Personal ID: exact, or the first digits.
    auto byId =
        db.cached("SELECT id FROM residents WHERE id >= ? AND id < ? AND deleted = 0 ORDER BY id LIMIT ?");
    if (!byId)
        return byId.error();
    if (digits.size() == 12)
        (*byId)->bind(1, digits).bind(2, digits + QLatin1Char('\x01'));
    else
        (*byId)->bind(1, digits).bind(2, digitPrefixEnd(digits));
    (*byId)->bind(3, qint64(limit) + 1);
    XASO_TRY(collectIds(**byId, ids, seen, -1));
    if (ids.size() > limit)
        *more = true;

    // Phone: the whole number in any accepted form, or the first digits of the national form.
    QString phone;
    bool exact = false;
    if (auto normalised = text::normalizeVietnamesePhone(typed)) {
        phone = *normalised;
        exact = true;
    } else if (digits.startsWith(u"84"_s) && digits.size() > 4) {
        phone = u"0"_s + digits.mid(2);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        phone = digits;
    }
    if (!phone.isEmpty()) {
        auto byPhone = db.cached("SELECT id FROM residents WHERE phone >= ? AND phone < ? AND deleted = 0 "
                                 "ORDER BY phone LIMIT ?");
        if (!byPhone)
            return byPhone.error();
        (*byPhone)->bind(1, phone).bind(2, exact ? phone + QLatin1Char('\x01') : digitPrefixEnd(phone));
        (*byPhone)->bind(3, qint64(limit) + 1);
        const qsizetype before = ids.size();
        XASO_TRY(collectIds(**byPhone, ids, seen, -1));
        if (ids.size() - before > limit)
            *more = true;
    }
    return ids;
}

Result<qint64> ResidentSearch::estimate(const QString& word)
{
    auto st = m_vault.db().cached("SELECT ifnull(sum(value), 0) FROM aggregates WHERE name = 'residents.token_count' "
                                  "AND k1 >= ? AND k1 < ?");
    if (!st)
        return st.error();
    (*st)->bind(1, word).bind(2, prefixEnd(word));
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const qint64 n = *row ? (*st)->int64(0) : 0;
    (*st)->reset();
    if (n > 0)
        return n;
    // No counter: a rare word, or tokens written without counters (e.g. by an older replica).
    // Count in the index itself, up to the scan cap, so a stale counter never hides a match.
    auto probe = m_vault.db().cached("SELECT count(*) FROM (SELECT 1 FROM resident_tokens WHERE token >= ? AND "
                                     "token < ? LIMIT ?)");
    if (!probe)
        return probe.error();
    (*probe)->bind(1, word).bind(2, prefixEnd(word)).bind(3, qint64(m_scanCap) + 1);
    auto counted = (*probe)->step();
    if (!counted)
        return counted.error();
    const qint64 c = *counted ? (*probe)->int64(0) : 0;
    (*probe)->reset();
    return c;
}

Result<qint64> ResidentSearch::residentTotal()
{
    auto st = m_vault.db().cached("SELECT ifnull(sum(value), 0) FROM aggregates WHERE name = 'residents.total'");
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const qint64 n = *row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return n;
}

Result<QList<ResidentSearch::Match>> ResidentSearch::nameMatches(const QStringList& words, int limit,
                                                                 bool* more)
{
    QList<Match> out;
    if (words.isEmpty())
        return out;
    auto total = residentTotal();
    if (!total)
        return total.error();
    // The cost of each way, in index entries read: scanning the rarest word's token entries reads
    // all of them; walking the list reads about want / density entries, where density is the share
    // of residents matching every word (estimated from the counters as if words were independent).
    const int want = limit + 1 + 16; // a little slack covers deleted records, which fetch() drops
    qint64 best = -1;
    QString rarest;
    double density = 1.0;
    for (const QString& w : words) {
        auto n = estimate(w);
        if (!n)
            return n.error();
        if (best < 0 || *n < best) {
            best = *n;
            rarest = w;
        }
        density *= std::min(1.0, double(*n) / double(std::max<qint64>(1, *total)));
    }
    if (best == 0)
        return out;
    QList<QByteArray> utf8;
    for (const QString& w : words)
        utf8.append(w.toUtf8());
    const double walkEstimate = density > 0 ? want / density : double(kWalkCap);
    if (best > m_scanCap || walkEstimate < double(best)) {
        // Matches are dense: walk the list order and keep the first ones. When the estimate was
        // wrong (words that go together less often than chance), give up early and scan instead.
        const qint64 budget = best > m_scanCap ? kWalkCap : std::max<qint64>(qint64(4 * walkEstimate), 4000);
        auto walked = walkList(utf8, want, budget, more);
        if (!walked)
            return walked.error();
        if (*walked)
            return std::move(**walked);
    }
    return scanTokens(rarest, utf8);
}

Result<QList<ResidentSearch::Match>> ResidentSearch::scanTokens(const QString& rarest,
                                                                const QList<QByteArray>& words)
{
    QList<Match> out;
    auto st = m_vault.db().cached("SELECT resident_id, name_folded FROM resident_tokens WHERE token >= ? AND "
                                  "token < ?");
    if (!st)
        return st.error();
    (*st)->bind(1, rarest).bind(2, prefixEnd(rarest));
    QSet<QString> seen; // a name with two words starting with the prefix has two entries
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (!matchesAll((*st)->textView(1), words))
            continue;
        const QString id = (*st)->text(0);
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append({id, (*st)->text(1)});
        }
    }
    (*st)->reset();
    return out;
}

Result<std::optional<QList<ResidentSearch::Match>>>
ResidentSearch::walkList(const QList<QByteArray>& words, int want, qint64 budget, bool* more)
{
    QList<Match> out;
    auto st = m_vault.db().cached("SELECT id, name_folded FROM residents INDEXED BY residents_sort "
                                  "ORDER BY given_name_folded, name_folded, id");
    if (!st)
        return st.error();
    std::optional<QList<Match>> result;
    for (qint64 scanned = 0;; ++scanned) {
        if (scanned >= budget) {
            if (budget >= kWalkCap) {
                *more = true;
                result = std::move(out);
            }
            break; // else: over the estimate; the caller scans the token index instead
        }
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row) {
            result = std::move(out);
            break;
        }
        if (matchesAll((*st)->textView(1), words)) {
            out.append({(*st)->text(0), (*st)->text(1)});
            if (out.size() >= want) {
                *more = true;
                result = std::move(out);
                break;
            }
        }
    }
    (*st)->reset();
    return result;
}

Result<QList<Resident>> ResidentSearch::fetch(const QStringList& ids)
{
    static const QByteArray sql =
        u"SELECT %1 FROM residents WHERE id = ? AND deleted = 0"_s.arg(residents::selectColumns(false))
            .toUtf8();
    auto st = m_vault.db().cached(sql.constData());
    if (!st)
        return st.error();
    QList<Resident> out;
    for (const QString& id : ids) {
        (*st)->bind(1, id);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (*row)
            out.append(residents::fromRow(**st, false));
        (*st)->reset();
    }
    return out;
}

} // namespace xaso::domain
