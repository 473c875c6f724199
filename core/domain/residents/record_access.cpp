#include "domain/residents/record_access.h"

#include <QCoreApplication>

namespace xaso::domain {

Status RecordAccess::require(QLatin1StringView kind, Access needed) const
{
    const QString k(kind);
    if (m_roles.access(m_vault.profile().roles, k) >= needed)
        return {};
    const QString message =
        needed == Access::Write
            ? QCoreApplication::translate("RecordAccess", "Your role may not change %1 records.").arg(k)
            : QCoreApplication::translate("RecordAccess", "Your role may not read %1 records.").arg(k);
    return makeError(ErrorCode::PermissionDenied, message);
}

bool RecordAccess::canReadSensitive(QLatin1StringView kind) const
{
    return m_roles.canReadSensitive(m_vault.profile().roles, QString(kind));
}

Status RecordAccess::auditSensitiveRead(const QString& table, const QStringList& keys, const QString& detail)
{
    if (keys.isEmpty())
        return {};
    auto scope = WriteScope::begin(m_vault.db());
    if (!scope)
        return scope.error();
    for (const QString& key : keys)
        XASO_TRY(m_vault.audit().append({table, key, QStringLiteral("read-sensitive"), detail}));
    return scope->commit();
}

Result<WriteScope> WriteScope::begin(storage::Database& db)
{
    WriteScope scope;
    if (!db.inTransaction()) {
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        scope.m_own.emplace(std::move(*tx));
    }
    return scope;
}

Status WriteScope::commit()
{
    if (!m_own)
        return {};
    return m_own->commit();
}

} // namespace xaso::domain
