#pragma once
// The officer vault's sync state (table sync_server, schema v8): the enrolled server, its pinned
// certificate, and where upload and download stand. Every field is written in the same
// transaction as the data it describes, so a killed sync resumes from a consistent point.

#include "storage/database.h"

#include <QStringList>
#include <optional>

namespace xaso::sync {

struct SyncState
{
    QString url;
    QString certSha256;
    QByteArray serverKey;
    QString serverName;
    QStringList roles;
    qint64 enrolledAtMs = 0;
    quint64 epoch = 0;
    qint64 epochBase = 0; // the server's last sequence when the epoch began (after a restore)
    qint64 pulledSeq = 0;
    qint64 ackedSeq = 0;
    QByteArray chainHash;
    qint64 foldedSeq = 0;
    std::optional<qint64> lastSyncMs;
};

Result<std::optional<SyncState>> loadSyncState(storage::Database& db);
// Call inside a transaction.
Status saveSyncState(storage::Database& db, const SyncState& state);
// The enrolled state, or NotFound with a message that says how to enrol.
Result<SyncState> requireSyncState(storage::Database& db);

} // namespace xaso::sync
