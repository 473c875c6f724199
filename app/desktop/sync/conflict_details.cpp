#include "sync/conflict_details.h"

#include "domain/changes/field_codec.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

std::optional<QVariant> conflictBaseValue(storage::Database& db, const sync::ConflictInfo& conflict)
{
    qint64 before = std::numeric_limits<qint64>::max();
    for (const sync::ConflictCandidate& k : conflict.candidates) {
        if (k.mine)
            before = qMin(before, k.deviceSeq);
    }
    auto st = db.prepare(u"SELECT op, fields FROM change_log WHERE tbl = ? AND record_key = ? AND seq < ? "
                         "ORDER BY seq DESC"_s);
    if (!st)
        return std::nullopt;
    st->bind(1, conflict.table).bind(2, conflict.recordKey).bind(3, before);
    const bool deleteConflict = conflict.field == u"deleted"_s;
    while (true) {
        auto row = st->step();
        if (!row || !*row)
            return std::nullopt;
        const QString op = st->text(0);
        if (deleteConflict)
            return QVariant(qint64(op == u"delete"_s ? 1 : 0));
        auto fields = domain::decodeFields(st->blob(1));
        if (!fields)
            continue;
        for (const domain::FieldValue& f : *fields) {
            if (f.name == conflict.field)
                return f.value;
        }
        if (op == u"insert"_s)
            return QVariant(); // inserted without the field: it was empty
    }
}

QString conflictRecordText(storage::Database& db, const sync::ConflictInfo& conflict)
{
    if (conflict.table != u"residents"_s)
        return conflict.recordKey;
    auto st = db.prepare(u"SELECT full_name FROM residents WHERE id = ?"_s);
    if (!st)
        return conflict.recordKey;
    st->bind(1, conflict.recordKey);
    auto row = st->step();
    if (!row || !*row || st->text(0).isEmpty())
        return conflict.recordKey;
    return u"%1 (%2)"_s.arg(st->text(0), conflict.recordKey);
}

} // namespace xaso::desktop
