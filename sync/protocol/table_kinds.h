#pragma once
// Which record kind (roles.json) each synced table belongs to: the server lets a device push a
// change to a table only with write access to its kind, and pull only with read access. A table
// not in the map is refused.

#include "reference/roles.h"

#include <QMap>
#include <optional>

namespace xaso::sync {

class TableKinds
{
public:
    // The record tables of schema v4–v7.
    static TableKinds defaults();

    void add(const QString& table, const QString& kind) { m_kinds.insert(table, kind); }
    std::optional<QString> kindOf(const QString& table) const;
    QStringList tables() const { return m_kinds.keys(); }
    // The tables the roles may access at least at the given level, sorted.
    QStringList tablesWith(const RoleCatalog& catalog, const QStringList& roles, Access level) const;
    bool allows(const RoleCatalog& catalog, const QStringList& roles, const QString& table, Access level) const;

private:
    QMap<QString, QString> m_kinds;
};

} // namespace xaso::sync
