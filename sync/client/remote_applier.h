#pragma once
// Applies pulled changes to the officer's vault: merges each into the field state (MergeEngine),
// writes the winning values into the record's row, bumps field versions (so a form opened before
// the sync refuses to overwrite), follows the HLC, and advances the download cursor, all in one
// transaction per page (without a savepoint per change unless one fails: see applyPage). A change this vault
// cannot apply (unknown table or column, a row it cannot create) is quarantined, not dropped. See
// docs/sync-protocol.md, "Applying on the client".

#include "client/outbox.h"
#include "protocol/merge_engine.h"
#include "protocol/pull_page.h"
#include "storage/vault.h"

#include <QHash>
#include <QSet>

namespace xaso::sync {

// Called for every record a remote change touches, inside the apply transaction, so derived data
// (search entries, dashboard counters) can follow the row: the "changing" hook before the change
// is written, the "changed" hook after.
using RecordChangedHook =
    std::function<Status(storage::Database&, const QString& table, const QString& recordKey)>;

struct ApplyStats
{
    int applied = 0;
    int duplicates = 0;
    int conflictsOpened = 0;
    int conflictsClosed = 0;
    int quarantined = 0;
};

class RemoteApplier
{
public:
    RemoteApplier(storage::Vault& vault, SyncState& state, Outbox& outbox);
    void setRecordChangedHook(RecordChangedHook hook) { m_hook = std::move(hook); }
    void setRecordChangingHook(RecordChangedHook hook) { m_beforeHook = std::move(hook); }

    // Merges our own changes written since the last fold into the field state (caller's transaction).
    Status foldOwnChanges();
    // One page in one transaction, cursor included.
    Result<ApplyStats> applyPage(const PullPage& page);

private:
    // `isolate`: a savepoint around the change, so a failing one alone is rolled back and
    // quarantined. Without it (the fast path) a failure sets *needsIsolation and stops the page.
    Status applyOne(const PulledChange& p, ApplyStats& stats, bool isolate, bool* needsIsolation);
    Result<ApplyStats> applyPageOnce(const PullPage& page, bool isolate, bool* needsIsolation);
    Status markApplied(const QString& deviceId, qint64 seq);
    Status materialise(const ChangeRecord& c, const MergeOutcome& outcome);
    Result<QSet<QString>> columns(const QString& table);
    Status quarantine(const PulledChange& p, const QString& reason);

    storage::Vault& m_vault;
    storage::Database& m_db;
    SyncState& m_state;
    Outbox& m_outbox;
    MergeEngine m_merge;
    RecordChangedHook m_hook;
    RecordChangedHook m_beforeHook;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, qint64> m_pageApplied; // device → last sequence applied in the current page
};

} // namespace xaso::sync
