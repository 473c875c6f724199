#include "reference/roles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

constexpr int kSupportedVersion = 1;

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

std::optional<Access> parseAccess(const QJsonValue& value)
{
    const QString s = value.toString();
    if (s == "none"_L1)
        return Access::None;
    if (s == "read"_L1)
        return Access::Read;
    if (s == "write"_L1)
        return Access::Write;
    return std::nullopt;
}

Result<QStringList> readKinds(const QJsonObject& root)
{
    const QJsonValue value = root.value("kinds"_L1);
    if (!value.isArray() || value.toArray().isEmpty())
        return invalid(QCoreApplication::translate("RoleCatalog", "The role table has no \"kinds\" list."));
    QStringList kinds;
    for (const QJsonValue& v : value.toArray()) {
        const QString kind = v.toString();
        if (kind.isEmpty() || kinds.contains(kind))
            return invalid(
                QCoreApplication::translate(
                    "RoleCatalog", "The role table's \"kinds\" list has an empty or repeated entry \"%1\".")
                    .arg(kind));
        kinds.append(kind);
    }
    return kinds;
}

Result<Role> readRole(const QJsonValue& value, qsizetype index, const QStringList& kinds)
{
    static const QRegularExpression idPattern(u"^[a-z][a-z0-9_]*$"_s);
    const QJsonObject o = value.toObject();
    Role role;
    role.id = o.value("id"_L1).toString();
    if (!value.isObject() || !idPattern.match(role.id).hasMatch())
        return invalid(QCoreApplication::translate(
                           "RoleCatalog",
                           "Role %1 in the role table has no valid \"id\" (lower-case letters, digits, _).")
                           .arg(index + 1));
    role.nameVi = o.value("nameVi"_L1).toString().trimmed();
    role.nameEn = o.value("nameEn"_L1).toString().trimmed();
    if (role.nameVi.isEmpty() || role.nameEn.isEmpty())
        return invalid(QCoreApplication::translate(
                           "RoleCatalog", "Role %1: \"nameVi\" and \"nameEn\" must be non-empty text.")
                           .arg(role.id));

    const QJsonObject permissions = o.value("permissions"_L1).toObject();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        if (!kinds.contains(it.key()))
            return invalid(
                QCoreApplication::translate("RoleCatalog", "Role %1: permission for unknown kind \"%2\".")
                    .arg(role.id, it.key()));
    }
    // Every kind is listed explicitly, so a new kind cannot be granted or refused by omission.
    for (const QString& kind : kinds) {
        const QJsonValue grant = permissions.value(kind);
        if (grant.isUndefined())
            return invalid(
                QCoreApplication::translate("RoleCatalog", "Role %1: no permission given for kind \"%2\".")
                    .arg(role.id, kind));
        const std::optional<Access> access = parseAccess(grant);
        if (!access)
            return invalid(
                QCoreApplication::translate(
                    "RoleCatalog", "Role %1: permission for \"%2\" must be \"none\", \"read\" or \"write\".")
                    .arg(role.id, kind));
        role.permissions.insert(kind, *access);
    }

    const QJsonValue sensitive = o.value("sensitiveRead"_L1);
    if (!sensitive.isUndefined() && !sensitive.isArray())
        return invalid(
            QCoreApplication::translate("RoleCatalog", "Role %1: \"sensitiveRead\" must be a list of kinds.")
                .arg(role.id));
    for (const QJsonValue& v : sensitive.toArray()) {
        const QString kind = v.toString();
        if (!kinds.contains(kind))
            return invalid(QCoreApplication::translate(
                               "RoleCatalog", "Role %1: \"sensitiveRead\" names unknown kind \"%2\".")
                               .arg(role.id, kind));
        if (role.access(kind) == Access::None)
            return invalid(QCoreApplication::translate(
                               "RoleCatalog",
                               "Role %1 may read sensitive fields of \"%2\" but has no read access to it.")
                               .arg(role.id, kind));
        if (!role.sensitiveRead.contains(kind))
            role.sensitiveRead.append(kind);
    }
    return role;
}

} // namespace

Result<RoleCatalog> RoleCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("RoleCatalog", "Cannot open the role table %1: %2")
                             .arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            QCoreApplication::translate("RoleCatalog", "The role table %1 is not valid JSON at byte %2: %3")
                .arg(path)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    RoleCatalog catalog;
    const QJsonValue version = root.value("rolesVersion"_L1);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        return invalid(
            QCoreApplication::translate("RoleCatalog", "The role table %1 has no valid \"rolesVersion\".")
                .arg(path));
    catalog.m_version = version.toInt();
    if (catalog.m_version > kSupportedVersion)
        return makeError(
            ErrorCode::NewerFormat,
            QCoreApplication::translate(
                "RoleCatalog", "The role table is version %1; this version of Xã Số reads version %2.")
                .arg(catalog.m_version)
                .arg(kSupportedVersion));

    auto kinds = readKinds(root);
    if (!kinds)
        return kinds.error();
    catalog.m_kinds = *kinds;

    const QJsonArray roles = root.value("roles"_L1).toArray();
    if (roles.isEmpty())
        return invalid(
            QCoreApplication::translate("RoleCatalog", "The role table %1 lists no roles.").arg(path));
    for (qsizetype i = 0; i < roles.size(); ++i) {
        auto role = readRole(roles.at(i), i, catalog.m_kinds);
        if (!role)
            return role.error();
        if (catalog.m_indexById.contains(role->id))
            return invalid(
                QCoreApplication::translate("RoleCatalog", "Role %1 is listed twice in the role table.")
                    .arg(role->id));
        catalog.m_indexById.insert(role->id, catalog.m_roles.size());
        catalog.m_roles.append(std::move(*role));
    }
    return catalog;
}

const Role* RoleCatalog::role(const QString& id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? nullptr : &m_roles.at(*it);
}

QStringList RoleCatalog::knownRoleIds() const
{
    QStringList ids;
    ids.reserve(m_roles.size());
    for (const Role& r : m_roles)
        ids.append(r.id);
    return ids;
}

Access RoleCatalog::access(const QStringList& roleIds, const QString& kind) const
{
    Access best = Access::None;
    for (const QString& id : roleIds) {
        if (const Role* r = role(id))
            best = std::max(best, r->access(kind));
    }
    return best;
}

bool RoleCatalog::canReadSensitive(const QStringList& roleIds, const QString& kind) const
{
    return std::any_of(roleIds.cbegin(), roleIds.cend(), [&](const QString& id) {
        const Role* r = role(id);
        return r && r->canReadSensitive(kind);
    });
}

Status RoleCatalog::validate(const QStringList& roleIds) const
{
    if (roleIds.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("RoleCatalog", "No role is given; an officer needs at least one."));
    for (const QString& id : roleIds) {
        if (!role(id))
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("RoleCatalog", "Unknown role \"%1\"; known roles: %2.")
                    .arg(id, knownRoleIds().join(u", "_s)));
    }
    return {};
}

} // namespace xaso
