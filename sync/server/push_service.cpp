// SyncService::push: a batch is verified whole (structure, signature, device, schema, epoch, roles,
// sequence and chain) before anything is written, then applied in one transaction, or refused
// whole with a reason and an audit entry. docs/sync-protocol.md, "Push".

#include "domain/changes/hlc.h"
#include "protocol/merge_engine.h"
#include "server/sync_service.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncService", text);
}

} // namespace

Result<QJsonArray> SyncService::serverSeqRanges(const QString& deviceId, qint64 from, qint64 to)
{
    auto st = m_store.db().cached("SELECT device_seq, server_seq FROM srv_changes WHERE device_id = ? AND "
                                  "device_seq BETWEEN ? AND ? ORDER BY device_seq");
    if (!st)
        return st.error();
    (*st)->bind(1, deviceId).bind(2, from).bind(3, to);
    QJsonArray ranges;
    qint64 devFrom = 0, devTo = 0, srvFrom = 0;
    auto flush = [&] {
        if (devFrom)
            ranges.append(QJsonArray{devFrom, devTo, srvFrom});
    };
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 dev = (*st)->int64(0), srv = (*st)->int64(1);
        if (devFrom && dev == devTo + 1 && srv == srvFrom + (dev - devFrom)) {
            devTo = dev;
            continue;
        }
        flush();
        devFrom = devTo = dev;
        srvFrom = srv;
    }
    flush();
    return ranges;
}

