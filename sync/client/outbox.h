#pragma once
// The device's outbox (change_log, schema v3) as the sync client reads it: slices of whole local
// transactions for push batches, each change's seen cursor (sync_seen_marks), the hash chain, and
// the server sequences the server gave our changes (sync_ack_ranges).

#include "client/sync_state.h"
#include "protocol/change.h"

#include <QList>

#include <array>

namespace xaso::sync {

struct OutboxSlice
{
    QList<ChangeRecord> changes;
    bool transactionContinues = false; // one transaction larger than the target was split here
};

using AckRange = std::array<qint64, 3>; // device seq from, device seq to, server seq of the first

class Outbox
{
public:
    Outbox(storage::Database& db, const SyncState& state) : m_db(db), m_state(state) {}

    // The next changes after `after`: whole transactions up to about targetBytes.
    Result<OutboxSlice> next(qint64 after, qsizetype targetBytes);
    // Up to `limit` changes after `after`, in order (for folding our own changes into the field state).
    Result<QList<ChangeRecord>> range(qint64 after, int limit);
    Result<qint64> lastSeq();
    Result<qint64> countAfter(qint64 after);

    // The server sequence the change at `seq` had seen when written (see docs/sync-protocol.md,
    // "Causality"): the mark in force at seq; a mark from an older epoch is capped at the epoch base.
    Result<qint64> seenFor(qint64 seq);
    // The chain hash after change `seq`, from the nearest stored mark, extended through the log.
    Result<QByteArray> chainHashAt(const QString& deviceId, qint64 seq);

    // Inside the caller's transaction:
    Status addSeenMark(qint64 seenSeq); // the download cursor moved: changes written from now on saw it
    Status storeAck(qint64 ackedSeq, const QByteArray& chainHash, const QList<AckRange>& ranges);
    Status forgetAfter(qint64 seq); // the server lost our changes after seq (restored): outbox again
    std::optional<qint64> ownServerSeq(qint64 deviceSeq);

private:
    Result<ChangeRecord> readRow(storage::Statement& st);
    Status loadMarks();

    storage::Database& m_db;
    const SyncState& m_state;
    struct Mark
    {
        qint64 fromSeq;
        quint64 epoch;
        qint64 seen;
    };
    QList<Mark> m_marks;
    bool m_marksLoaded = false;
};

} // namespace xaso::sync
