#pragma once
// Role checks and write scopes shared by the resident and household repositories
// (domain.md, "Permissions"): no read without Access::Read on the kind, no write without
// Access::Write, sensitive fields only for roles granted them, and every sensitive read audited.

#include "reference/roles.h"
#include "storage/vault.h"

#include <optional>

namespace xaso::domain {

class RecordAccess
{
public:
    RecordAccess(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_roles(roles) {}

    // PermissionDenied naming the kind when the profile's roles do not grant `needed`.
    Status require(QLatin1StringView kind, Access needed) const;
    bool canReadSensitive(QLatin1StringView kind) const;

    // One "read-sensitive" audit row per record key, in the open transaction or a short one.
    Status auditSensitiveRead(const QString& table, const QStringList& keys, const QString& detail = {});

private:
    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
};

// The caller's transaction when one is open (a repository call inside a larger unit of work),
// otherwise a transaction of our own that commit() commits.
class WriteScope
{
public:
    static Result<WriteScope> begin(storage::Database& db);
    Status commit();

private:
    WriteScope() = default;
    std::optional<storage::Transaction> m_own;
};

} // namespace xaso::domain