Result<QByteArray> SyncService::storedChainHash(const DeviceRecord& device, qint64 seq)
{
    if (seq == device.ackedSeq)
        return device.chainHash;
    if (seq == 0)
        return genesisChainHash(device.id);
    auto st = m_store.db().cached("SELECT chain_hash FROM srv_changes WHERE device_id = ? AND device_seq = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, device.id).bind(2, seq);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    return *row ? (*st)->blob(0) : QByteArray();
}

Status SyncService::applyChanges(const DeviceRecord& device, const Batch& batch, qsizetype from, qsizetype to)
{
    storage::Database& db = m_store.db();
    MergeEngine merge(db, m_store.clock());
    domain::HybridClock hlc(db, m_store.clock());
    auto ins = db.cached("INSERT INTO srv_changes (device_id, device_seq, txn, hlc, seen_seq, tbl, record_key, op, "
                         "fields, chain_hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    for (qsizetype i = from; i < to; ++i) {
        const ChangeRecord& c = batch.changes.at(i);
        (*ins)->bind(1, device.id).bind(2, c.seq).bind(3, c.txn).bind(4, c.hlc).bind(5, c.seenSeq);
        (*ins)->bind(6, c.table).bind(7, c.recordKey).bind(8, int(c.op)).bind(9, c.fields);
        XASO_TRY((*ins)->bind(10, batch.chainHashes.at(i)).exec());
        const qint64 serverSeq = db.lastInsertRowId();
        auto merged = merge.apply(device.id, c, serverSeq);
        if (!merged)
            return merged.error();
        // A clock far ahead is not followed (HybridClock::kMaxForwardDriftMs); the change still counts.
        auto followed = hlc.observe(c.hlc);
        if (!followed)
            return followed.error();
        if (!*followed)
            qCInfo(lcSync) << "ignored a far-future clock from device" << device.id;
    }
    auto dev = db.cached("UPDATE srv_devices SET acked_seq = ?, chain_hash = ? WHERE device_id = ?");
    if (!dev)
        return dev.error();
    return (*dev)->bind(1, batch.changes.at(to - 1).seq).bind(2, batch.chainHashes.at(to - 1)).bind(3, device.id).exec();
}

Status SyncService::quarantine(const DeviceRecord& device, const Batch& batch, qsizetype from, const QByteArray& bytes)
{
    auto st = m_store.db().cached("INSERT INTO sync_quarantine (at_ms, device_id, first_seq, last_seq, reason, "
                                  "payload) VALUES (?,?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, m_store.clock().nowMs()).bind(2, device.id).bind(3, batch.changes.at(from).seq);
    (*st)->bind(4, batch.header.lastSeq).bind(5, QStringLiteral("revoked device: after its last trusted sequence"));
    return (*st)->bind(6, bytes).exec();
}

ServiceReply SyncService::push(const QByteArray& bytes)
{
    auto decoded = decodeBatch(bytes);
    if (!decoded) {
        const QString device = bytes.size() >= 24 ? deviceIdFromBytes(bytes.mid(8, 16)) : QString();
        const bool newer = decoded.code() == ErrorCode::NewerFormat || decoded.code() == ErrorCode::Unsupported;
        return refuse(newer ? 426 : 400, device, newer ? "upgrade" : "malformed", decoded.message());
    }
    const Batch& batch = *decoded;
    const BatchHeader& h = batch.header;
    auto found = m_store.device(h.deviceId);
    if (!found || !found->has_value())
        return refuse(403, h.deviceId, "unknown-device", tr("Device %1 is not enrolled with this server.").arg(h.deviceId));
    DeviceRecord device = **found;
    if (auto s = verifyBatchSignature(batch, device.publicKey); !s)
        return refuse(400, device.id, "signature", s.message());
    if (auto s = checkSchema(h.schemaVersion); !s)
        return refuse(426, device.id, "upgrade", s.message());
    auto epoch = m_store.epoch();
    if (!epoch)
        return refuse(500, device.id, "internal", epoch.message());
    QJsonObject where{{QStringLiteral("epoch"), QString::number(*epoch)},
                      {QStringLiteral("expected_seq"), device.ackedSeq + 1}};
    if (h.epoch != *epoch)
        return refuse(409, device.id, "epoch", tr("The server was restored (new epoch); send again from change %1.")
                                                   .arg(device.ackedSeq + 1), where);
    for (const ChangeRecord& c : batch.changes) {
        if (!m_config.tables.allows(m_catalog, device.roles, c.table, Access::Write)) {
            const auto kind = m_config.tables.kindOf(c.table);
            return refuse(403, device.id, "role",
                          kind ? tr("Change %1 writes to %2, but this device's roles may not write %3 records; the "
                                    "whole batch was refused.").arg(c.seq).arg(c.table, *kind)
                               : tr("Change %1 writes to %2, which this server does not sync; the whole batch was "
                                    "refused.").arg(c.seq).arg(c.table));
        }
    }
    if (h.firstSeq > device.ackedSeq + 1)
        return refuse(409, device.id, "gap", tr("Changes %1–%2 are missing; send from change %1.")
                                                 .arg(device.ackedSeq + 1).arg(h.firstSeq - 1), where);
    auto prev = storedChainHash(device, h.firstSeq - 1);
    if (!prev)
        return refuse(500, device.id, "internal", prev.message());
    // Already-stored changes of a replayed batch must be the very same changes: the chain says so.
    const qsizetype stored = qsizetype(qMin(h.lastSeq, device.ackedSeq) - h.firstSeq + 1);
    QByteArray storedHead;
    if (stored > 0) {
        auto s = storedChainHash(device, h.firstSeq + stored - 1);
        if (!s)
            return refuse(500, device.id, "internal", s.message());
        storedHead = *s;
    }
    if (*prev != h.prevChainHash || (stored > 0 && storedHead != batch.chainHashes.at(stored - 1)))
        return refuse(409, device.id, "chain",
                      tr("The batch does not continue this device's change chain at change %1 (edited or "
                         "re-written history); it was refused.").arg(h.firstSeq), where);

    qsizetype accept = batch.changes.size();
    if (device.revoked())
        accept = qBound(stored, qsizetype(device.trustedSeq.value_or(0) - h.firstSeq + 1), accept);
    const bool quarantined = accept < batch.changes.size();
    if (accept > stored || quarantined) {
        auto tx = storage::Transaction::begin(m_store.db());
        if (!tx)
            return refuse(500, device.id, "internal", tx.message());
        Status s = accept > stored ? applyChanges(device, batch, qMax(stored, qsizetype(0)), accept) : Status();
        if (s && quarantined)
            s = quarantine(device, batch, accept, bytes);
        if (s)
            s = m_store.vault().audit().append({QStringLiteral("sync"), device.id, QStringLiteral("push"),
                                                QStringLiteral("changes %1–%2 accepted%3")
                                                    .arg(h.firstSeq + qMax(stored, qsizetype(0)))
                                                    .arg(h.firstSeq + accept - 1)
                                                    .arg(quarantined ? QStringLiteral(", rest quarantined")
                                                                     : QString())});
        if (s)
            s = tx->commit();
        if (!s)
            return refuse(s.code() == ErrorCode::Conflict ? 409 : 500, device.id, "apply", s.message());
        if (accept > stored)
            device.ackedSeq = batch.changes.at(accept - 1).seq;
    }
    auto ranges = serverSeqRanges(device.id, h.firstSeq, device.ackedSeq);
    if (!ranges)
        return refuse(500, device.id, "internal", ranges.message());
    QJsonObject ack{{QStringLiteral("acked_seq"), device.ackedSeq},
                    {QStringLiteral("epoch"), QString::number(*epoch)},
                    {QStringLiteral("server_seqs"), *ranges}};
    if (quarantined)
        return refuse(403, device.id, "revoked",
                      tr("This device was revoked. Its changes up to %1 were accepted; changes %2–%3 are held for "
                         "review.").arg(device.ackedSeq).arg(device.ackedSeq + 1).arg(h.lastSeq), ack);
    qCInfo(lcSync) << "push from" << device.id << "acked" << device.ackedSeq;
    return ServiceReply{200, jsonBytes(ack), "application/json"};
}

} // namespace xaso::sync
