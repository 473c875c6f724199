#include "client/remote_applier.h"

#include "domain/changes/hlc.h"
#include "util/logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RemoteApplier", text);
}

} // namespace

RemoteApplier::RemoteApplier(storage::Vault& vault, SyncState& state, Outbox& outbox)
    : m_vault(vault), m_db(vault.db()), m_state(state), m_outbox(outbox),
      m_merge(vault.db(), vault.clock(), vault.profile().deviceId,
              [&outbox](qint64 seq) { return outbox.ownServerSeq(seq); })
{
}

Status RemoteApplier::foldOwnChanges()
{
    const QString me = m_vault.profile().deviceId;
    while (true) {
        auto changes = m_outbox.range(m_state.foldedSeq, 2000);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            break;
        for (const ChangeRecord& c : *changes) {
            auto merged = m_merge.apply(me, c, std::nullopt);
            if (!merged)
                return merged.error();
            m_state.foldedSeq = c.seq;
        }
    }
    return saveSyncState(m_db, m_state);
}

Result<QSet<QString>> RemoteApplier::columns(const QString& table)
{
    const auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd())
        return *it;
    auto st = m_db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table)); // table: checked identifier
    if (!st)
        return st.error();
    QSet<QString> names;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        names.insert(st->text(1));
    }
    m_columns.insert(table, names);
    return names;
}

