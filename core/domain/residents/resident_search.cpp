#include "domain/residents/resident_search.h"

#include "domain/residents/resident_record.h"
#include "text/folding.h"
#include "text/names.h"
#include "text/phone.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>
#include <vector>

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

// The first column of a one-row answer as an integer (0 when there is no row); resets the
// statement so it holds no read snapshot.
Result<qint64> firstInt64(storage::Statement& st)
{
    auto row = st.step();
    if (!row)
        return row.error();
    const qint64 n = *row ? st.int64(0) : 0;
    st.reset();
    return n;
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

    // (Not one read transaction around the whole search, though it saves ~10 %: the app's sync
    // worker shares this connection, and its BEGIN IMMEDIATE would fail inside ours.)
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
        ids = *found;
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
    auto st = m_vault.db().cached(
        "SELECT ifnull(sum(value), 0) FROM aggregates WHERE name = 'residents.token_count' "
        "AND k1 >= ? AND k1 < ?");
    if (!st)
        return st.error();
    (*st)->bind(1, word).bind(2, prefixEnd(word));
    auto n = firstInt64(**st);
    if (!n)
        return n.error();
    if (*n > 0)
        return n;
    // No counter: a rare word, or entries written without counters (e.g. by an older replica).
    // Count the words' single entries in the index itself, up to the scan cap, so a stale counter
    // never hides a match.
    auto probe = m_vault.db().cached("SELECT count(*) FROM (SELECT 1 FROM resident_name_index WHERE word >= ? "
                                     "AND word < ? AND partner = '' LIMIT ?)");
    if (!probe)
        return probe.error();
    (*probe)->bind(1, word).bind(2, prefixEnd(word)).bind(3, qint64(m_scanCap) + 1);
    auto c = firstInt64(**probe);
    if (!c)
        return c.error();
    return c;
}

Result<qint64> ResidentSearch::largestCount(const QString& prefix)
{
    auto st = m_vault.db().cached("SELECT ifnull(max(value), 0) FROM aggregates WHERE name = "
                                  "'residents.token_count' AND k1 >= ? AND k1 < ?");
    if (!st)
        return st.error();
    (*st)->bind(1, prefix).bind(2, prefixEnd(prefix));
    auto n = firstInt64(**st);
    if (!n)
        return n.error();
    return n;
}

Result<qint64> ResidentSearch::residentTotal()
{
    auto st =
        m_vault.db().cached("SELECT ifnull(sum(value), 0) FROM aggregates WHERE name = 'residents.total'");
    if (!st)
        return st.error();
    auto n = firstInt64(**st);
    if (!n)
        return n.error();
    return n;
}

