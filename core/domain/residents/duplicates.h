#pragma once
// Duplicate residents. An exact duplicate ID is refused at insert (ResidentWriter), so what is left
// are the same person recorded under two IDs (one of them mistyped): probable() lists pairs with
// the same folded name and birth date, or the same phone and the same given name; merge() keeps
// one record and tombstones the other.

#include "domain/residents/record_access.h"
#include "domain/residents/resident.h"

namespace xaso::domain {

struct DuplicatePair
{
    enum class Reason { SameNameAndBirthDate, SamePhoneAndGivenName };
    Resident first; // without the sensitive fields; first.id < second.id
    Resident second;
    QList<Reason> reasons;
};

class Duplicates
{
public:
    Duplicates(storage::Vault& vault, const RoleCatalog& roles);

    // At most `limit` pairs, ordered by the first ID.
    Result<QList<DuplicatePair>> probable(int limit = 1000);

    // Keeps `keepId`: fields it lacks are taken from the dropped record, the dropped record's
    // household links (its household, households it heads) and its digital-citizen checklist
    // move to it (each step keeps the earlier date), and the dropped record is tombstoned.
    // One transaction; audited as "merge".
    Status merge(const QString& keepId, const QString& dropId);

private:
    storage::Vault& m_vault;
    RecordAccess m_access;
};

} // namespace xaso::domain
