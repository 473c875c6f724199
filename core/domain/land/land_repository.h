#pragma once
// Land users and house owners (model 30): land_records with their land_co_owners, written
// together in one transaction. Needs the "land" grant of roles.json. No sensitive columns.
// The certificate serial is unique among live records. Counters: records.added_week and
// records.verification with k1 = 'land' (co-owners are part of their certificate, not counted).

#include "domain/import/typed_repository.h"
#include "domain/land/land_record.h"

namespace xaso::domain {

class LandRepository
{
public:
    LandRepository(storage::Vault& vault, const RoleCatalog& roles);

    static TableSpec tableSpec();
    static TableSpec coOwnerSpec();
    KindAccess& access() { return m_access; }

    Result<SaveOutcome> insert(LandRecord record);
    // Co-owners are matched by id: a new one has an empty id, one left out of `edited` is removed.
    Result<SaveOutcome> update(const LandRecord& original, const LandRecord& edited);
    Status remove(const QString& id);
    Result<LandRecord> get(const QString& id);
    // ListQuery::category filters on the purpose code; search is a serial prefix ("CS 12").
    Result<Page<LandRecord>> list(const ListQuery& query);
    Status setVerification(const QString& id, Verification state, const QStringList& differingFields = {})
    {
        return m_records.setVerification(id, state, differingFields);
    }
    Status rebuildAggregates() { return m_records.rebuildAggregates(); }
    RecordTable& table() { return m_records.table(); } // counters of rows written by sync

    // For the importer, inside its transaction.
    Validation prepare(LandRecord& r);
    Status insertPrepared(RecordWriter& writer, LandRecord& r);

private:
    Result<QList<LandCoOwner>> coOwnersOf(const QString& landId);
    Status serialIsFree(const LandRecord& r, Validation& v);

    storage::Vault& m_vault;
    KindAccess m_access;
    TypedRepository<LandRecord> m_records;
    RecordTable m_coOwners;
};

} // namespace xaso::domain