Result<QStringList> ResidentSearch::nameMatches(const QStringList& words, int limit, bool* more)
{
    QStringList ids;
    if (words.isEmpty())
        return ids;
    auto total = residentTotal();
    if (!total)
        return total.error();
    const double residents = double(std::max<qint64>(1, *total));
    QList<qint64> counts;
    for (const QString& w : words) {
        auto n = estimate(w);
        if (!n)
            return n.error();
        if (*n == 0)
            return ids; // no word of any name starts with this one
        counts.append(*n);
    }
    QList<QByteArray> utf8;
    for (const QString& w : words)
        utf8.append(w.toUtf8());
    QHash<qsizetype, QStringList> comps; // index words starting with each typed word, when asked
    auto completionsOf = [&](qsizetype i) -> Result<QStringList> {
        if (!comps.contains(i)) {
            auto c = completions(words.at(i), kMaxStreams);
            if (!c)
                return c.error();
            comps.insert(i, *c);
        }
        return comps.value(i);
    };

    // The index keys to merge: the pair of typed words expected to share the fewest names (as if
    // words were independent), every (word, partner) they can stand for; else the rarest word's
    // words. Typed words that are prefixes of each other may both match one word of a name, which
    // has no pair.
    QList<std::pair<QString, QString>> keys;
    QList<std::pair<double, std::pair<qsizetype, qsizetype>>> pairs;
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            if (!utf8.at(i).startsWith(utf8.at(j)) && !utf8.at(j).startsWith(utf8.at(i)))
                pairs.append({double(counts.at(i)) * double(counts.at(j)) / residents, {i, j}});
        }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [estimated, ij] : std::as_const(pairs)) {
        auto ci = completionsOf(ij.first);
        if (!ci)
            return ci.error();
        auto cj = completionsOf(ij.second);
        if (!cj)
            return cj.error();
        if (qint64(ci->size()) * cj->size() > kMaxStreams)
            continue; // two short prefixes: too many combinations
        for (const QString& a : std::as_const(*ci)) {
            for (const QString& b : std::as_const(*cj))
                keys.append(a.toUtf8() < b.toUtf8() ? std::pair(a, b) : std::pair(b, a));
        }
        break;
    }
    if (keys.isEmpty()) {
        const qsizetype r = std::min_element(counts.cbegin(), counts.cend()) - counts.cbegin();
        auto cr = completionsOf(r);
        if (!cr)
            return cr.error();
        if (cr->size() <= kMaxStreams) {
            for (const QString& w : std::as_const(*cr))
                keys.append({w, QStringLiteral("")}); // a word alone: partner ''
        }
    }

    int stopAfter = std::max(limit, m_exactSortMax) + 1;
    if (words.size() == 1 && !keys.isEmpty()) {
        // One word: every entry of its words matches, so one word held by more names than the
        // exact sort takes settles it: the first `limit` in list order are the answer.
        auto largest = largestCount(words.constFirst());
        if (!largest)
            return largest.error();
        if (*largest > m_exactSortMax)
            stopAfter = limit + 1;
    }
    Matches found;
    if (!keys.isEmpty()) {
        auto merged = merge(keys, utf8, stopAfter);
        if (!merged)
            return merged.error();
        found = std::move(*merged);
    } else {
        // A letter or two that starts too many words: walk the list order itself.
        auto walked = walkList(utf8, limit + 1);
        if (!walked)
            return walked.error();
        found = std::move(*walked);
    }

    QList<Match>& list = found.list;
    if (found.complete && !found.hasNames) {
        for (const Match& m : std::as_const(list))
            ids.append(m.id); // a walked small vault: search() sorts them with the collator
        return ids;
    }
    if (found.complete && list.size() <= m_exactSortMax) {
        // Every match: the first `limit` the Vietnamese way, from the names the index carries.
        QList<text::NameParts> parts;
        parts.reserve(list.size());
        for (const Match& m : std::as_const(list))
            parts.append(text::splitVietnameseName(m.fullName));
        QList<qsizetype> order(list.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const int c = m_collator.compare(parts.at(a), parts.at(b));
            return c != 0 ? c < 0 : list.at(a).id < list.at(b).id;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(limit, order.size()); ++i)
            ids.append(list.at(order.at(i)).id);
        *more = list.size() > limit;
        return ids;
    }
    // Too many to sort with the collator (or not all read): the first ones in list order.
    *more = true;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, list.size()); ++i)
        ids.append(list.at(i).id);
    return ids;
}

Result<QStringList> ResidentSearch::completions(const QString& prefix, int max)
{
    // Skip from word to word: each step is one seek in the index, however many entries a word has.
    auto st =
        m_vault.db().cached("SELECT word FROM resident_name_index WHERE word >= ? AND word < ? LIMIT 1");
    if (!st)
        return st.error();
    QStringList out;
    QString from = prefix;
    const QString end = prefixEnd(prefix);
    while (out.size() <= max) {
        (*st)->bind(1, from).bind(2, end);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        const QString word = *row ? (*st)->text(0) : QString();
        (*st)->reset();
        if (word.isEmpty())
            break;
        out.append(word);
        from = word + QChar(1); // the next word: no word holds a control character
    }
    return out;
}

namespace {

// The current row of one (word, partner) range, viewed in SQLite's buffers: valid until the
// range's statement steps again, which happens only after this row was taken.
struct Head
{
    std::string_view given;
    std::string_view name;
    std::string_view id;
};

std::string_view view(const storage::Statement& st, int col)
{
    const QByteArrayView v = st.textView(col);
    return {v.data(), size_t(v.size())};
}

bool headLess(const Head& a, const Head& b)
{
    return std::tie(a.given, a.name, a.id) < std::tie(b.given, b.name, b.id);
}

} // namespace

