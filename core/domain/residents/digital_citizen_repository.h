#pragma once
// The digital-citizen checklist per resident (model 19: VNeID level 2, e-payment account,
// digital address, digital signature), under the "residents" kind. Each step holds the date it was
// done; the per-hamlet counters ("digital.by_hamlet") follow every change.

#include "domain/residents/household.h"
#include "domain/residents/record_access.h"

namespace xaso::domain {

class DigitalCitizenRepository
{
public:
    DigitalCitizenRepository(storage::Vault& vault, const RoleCatalog& roles);

    // The resident's checklist; every step not done when there is no row yet.
    Result<DigitalChecklist> get(const QString& residentId);
    // Writes the whole checklist (inserted on first use). A date in the future is refused.
    Status set(const DigitalChecklist& checklist);
    // One step: a valid date marks it done on that day, an invalid QDate clears it.
    Status setStep(const QString& residentId, DigitalStep step, QDate doneOn);

private:
    storage::Vault& m_vault;
    RecordAccess m_access;
};

} // namespace xaso::domain
