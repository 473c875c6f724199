#pragma once
// Every dashboard counter of a vault as text, for comparing the counters kept write by write with
// the ones a rebuild recounts from the rows.

#include "storage/database.h"

#include <QStringList>

namespace xaso::test {

inline QString aggregateSnapshot(storage::Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT name, k1, k2, value FROM aggregates ORDER BY name, k1, k2"));
    QStringList out;
    while (st && *st->step())
        out << QStringLiteral("%1|%2|%3=%4").arg(st->text(0), st->text(1), st->text(2)).arg(st->int64(3));
    return out.join(QLatin1Char('\n'));
}

} // namespace xaso::test
