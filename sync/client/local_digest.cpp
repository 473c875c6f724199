#include "client/local_digest.h"

#include "domain/changes/record_writer.h"

#include <QHash>

namespace xaso::sync {

Result<TableDigest> localTableDigest(storage::Database& db, const QString& table)
{
    if (!domain::isSqlIdentifier(table))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a table name").arg(table));
    TableDigest out;
    out.table = table;
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                .arg(table));
    if (!exists)
        return exists.error();
    DigestBuilder builder;
    if (exists->toInt() == 0) {
        out.digest = builder.finish();
        return out;
    }
    // Both sides in (key, field) order, joined by a merge walk: no per-field look-ups.
    auto fields = db.prepare(QStringLiteral("SELECT DISTINCT record_key, field FROM sync_field_state WHERE tbl = ? "
                                            "ORDER BY record_key, field"));
    auto rows = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    if (!fields || !rows)
        return !fields ? fields.error() : rows.error();
    fields->bind(1, table);
    QHash<QString, int> columnIndex;
    bool rowValid = false;
    QString rowKey;
    auto nextRow = [&]() -> Status {
        auto r = rows->step();
        if (!r)
            return r.error();
        rowValid = *r;
        if (rowValid && columnIndex.isEmpty()) {
            auto names = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            if (!names)
                return names.error();
            for (int i = 0; true; ++i) {
                auto n = names->step();
                if (!n)
                    return n.error();
                if (!*n)
                    break;
                columnIndex.insert(names->text(1), i); // table_info lists columns in SELECT * order
            }
        }
        rowKey = rowValid ? rows->text(columnIndex.value(QStringLiteral("id"))) : QString();
        return {};
    };
    XASO_TRY(nextRow());
    while (true) {
        auto f = fields->step();
        if (!f)
            return f.error();
        if (!*f)
            break;
        const QString key = fields->text(0), field = fields->text(1);
        while (rowValid && rowKey.toUtf8() < key.toUtf8())
            XASO_TRY(nextRow());
        QVariant value;
        if (rowValid && rowKey == key && columnIndex.contains(field))
            value = rows->value(columnIndex.value(field));
        builder.add(key, field, value);
    }
    out.entries = builder.entries();
    out.digest = builder.finish();
    return out;
}

} // namespace xaso::sync
