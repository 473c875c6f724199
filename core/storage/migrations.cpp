#include "storage/migrations.h"

#include "storage/schema/schema_steps.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace xaso::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Migrations", text);
}
} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> all = schema::allSteps();
    return all;
}

int latestSchemaVersion()
{
    return schemaMigrations().empty() ? 0 : schemaMigrations().back().version;
}

Result<int> schemaVersion(Database& db)
{
    auto v = db.scalar(QStringLiteral("PRAGMA user_version;"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status migrate(Database& db, int target)
{
    const int latest = latestSchemaVersion();
    if (target < 0)
        target = latest;
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > latest)
        return makeError(ErrorCode::NewerFormat,
                         tr("This vault has schema version %1, written by a newer Xã Số; this version knows up "
                            "to %2. Update Xã Số to open it. Nothing was changed.")
                             .arg(*current)
                             .arg(latest));
    for (const Migration& m : schemaMigrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (m.sql && *m.sql)
            XASO_TRY(db.exec(QString::fromUtf8(m.sql)));
        if (m.apply)
            XASO_TRY(m.apply(db));
        XASO_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(m.version)));
        XASO_TRY(tx->commit());
        qCDebug(lcStorage) << "schema migrated to version" << m.version;
    }
    return {};
}

} // namespace xaso::storage
