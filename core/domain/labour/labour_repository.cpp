#include "domain/labour/labour_repository.h"

namespace xaso::domain {

TableSpec LabourRepository::tableSpec()
{
    TableSpec spec;
    spec.kind = QString(RecordKind::Labour);
    spec.table = labour::kTable;
    spec.columns = labour::columns();
    spec.sortColumn = QStringLiteral("name_key");
    spec.searchColumn = QStringLiteral("name_key");
    spec.categoryColumn = QStringLiteral("status");
    spec.ownAggregatePrefixes = {QStringLiteral("labour.")};
    spec.contributions = [](const StoredRow& row) {
        return QList<AggregateKey>{{QStringLiteral("labour.by_status"),
                                    row.fields.value(QStringLiteral("status")).toString(),
                                    row.fields.value(QStringLiteral("sex")).toString(), 1}};
    };
    return spec;
}

LabourRepository::LabourRepository(storage::Vault& vault, const RoleCatalog& roles)
    : m_vault(vault), m_access(vault, roles, QString(RecordKind::Labour)),
      m_records(vault, m_access, tableSpec(),
                RecordCodec<LabourRecord>{labour::toFields,
                                          labour::fromRow,
                                          [this](LabourRecord& r) { return prepare(r); },
                                          {QStringLiteral("name_key")},
                                          {}})
{
}

Validation LabourRepository::prepare(LabourRecord& r)
{
    labour::normalise(r);
    return labour::validate(r, vietnamToday(m_vault.clock()));
}

} // namespace xaso::domain
