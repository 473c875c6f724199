#pragma once
// One record change as the sync protocol ships it, and its canonical bytes: the bytes that are
// hash-chained, signed, stored by the server and decoded identically on every replica.
// Layout (big-endian; docs/sync-protocol.md, "Change"):
//   u64 seq, u64 txn, i64 hlc, u64 seen_seq, u8 op (1 insert, 2 update, 3 delete),
//   u16 + table (ASCII identifier), u16 + record key (UTF-8), u32 + fields (field_codec.h)

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace xaso::sync {

enum class ChangeOp : quint8 { Insert = 1, Update = 2, Delete = 3 };

struct ChangeRecord
{
    qint64 seq = 0;     // the device's sequence (its change_log.seq), from 1, no gaps
    qint64 txn = 0;     // the device's local transaction: a batch carries whole transactions
    qint64 hlc = 0;     // hybrid logical clock (domain/changes/hlc.h)
    qint64 seenSeq = 0; // the server sequence the device had downloaded when it wrote the change
    ChangeOp op = ChangeOp::Insert;
    QString table;
    QString recordKey;
    QByteArray fields; // canonical field list (domain/changes/field_codec.h); empty for a delete
    bool operator==(const ChangeRecord&) const = default;
};

constexpr int kMaxRecordKeyBytes = 256;
constexpr int kDeviceIdBytes = 16;

QByteArray encodeChange(const ChangeRecord& change);
// Strict: every length checked, the table and field names must be identifiers, the field list must
// decode, and nothing may follow. Errors name the byte, counted from baseOffset.
Result<ChangeRecord> decodeChange(const QByteArray& bytes, qsizetype baseOffset = 0);

// The change hash chain: h(i) = BLAKE2b-256(h(i-1) ‖ canonical change i). A device's chain starts
// at genesisChainHash(device id).
QByteArray chainStep(const QByteArray& previous, const QByteArray& changeBytes);
QByteArray genesisChainHash(const QString& deviceId);

QString opName(ChangeOp op); // "insert", "update", "delete"
std::optional<ChangeOp> opFromName(const QString& name);

// Device ids are 32 lower-case hex characters (16 bytes on the wire).
bool isDeviceId(const QString& id);
QByteArray deviceIdBytes(const QString& id);
QString deviceIdFromBytes(const QByteArray& bytes);

Error malformed(qsizetype offset, const QString& what);

} // namespace xaso::sync
