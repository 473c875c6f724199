#pragma once
// The household list for the Hộ gia đình screen: keyset pages in key order, optionally one hamlet,
// each household with its head's name and member count; and the hamlets the vault knows, for the
// hamlet filters of every list. Read-only; needs Read on "households" (hamlets need nothing: the
// names of hamlets are not personal data).

#include "domain/residents/household.h"
#include "domain/residents/record_access.h"

namespace xaso::domain {

struct HouseholdListEntry
{
    Household household;
    QString headName; // empty when the head is not set or not readable
    int memberCount = 0;
};

struct HouseholdListPage
{
    QList<HouseholdListEntry> rows;
    QString nextAfterId; // empty when this page is the last
};

class HouseholdList
{
public:
    HouseholdList(storage::Vault& vault, const RoleCatalog& roles);

    // The page after `afterId` (from the start when empty), in key order.
    Result<HouseholdListPage> page(const QString& hamletCode, const QString& afterId, int limit);
    // Every hamlet code known to the vault (hamlets table and resident counters), sorted.
    Result<QStringList> hamlets();

private:
    storage::Vault& m_vault;
    RecordAccess m_access;
};

} // namespace xaso::domain
