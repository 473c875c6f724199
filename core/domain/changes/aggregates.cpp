#include "domain/changes/aggregates.h"

namespace xaso::domain {

Status Aggregates::bump(const QString& name, const QString& k1, const QString& k2, qint64 delta)
{
    // SQLite 3.15 has no UPSERT, and an UPDATE of this WITHOUT ROWID table opens a statement
    // journal, whose every page SQLCipher encrypts (41 % of keeping the counters of a pulled
    // change). So: read the counter, then delete and insert it, or insert it new. Call it inside
    // the write transaction (between the delete and the insert the counter is missing).
    const QString a = k1.isNull() ? QStringLiteral("") : k1;
    const QString b = k2.isNull() ? QStringLiteral("") : k2;
    auto get = m_db.cached("SELECT value FROM aggregates WHERE name = ? AND k1 = ? AND k2 = ?");
    if (!get)
        return get.error();
    (*get)->bind(1, name).bind(2, a).bind(3, b);
    auto row = (*get)->step();
    if (!row)
        return row.error();
    const bool exists = *row;
    const qint64 value = (exists ? (*get)->int64(0) : 0) + delta;
    (*get)->reset();
    if (exists) {
        auto del = m_db.cached("DELETE FROM aggregates WHERE name = ? AND k1 = ? AND k2 = ?");
        if (!del)
            return del.error();
        XASO_TRY((*del)->bind(1, name).bind(2, a).bind(3, b).exec());
    }
    if (value == 0)
        return {}; // a counter back at zero is gone, as a rebuild from the records leaves it
    auto ins = m_db.cached("INSERT INTO aggregates (name, k1, k2, value) VALUES (?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    return (*ins)->bind(1, name).bind(2, a).bind(3, b).bind(4, value).exec();
}

Result<qint64> Aggregates::value(const QString& name, const QString& k1, const QString& k2)
{
    auto st = m_db.cached("SELECT value FROM aggregates WHERE name = ? AND k1 = ? AND k2 = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, name).bind(2, k1.isNull() ? QStringLiteral("") : k1).bind(3, k2.isNull() ? QStringLiteral("") : k2);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const qint64 v = *row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return v;
}

Result<QList<AggregateRow>> Aggregates::rows(const QString& name)
{
    auto st = m_db.cached("SELECT k1, k2, value FROM aggregates WHERE name = ? ORDER BY k1, k2");
    if (!st)
        return st.error();
    (*st)->bind(1, name);
    QList<AggregateRow> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({(*st)->text(0), (*st)->text(1), (*st)->int64(2)});
    }
    return out;
}

Status Aggregates::clear(const QString& prefix)
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM aggregates WHERE substr(name, 1, ?) = ?"));
    if (!st)
        return st.error();
    return st->bind(1, qint64(prefix.size())).bind(2, prefix).exec();
}

} // namespace xaso::domain
