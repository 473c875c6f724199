#include "protocol/table_kinds.h"

namespace xaso::sync {

TableKinds TableKinds::defaults()
{
    TableKinds k;
    const QString residents(RecordKind::Residents);
    k.add(QStringLiteral("residents"), residents);
    k.add(QStringLiteral("digital_citizen"), residents);
    k.add(QStringLiteral("households"), QString(RecordKind::Households));
    k.add(QStringLiteral("welfare_beneficiaries"), QString(RecordKind::Welfare));
    k.add(QStringLiteral("labour_records"), QString(RecordKind::Labour));
    k.add(QStringLiteral("land_records"), QString(RecordKind::Land));
    k.add(QStringLiteral("land_co_owners"), QString(RecordKind::Land));
    k.add(QStringLiteral("certified_copies"), QString(RecordKind::CertifiedCopies));
    k.add(QStringLiteral("sealed_files"), QString(RecordKind::CertifiedCopies));
    k.add(QStringLiteral("model_progress"), QString(RecordKind::Models));
    k.add(QStringLiteral("plan_assignments"), QString(RecordKind::Models));
    return k;
}

std::optional<QString> TableKinds::kindOf(const QString& table) const
{
    const auto it = m_kinds.constFind(table);
    if (it == m_kinds.constEnd())
        return std::nullopt;
    return *it;
}

bool TableKinds::allows(const RoleCatalog& catalog, const QStringList& roles, const QString& table,
                        Access level) const
{
    const auto kind = kindOf(table);
    return kind && catalog.access(roles, *kind) >= level;
}

QStringList TableKinds::tablesWith(const RoleCatalog& catalog, const QStringList& roles, Access level) const
{
    QStringList out;
    for (auto it = m_kinds.constBegin(); it != m_kinds.constEnd(); ++it) {
        if (catalog.access(roles, it.value()) >= level)
            out.append(it.key());
    }
    return out;
}

} // namespace xaso::sync
