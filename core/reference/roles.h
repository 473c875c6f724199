#pragma once
// Officer roles and what each may do with each kind of record, read from resources/data/roles.json.
// An officer profile holds one or more role ids; its grant for a kind is the highest over its roles.
// Sensitive fields under the personal-data law (ethnicity, religion, health/disability, criminal
// record) need a separate grant per kind, on top of read access.

#include "util/result.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace xaso {

// Ordered so that the highest value over a profile's roles is its grant.
enum class Access { None = 0, Read = 1, Write = 2 };

// The record kinds roles.json grants access to (its "kinds" list names the same set).
namespace RecordKind {
inline constexpr QLatin1StringView Residents{"residents"};
inline constexpr QLatin1StringView Households{"households"};
inline constexpr QLatin1StringView Welfare{"welfare"};
inline constexpr QLatin1StringView Labour{"labour"};
inline constexpr QLatin1StringView Land{"land"};
inline constexpr QLatin1StringView CertifiedCopies{"certified_copies"};
inline constexpr QLatin1StringView Models{"models"};
inline constexpr QLatin1StringView Reports{"reports"};
inline constexpr QLatin1StringView Audit{"audit"};
inline constexpr QLatin1StringView Settings{"settings"};
} // namespace RecordKind

struct Role
{
    QString id; // e.g. "cong_an"; stored in profiles and checked by the sync server
    QString nameVi;
    QString nameEn;
    QHash<QString, Access> permissions; // every kind of the catalog, explicitly
    QStringList sensitiveRead;          // kinds whose sensitive fields this role may read

    Access access(const QString& kind) const { return permissions.value(kind, Access::None); }
    bool canReadSensitive(const QString& kind) const { return sensitiveRead.contains(kind); }
};

class RoleCatalog
{
public:
    // Reads and checks the role table; the error names the role and field at fault.
    static Result<RoleCatalog> load(const QString& path = QStringLiteral(":/xaso/data/roles.json"));

    int version() const { return m_version; }
    const QStringList& kinds() const { return m_kinds; }
    const QList<Role>& roles() const { return m_roles; }
    const Role* role(const QString& id) const;
    QStringList knownRoleIds() const;

    // The highest access over the given roles. Unknown role ids and unknown kinds grant nothing;
    // call validate() where role ids enter the program (profile load, sync) to refuse them loudly.
    Access access(const QStringList& roleIds, const QString& kind) const;
    // True if one of the roles may read the sensitive fields of that kind.
    bool canReadSensitive(const QStringList& roleIds, const QString& kind) const;

    // Refuses an empty list and any id the catalog does not know, naming the id.
    Status validate(const QStringList& roleIds) const;

private:
    RoleCatalog() = default;

    int m_version = 0;
    QStringList m_kinds;
    QList<Role> m_roles;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace xaso
