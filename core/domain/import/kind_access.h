#pragma once
// What the profile's roles allow on one record kind (resources/data/roles.json): reading needs
// Access::Read, writing Access::Write, sensitive fields a separate grant; each read of sensitive
// fields appends an audit row ("read-sensitive") in a short transaction of its own.

#include "reference/roles.h"
#include "storage/vault.h"

namespace xaso::domain {

class KindAccess
{
public:
    KindAccess(storage::Vault& vault, const RoleCatalog& roles, QString kind)
        : m_vault(vault), m_roles(roles), m_kind(std::move(kind))
    {
    }

    const QString& kind() const { return m_kind; }
    Access access() const;
    Status checkRead() const;  // PermissionDenied naming the kind
    Status checkWrite() const; // PermissionDenied naming the kind
    bool canReadSensitive() const;

    // One audit row for a read of sensitive fields (detail: the column names, never values).
    Status auditSensitiveRead(const QString& table, const QString& recordKey, const QStringList& columns);

private:
    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
    QString m_kind;
};

} // namespace xaso::domain
