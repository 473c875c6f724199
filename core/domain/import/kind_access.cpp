#include "domain/import/kind_access.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KindAccess", text);
}
} // namespace

Access KindAccess::access() const
{
    return m_roles.access(m_vault.profile().roles, m_kind);
}

Status KindAccess::checkRead() const
{
    if (access() >= Access::Read)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Your role does not allow reading %1 records.").arg(m_kind));
}

Status KindAccess::checkWrite() const
{
    if (access() >= Access::Write)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("Your role does not allow adding or changing %1 records.").arg(m_kind));
}

bool KindAccess::canReadSensitive() const
{
    return access() >= Access::Read && m_roles.canReadSensitive(m_vault.profile().roles, m_kind);
}

Status KindAccess::auditSensitiveRead(const QString& table, const QString& recordKey,
                                      const QStringList& columns)
{
    const storage::AuditEntry entry{table, recordKey, QStringLiteral("read-sensitive"),
                                    columns.join(QLatin1Char(','))};
    return m_vault.writeAudited(entry, [](storage::Database&) { return Status{}; });
}

} // namespace xaso::domain
