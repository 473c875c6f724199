#pragma once
// Households (hộ): the record with its poverty assessment (Nghị định 07/2021), and the links of
// residents to it (residents.household_id and relation_to_head). Kind "households" for the
// household record; linking a resident also changes the resident, so it needs "residents" too.

#include "domain/residents/household.h"
#include "domain/residents/household_validation.h"
#include "domain/residents/record_access.h"
#include "domain/residents/resident.h"

namespace xaso::domain {

// Income thresholds (VND per person per month). The defaults are the 2022–2025 standard of
// Nghị định 07/2021; they are data, not law: pass the standard in force.
struct PovertyStandard
{
    qint64 ruralPovertyLine = 1500000;
    qint64 urbanPovertyLine = 2000000;
    qint64 ruralAverageCeiling = 2250000;
    qint64 urbanAverageCeiling = 3000000;
};

class HouseholdRepository
{
public:
    HouseholdRepository(storage::Vault& vault, const RoleCatalog& roles);

    // The field-level check insert() and update() apply (validateHousehold), for a form to show
    // before it saves. Needs Read on households.
    Result<Validation> check(const Household& h);

    // Saves a new household (an id is made when h.id is empty) and returns its id. The head is
    // linked as "Chủ hộ". Refused (InvalidArgument, every message) when check() finds an error.
    Result<QString> insert(const Household& h);
    // Saves the changed fields of an existing household; refused like insert() on an error.
    Status update(const Household& h);
    // Tombstones the household and unlinks its members.
    Status remove(const QString& id);
    Result<Household> get(const QString& id);

    // Links a resident to a household with a relation ("Chủ hộ", "Vợ", "Con", …); an empty
    // householdId unlinks. Refuses a household or resident that does not exist.
    Status setMember(const QString& residentId, const QString& householdId, const QString& relationToHead);
    // The members in list order (ResidentRepository::listPage with a household filter is the
    // paged form of this).
    Result<QList<Resident>> members(const QString& householdId);

    // The status Nghị định 07/2021 gives for an income per person per month (VND) and the number
    // of deprivations: poor with 3+ deprivations at or under the poverty line, near-poor with
    // fewer; average between the line and the average-living-standard ceiling.
    static PovertyStatus classify(qint64 incomePerPersonMonth, int deprivationCount, AreaType area,
                                  const PovertyStandard& standard);

private:
    storage::Vault& m_vault;
    RecordAccess m_access;
};

} // namespace xaso::domain
