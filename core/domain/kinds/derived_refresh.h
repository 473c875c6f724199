#pragma once
// What this device derives from the records, brought up to date as changes from other devices are
// applied by sync: a pulled resident's search index entries, and the dashboard counters of every
// record a change touched, both per change inside the apply transaction.

#include "domain/import/record_table.h"
#include "reference/roles.h"
#include "storage/vault.h"

#include <functional>
#include <memory>
#include <optional>

namespace xaso::domain {

class WelfareRepository;
class LabourRepository;
class LandRepository;
class CertifiedCopyRepository;
class WelfareRules;

// Every record counter recounted from the rows (residents, households, checklists, welfare,
// labour, land, certified copies), one kind per transaction: O(register). The counters are kept
// per change (RemoteChangeFollower); this is the check of last resort (`xaso-cli sync --verify`).
Status rebuildRecordCounters(storage::Vault& vault, const RoleCatalog& roles);
// rebuildRecordCounters() once when a migration asked for it (vault_meta 'counters.recount', set
// by schema v11); the app and xaso-cli call it after a sync.
Status recountCountersIfDue(storage::Vault& vault, const RoleCatalog& roles);

// The sync applier's two hooks: before() ahead of writing a pulled change, after() once it is
// written (both inside the apply transaction). after() refreshes a resident's search entries and
// moves the counters the record counted in before to those it counts in now, so a sync costs what
// it moved, not what the register holds (a recount took seconds at 1,000,000 residents).
class RemoteChangeFollower
{
public:
    // `roles` must outlive the follower.
    static Result<std::unique_ptr<RemoteChangeFollower>> create(storage::Vault& vault, const RoleCatalog& roles);
    ~RemoteChangeFollower();

    Status before(storage::Database& db, const QString& table, const QString& recordKey);
    Status after(storage::Database& db, const QString& table, const QString& recordKey);
    // Past this many changes (a first sync of a whole register) moving counters change by change
    // costs more than one recount: the follower stops moving them and asks for the recount
    // (vault_meta 'counters.recount', in the same transaction), which recountCountersIfDue() does
    // after the sync. Name index entries are always kept per change.
    static constexpr int kMovedCountersMax = 5000;
    void setMovedCountersMax(int changes) { m_movedMax = changes; }

    // The two as the sync client's and the conflict service's hooks (the follower must outlive them).
    using Hook = std::function<Status(storage::Database&, const QString& table, const QString& recordKey)>;
    Hook beforeHook() { return std::bind_front(&RemoteChangeFollower::before, this); }
    Hook afterHook() { return std::bind_front(&RemoteChangeFollower::after, this); }

private:
    // The counters one record counts in, with their weights.
    struct Counted
    {
        QList<AggregateKey> keys;
        std::optional<QString> residentName; // a live resident's full name (its name index entries)
    };
    RemoteChangeFollower() = default;
    Result<Counted> countedNow(storage::Database& db, const QString& table, const QString& recordKey);
    RecordTable* kindTable(const QString& table);

    std::unique_ptr<WelfareRules> m_rules;
    std::unique_ptr<WelfareRepository> m_welfare;
    std::unique_ptr<LabourRepository> m_labour;
    std::unique_ptr<LandRepository> m_land;
    std::unique_ptr<CertifiedCopyRepository> m_copies;
    QString m_pendingTable, m_pendingKey; // the change before() was called for
    Counted m_pending;
    int m_movedMax = kMovedCountersMax;
    int m_followed = 0;
};

} // namespace xaso::domain
