#include "client/sync_state.h"

#include <QCoreApplication>

namespace xaso::sync {

Result<std::optional<SyncState>> loadSyncState(storage::Database& db)
{
    auto st = db.cached("SELECT url, cert_sha256, server_key, server_name, roles, enrolled_at_ms, epoch, pulled_seq, "
                        "acked_seq, chain_hash, folded_seq, last_sync_ms, epoch_base FROM sync_server WHERE id = 1");
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SyncState>();
    storage::Statement& q = **st;
    SyncState s;
    s.url = q.text(0);
    s.certSha256 = q.text(1);
    s.serverKey = q.blob(2);
    s.serverName = q.text(3);
    s.roles = q.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.enrolledAtMs = q.int64(5);
    s.epoch = quint64(q.int64(6));
    s.pulledSeq = q.int64(7);
    s.ackedSeq = q.int64(8);
    s.chainHash = q.blob(9);
    s.foldedSeq = q.int64(10);
    if (!q.isNull(11))
        s.lastSyncMs = q.int64(11);
    s.epochBase = q.int64(12);
    return std::optional<SyncState>(s);
}

Status saveSyncState(storage::Database& db, const SyncState& s)
{
    auto st = db.cached("INSERT OR REPLACE INTO sync_server (id, url, cert_sha256, server_key, server_name, roles, "
                        "enrolled_at_ms, epoch, pulled_seq, acked_seq, chain_hash, folded_seq, last_sync_ms, epoch_base) "
                        "VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    storage::Statement& q = **st;
    q.bind(1, s.url).bind(2, s.certSha256).bind(3, s.serverKey).bind(4, s.serverName);
    q.bind(5, s.roles.join(QLatin1Char(','))).bind(6, s.enrolledAtMs).bind(7, qint64(s.epoch)).bind(8, s.pulledSeq);
    q.bind(9, s.ackedSeq).bind(10, s.chainHash).bind(11, s.foldedSeq).bind(12, s.lastSyncMs).bind(13, s.epochBase);
    return q.exec();
}

Result<SyncState> requireSyncState(storage::Database& db)
{
    auto s = loadSyncState(db);
    if (!s)
        return s.error();
    if (!s->has_value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("SyncClient", "This vault is not enrolled with a sync server. "
                                                                   "Enrol it first with 'xaso-cli enroll'."));
    return **s;
}

} // namespace xaso::sync
