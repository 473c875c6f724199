#pragma once
// Shared by the resident, household, cleaning, duplicate and import suites: a real vault with the
// given roles, the role catalog, and short ways to make residents.

#include "domain/residents/resident.h"
#include "domain/residents/resident_repository.h"
#include "reference/roles.h"
#include "vault_fixture.h"

#include <QTest>

namespace xaso::test {

inline const RoleCatalog& roleCatalog()
{
    static const RoleCatalog catalog = [] {
        auto loaded = RoleCatalog::load();
        if (!loaded)
            qFatal("cannot load roles: %s", qPrintable(loaded.message()));
        return *loaded;
    }();
    return catalog;
}

// Commune police: residents and households written, sensitive resident fields readable.
inline QStringList policeRole()
{
    return {QStringLiteral("cong_an")};
}

inline domain::Resident person(const QString& id, const QString& name, QDate birth, Sex sex,
                               const QString& hamlet = QStringLiteral("Xóm 1"), const QString& phone = {})
{
    domain::Resident r;
    r.id = id;
    r.fullName = name;
    r.setBirthDate(birth);
    r.sex = sex;
    r.hamletCode = hamlet;
    r.phone = phone;
    return r;
}

inline qint64 scalar(storage::Vault& vault, const QString& sql)
{
    auto v = vault.db().scalar(sql);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.message()));
    return v->toLongLong();
}

// Every counter row of the names this module keeps, as "name|k1|k2=value" lines, sorted.
inline QStringList residentCounters(storage::Vault& vault)
{
    auto st = vault.db().prepare(QStringLiteral(
        "SELECT name, k1, k2, value FROM aggregates WHERE name IN ('residents.total', 'residents.by_hamlet', "
        "'residents.pyramid', 'residents.token_count', 'digital.by_hamlet', 'households.poverty') OR (name "
        "LIKE 'records.%' AND k1 IN "
        "('residents', 'households')) ORDER BY name, k1, k2"));
    QStringList out;
    if (!st)
        return out;
    while (*st->step())
        out.append(
            QStringLiteral("%1|%2|%3=%4").arg(st->text(0), st->text(1), st->text(2)).arg(st->int64(3)));
    return out;
}

} // namespace xaso::test
