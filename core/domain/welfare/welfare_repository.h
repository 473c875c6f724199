#pragma once
// Welfare beneficiaries (model 32) and the base levels by period. Needs the "welfare" grant of
// roles.json: Read to list and open, Write to change. disability_level is SENSITIVE: returned by
// get() only to roles with the sensitive grant, and each such read is audited; list() never
// returns it. Dashboard counters kept in the write transactions:
//   welfare.by_category   k1 = clause, value = number of beneficiaries
//   welfare.monthly_total k1 = clause, value = sum of monthly amounts (VND)
//   records.added_week    k1 = 'welfare', k2 = ISO week;  records.verification k1 = 'welfare', k2 = state

#include "domain/import/typed_repository.h"
#include "domain/welfare/welfare_beneficiary.h"

namespace xaso::domain {

class WelfareRepository
{
public:
    WelfareRepository(storage::Vault& vault, const RoleCatalog& roles, const WelfareRules& rules);

    static TableSpec tableSpec();
    const WelfareRules& rules() const { return m_rules; }
    KindAccess& access() { return m_access; }

    // Validates, computes coefficient, base level and amount for today's period, and saves.
    Result<SaveOutcome> insert(WelfareBeneficiary beneficiary)
    {
        return m_records.insert(std::move(beneficiary));
    }
    // original: the record as get() returned it; edited: the officer's version of it.
    Result<SaveOutcome> update(const WelfareBeneficiary& original, const WelfareBeneficiary& edited)
    {
        return m_records.update(original, edited, original.sensitiveHidden);
    }
    Status remove(const QString& id) { return m_records.remove(id); }
    Result<WelfareBeneficiary> get(const QString& id) { return m_records.get(id); }
    Result<Page<WelfareBeneficiary>> list(const ListQuery& query) { return m_records.list(query); }
    Status setVerification(const QString& id, Verification state, const QStringList& differingFields = {})
    {
        return m_records.setVerification(id, state, differingFields);
    }
    // Recomputes the counters from the records (no right needed: it reveals nothing).
    Status rebuildAggregates() { return m_records.rebuildAggregates(); }
    RecordTable& table() { return m_records.table(); } // counters of rows written by sync

    // Base levels: the seeded ones from the rule table plus any an officer added.
    Result<QList<WelfareBaseLevel>> baseLevels();
    Result<qint64> baseLevelAt(const QDate& date);
    // A new level (e.g. after a decree raises it); synced like any record. Returns its id.
    Result<QString> addBaseLevel(const WelfareBaseLevel& level);
    // Recomputes the derived amounts of every record for today (after a new base level, or as
    // children and the elderly change age band). Returns how many records changed.
    Result<int> recalculate();

    // For the importer, inside its transaction: normalises, validates and computes.
    Validation prepare(WelfareBeneficiary& b);
    Status insertPrepared(RecordWriter& writer, WelfareBeneficiary& b)
    {
        return m_records.insertPrepared(writer, b);
    }

private:
    Status ensureSeeded();
    static void normalise(WelfareBeneficiary& b);

    storage::Vault& m_vault;
    const WelfareRules& m_rules;
    KindAccess m_access;
    TypedRepository<WelfareBeneficiary> m_records;
    bool m_seeded = false;
};

} // namespace xaso::domain
