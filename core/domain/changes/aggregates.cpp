#include "domain/changes/aggregates.h"

namespace xaso::domain {

Status Aggregates::bump(const QString& name, const QString& k1, const QString& k2, qint64 delta)
{
    // SQLite 3.15 has no UPSERT: insert the zero row if missing, then add.
    auto ins = m_db.cached("INSERT OR IGNORE INTO aggregates (name, k1, k2, value) VALUES (?, ?, ?, 0)");
    if (!ins)
        return ins.error();
    const QString a = k1.isNull() ? QStringLiteral("") : k1;
    const QString b = k2.isNull() ? QStringLiteral("") : k2;
    XASO_TRY((*ins)->bind(1, name).bind(2, a).bind(3, b).exec());
    auto up = m_db.cached("UPDATE aggregates SET value = value + ? WHERE name = ? AND k1 = ? AND k2 = ?");
    if (!up)
        return up.error();
    return (*up)->bind(1, delta).bind(2, name).bind(3, a).bind(4, b).exec();
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