Status RemoteApplier::quarantine(const PulledChange& p, const QString& reason)
{
    qCWarning(lcSync) << "quarantined a change from" << p.deviceId << "seq" << p.change.seq;
    auto st =
        m_db.cached("INSERT INTO sync_quarantine (at_ms, device_id, first_seq, last_seq, reason, payload) "
                    "VALUES (?,?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, m_vault.clock().nowMs()).bind(2, p.deviceId).bind(3, p.change.seq).bind(4, p.change.seq);
    return (*st)->bind(5, reason).bind(6, encodeChange(p.change)).exec();
}

Status RemoteApplier::materialise(const ChangeRecord& c, const MergeOutcome& outcome)
{
    auto exists =
        m_db.cached(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(c.table).toUtf8().constData());
    if (!exists)
        return exists.error();
    (*exists)->bind(1, c.recordKey);
    auto row = (*exists)->step();
    if (!row)
        return row.error();
    const bool present = *row;
    (*exists)->reset();
    if (!present) {
        auto all = m_merge.winners(c.table, c.recordKey);
        if (!all)
            return all.error();
        QStringList names{QStringLiteral("id"), QStringLiteral("row_version"), QStringLiteral("updated_hlc")};
        for (const domain::FieldValue& f : *all)
            names << f.name;
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(c.table, names.join(QLatin1Char(',')),
                                     QStringLiteral("?,").repeated(names.size()).chopped(1));
        auto ins = m_db.cached(sql.toUtf8().constData());
        if (!ins)
            return ins.error();
        (*ins)->bind(1, c.recordKey).bind(2, qint64(1)).bind(3, c.hlc);
        int i = 4;
        for (const domain::FieldValue& f : *all)
            (*ins)->bind(i++, f.value);
        return (*ins)->exec();
    }
    if (outcome.changedWinners.isEmpty())
        return {};
    QStringList sets;
    for (const domain::FieldValue& f : outcome.changedWinners)
        sets << f.name + QStringLiteral(" = ?");
    const QString sql =
        QStringLiteral(
            "UPDATE %1 SET %2, row_version = row_version + 1, updated_hlc = MAX(updated_hlc, ?) WHERE id = ?")
            .arg(c.table, sets.join(QStringLiteral(", ")));
    auto up = m_db.cached(sql.toUtf8().constData());
    if (!up)
        return up.error();
    int i = 1;
    for (const domain::FieldValue& f : outcome.changedWinners)
        (*up)->bind(i++, f.value);
    (*up)->bind(i, c.hlc).bind(i + 1, c.recordKey);
    XASO_TRY((*up)->exec());
    // A form opened before this sync must not silently overwrite what just arrived.
    auto seed = m_db.cached(
        "INSERT OR IGNORE INTO field_versions (tbl, record_key, field, version) VALUES (?,?,?,1)");
    auto bump =
        m_db.cached("UPDATE field_versions SET version = version + 1 WHERE tbl = ? AND record_key = ? AND "
                    "field = ?");
    if (!seed || !bump)
        return !seed ? seed.error() : bump.error();
    for (const domain::FieldValue& f : outcome.changedWinners) {
        if (f.name == MergeEngine::kDeletedField)
            continue;
        XASO_TRY((*seed)->bind(1, c.table).bind(2, c.recordKey).bind(3, f.name).exec());
        XASO_TRY((*bump)->bind(1, c.table).bind(2, c.recordKey).bind(3, f.name).exec());
    }
    return {};
}

Status RemoteApplier::applyOne(const PulledChange& p, ApplyStats& stats, bool isolate, bool* needsIsolation)
{
    const ChangeRecord& c = p.change;
    auto peer = m_db.cached("SELECT applied_seq FROM sync_peers WHERE device_id = ?");
    if (!peer)
        return peer.error();
    (*peer)->bind(1, p.deviceId);
    auto row = (*peer)->step();
    if (!row)
        return row.error();
    const qint64 applied = std::max(*row ? (*peer)->int64(0) : 0, m_pageApplied.value(p.deviceId));
    (*peer)->reset();
    if (c.seq <= applied) {
        ++stats.duplicates;
        return {};
    }
    // What this vault can hold: the table and every column the change names.
    auto cols = columns(c.table);
    if (!cols)
        return cols.error();
    auto writes = MergeEngine::fieldWrites(c);
    if (!writes)
        return writes.error();
    QString missing;
    if (cols->isEmpty() || !cols->contains(QStringLiteral("updated_hlc")))
        missing = tr("this vault has no synced table %1").arg(c.table);
    for (const domain::FieldValue& f : *writes) {
        if (missing.isEmpty() && !cols->contains(f.name))
            missing = tr("table %1 has no column %2 in this version").arg(c.table, f.name);
    }
    if (!missing.isEmpty()) { // nothing written yet: set aside without a savepoint
        XASO_TRY(quarantine(p, missing));
        ++stats.quarantined;
        m_pageApplied[p.deviceId] = c.seq;
        return {};
    }
    if (isolate)
        XASO_TRY(m_db.exec(QStringLiteral("SAVEPOINT remote_change")));
    // A hook that fails is this vault's problem, not the change's: it stops the sync (the page
    // rolls back) instead of quarantining a good change.
    bool hookFailed = false;
    auto runHook = [&](const RecordChangedHook& hook) -> Status {
        Status h = hook(m_db, c.table, c.recordKey);
        hookFailed = !h.ok();
        return h;
    };
    Status s = [&]() -> Status {
        if (m_beforeHook)
            XASO_TRY(runHook(m_beforeHook));
        auto merged = m_merge.apply(p.deviceId, c, p.serverSeq);
        if (!merged)
            return merged.error();
        XASO_TRY(materialise(c, *merged));
        auto followed = domain::HybridClock(m_db, m_vault.clock()).observe(c.hlc);
        if (!followed)
            return followed.error();
        if (m_hook)
            XASO_TRY(runHook(m_hook));
        stats.conflictsOpened += merged->conflictsOpened;
        stats.conflictsClosed += merged->conflictsClosed;
        merged->duplicate ? ++stats.duplicates : ++stats.applied;
        return {};
    }();
    if (!s) {
        const bool fatal = hookFailed || s.code() == ErrorCode::Storage || s.code() == ErrorCode::Io;
        if (!isolate) {
            if (!fatal)
                *needsIsolation = true; // the caller rolls the page back and applies it isolated
            return s.error();
        }
        XASO_TRY(m_db.exec(QStringLiteral("ROLLBACK TO remote_change")));
        if (fatal)
            return s.error();
        XASO_TRY(quarantine(p, s.message()));
        ++stats.quarantined;
    }
    if (isolate)
        XASO_TRY(m_db.exec(QStringLiteral("RELEASE remote_change")));
    m_pageApplied[p.deviceId] = c.seq; // written once per device at the end of the page
    return {};
}

Status RemoteApplier::markApplied(const QString& deviceId, qint64 seq)
{
    // UPDATE first, INSERT for a new peer. Once per device and page: on this WITHOUT ROWID table
    // even the UPDATE opens a statement journal that SQLCipher encrypts (see HybridClock::store).
    auto up = m_db.cached("UPDATE sync_peers SET applied_seq = ? WHERE device_id = ?");
    if (!up)
        return up.error();
    XASO_TRY((*up)->bind(1, seq).bind(2, deviceId).exec());
    if (m_db.changes() > 0)
        return {};
    auto ins = m_db.cached("INSERT INTO sync_peers (device_id, applied_seq) VALUES (?, ?)");
    if (!ins)
        return ins.error();
    return (*ins)->bind(1, deviceId).bind(2, seq).exec();
}

Result<ApplyStats> RemoteApplier::applyPage(const PullPage& page)
{
    // A savepoint per change makes SQLite copy every database page the change touches into the
    // statement journal, and SQLCipher encrypts each copy: most of a first sync's time. So the page
    // is applied without them; only when a change fails (one to quarantine) is the whole page
    // rolled back and applied again with a savepoint per change, so that change alone is set aside.
    const SyncState before = m_state;
    bool needsIsolation = false;
    auto fast = applyPageOnce(page, false, &needsIsolation);
    if (fast || !needsIsolation)
        return fast;
    m_state = before; // the rolled-back transaction's cursor and fold marks
    return applyPageOnce(page, true, &needsIsolation);
}

Result<ApplyStats> RemoteApplier::applyPageOnce(const PullPage& page, bool isolate, bool* needsIsolation)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    XASO_TRY(foldOwnChanges());
    ApplyStats stats;
    m_pageApplied.clear();
    for (const PulledChange& p : page.changes)
        XASO_TRY(applyOne(p, stats, isolate, needsIsolation));
    for (auto it = m_pageApplied.cbegin(); it != m_pageApplied.cend(); ++it)
        XASO_TRY(markApplied(it.key(), it.value()));
    m_state.pulledSeq = page.nextAfter;
    XASO_TRY(m_outbox.addSeenMark(page.nextAfter));
    XASO_TRY(saveSyncState(m_db, m_state));
    XASO_TRY(tx->commit());
    return stats;
}

} // namespace xaso::sync
