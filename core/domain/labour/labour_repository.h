#pragma once
// Labour records (models 31, 34). Needs the "labour" grant of roles.json. No sensitive columns.
// Dashboard counters kept in the write transactions:
//   labour.by_status   k1 = status, k2 = sex
//   records.added_week k1 = 'labour', k2 = ISO week;  records.verification k1 = 'labour', k2 = state

#include "domain/import/typed_repository.h"
#include "domain/labour/labour_record.h"

namespace xaso::domain {

class LabourRepository
{
public:
    LabourRepository(storage::Vault& vault, const RoleCatalog& roles);

    static TableSpec tableSpec();
    KindAccess& access() { return m_access; }

    Result<SaveOutcome> insert(LabourRecord record) { return m_records.insert(std::move(record)); }
    Result<SaveOutcome> update(const LabourRecord& original, const LabourRecord& edited)
    {
        return m_records.update(original, edited, false);
    }
    Status remove(const QString& id) { return m_records.remove(id); }
    Result<LabourRecord> get(const QString& id) { return m_records.get(id); }
    // ListQuery::category filters on the status (employed, unemployed, outside).
    Result<Page<LabourRecord>> list(const ListQuery& query) { return m_records.list(query); }
    Status setVerification(const QString& id, Verification state, const QStringList& differingFields = {})
    {
        return m_records.setVerification(id, state, differingFields);
    }
    Status rebuildAggregates() { return m_records.rebuildAggregates(); }
    RecordTable& table() { return m_records.table(); } // counters of rows written by sync

    // For the importer, inside its transaction.
    Validation prepare(LabourRecord& r);
    Status insertPrepared(RecordWriter& writer, LabourRecord& r)
    {
        return m_records.insertPrepared(writer, r);
    }

private:
    storage::Vault& m_vault;
    KindAccess m_access;
    TypedRepository<LabourRecord> m_records;
};

} // namespace xaso::domain