Result<ResidentSearch::Matches> ResidentSearch::merge(const QList<std::pair<QString, QString>>& keys,
                                                      const QList<QByteArray>& words, int stopAfter)
{
    // Each (word, partner) range is in list order; a k-way merge of them gives the matches in list
    // order, reading one row past each range's last match taken.
    // One cached statement per range (the text differs by a comment), owned by the database.
    static const std::vector<QByteArray> sql = [] {
        std::vector<QByteArray> out;
        for (int i = 0; i < kMaxStreams; ++i)
            out.push_back("SELECT given, name_folded, resident_id, full_name FROM resident_name_index "
                          "WHERE word = ? AND partner = ? ORDER BY given, name_folded, resident_id /* " +
                          QByteArray::number(i) + " */");
        return out;
    }();
    std::vector<storage::Statement*> streams;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto st = m_vault.db().cached(sql.at(size_t(i)).constData());
        if (!st)
            return st.error();
        streams.push_back(*st);
    }
    Matches m;
    qint64 budget = kWalkCap;
    QList<Head> heads(keys.size());
    // Steps range i to its next matching row; false when it ended (or the budget did).
    auto advance = [&](qsizetype i) -> Result<bool> {
        storage::Statement& st = *streams[size_t(i)];
        while (budget-- > 0) {
            auto row = st.step();
            if (!row)
                return row.error();
            if (!*row)
                return false;
            const std::string_view name = view(st, 1);
            if (matchesAll(QByteArrayView(name.data(), qsizetype(name.size())), words)) {
                heads[i] = {view(st, 0), name, view(st, 2)};
                return true;
            }
        }
        m.complete = false;
        return false;
    };
    auto later = [&](qsizetype a, qsizetype b) { return headLess(heads.at(b), heads.at(a)); }; // min-heap
    QList<qsizetype> heap;
    Status failed;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        streams[size_t(i)]->bind(1, keys.at(i).first).bind(2, keys.at(i).second);
        auto live = advance(i);
        if (!live) {
            failed = live.error();
            break;
        }
        if (*live)
            heap.append(i);
    }
    std::make_heap(heap.begin(), heap.end(), later);
    std::string_view lastId;
    while (failed.ok() && !heap.isEmpty()) {
        if (m.list.size() >= stopAfter) {
            m.complete = false;
            break;
        }
        std::pop_heap(heap.begin(), heap.end(), later);
        const qsizetype i = heap.takeLast();
        const Head& h = heads.at(i);
        storage::Statement& st = *streams[size_t(i)];
        // A name with two words starting with the typed word is in two ranges, at the same place.
        if (m.list.isEmpty() || h.id != std::string_view(m.list.constLast().idUtf8.constData(),
                                                         size_t(m.list.constLast().idUtf8.size()))) {
            m.list.append({QString::fromUtf8(h.id.data(), qsizetype(h.id.size())),
                           QByteArray(h.id.data(), qsizetype(h.id.size())), st.text(3)});
        }
        auto live = advance(i);
        if (!live) {
            failed = live.error();
            break;
        }
        if (*live) {
            heap.append(i);
            std::push_heap(heap.begin(), heap.end(), later);
        }
    }
    for (storage::Statement* st : streams)
        st->reset();
    if (!failed.ok())
        return failed.error();
    return m;
}

Result<ResidentSearch::Matches> ResidentSearch::walkList(const QList<QByteArray>& words, int want)
{
    // The list index covers (id, folded name): no full names here (hasNames false).
    Matches m;
    m.complete = false;
    m.hasNames = false;
    auto st = m_vault.db().cached("SELECT id, name_folded FROM residents INDEXED BY residents_sort "
                                  "ORDER BY given_name_folded, name_folded, id");
    if (!st)
        return st.error();
    for (qint64 scanned = 0; scanned < kWalkCap && m.list.size() < want; ++scanned) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row) {
            m.complete = true;
            break;
        }
        if (matchesAll((*st)->textView(1), words)) {
            const QString id = (*st)->text(0);
            m.list.append({id, id.toUtf8(), QString()});
        }
    }
    (*st)->reset();
    return m;
}

Result<QList<Resident>> ResidentSearch::fetch(const QStringList& ids)
{
    static const QByteArray sql =
        u"SELECT %1 FROM residents WHERE id = ? AND deleted = 0"_s.arg(residents::selectColumns(false))
            .toUtf8();
    auto st = m_vault.db().cached(sql.constData());
    if (!st)
        return st.error();
    // In key order: neighbouring ids share index pages (the order shown is the collator's anyway).
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QList<Resident> out;
    for (const QString& id : std::as_const(sorted)) {
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
