#pragma once
// A push batch: a header, whole transactions of one device's changes in sequence order, the hash
// chain's head after the last change, and the device's Ed25519 signature over all of it.
// Byte layout in docs/sync-protocol.md, "Batch". The decoder is strict and names the byte at fault.

#include "crypto/secure_bytes.h"
#include "protocol/change.h"

#include <QList>

namespace xaso::sync {

constexpr quint16 kProtocolVersion = 1;
constexpr qsizetype kTargetBatchBytes = 1024 * 1024;     // what the client aims for
constexpr qsizetype kMaxBatchBytes = 16 * 1024 * 1024;   // what the server reads at most
constexpr quint16 kFlagTransactionContinues = 0x0001;    // the last transaction goes on in the next batch
constexpr qsizetype kBatchHeaderBytes = 88;
constexpr qsizetype kBatchTrailerBytes = 32 + 64;

struct BatchHeader
{
    quint16 protocolVersion = kProtocolVersion;
    quint16 flags = 0;
    QString deviceId;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    quint32 schemaVersion = 0;
    quint64 epoch = 0;
    QByteArray prevChainHash; // 32 bytes: the chain after firstSeq - 1
};

struct Batch
{
    BatchHeader header;
    QList<ChangeRecord> changes;
    QList<QByteArray> chainHashes; // after each change
    QByteArray signedBytes;        // everything the signature covers
    QByteArray signature;
};

// Builds and signs a batch; header.firstSeq/lastSeq are taken from the changes. lastChainHash, if
// given, receives the chain hash after the last change.
QByteArray encodeBatch(BatchHeader header, const QList<ChangeRecord>& changes,
                       const crypto::SecureBytes& signingSecret, QByteArray* lastChainHash = nullptr);

// Structure, lengths, sequence contiguity and the hash chain; not the signature (the caller looks
// up the device's key by header.deviceId, then calls verifyBatchSignature).
Result<Batch> decodeBatch(const QByteArray& bytes);
Status verifyBatchSignature(const Batch& batch, const QByteArray& publicKey);

} // namespace xaso::sync
