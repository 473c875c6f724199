#include "protocol/batch.h"

#include "crypto/crypto.h"
#include "protocol/byte_io.h"

#include <QCoreApplication>

#include <limits>

namespace xaso::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("XSB1");

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncProtocol", text);
}

} // namespace

QByteArray encodeBatch(BatchHeader header, const QList<ChangeRecord>& changes, const crypto::SecureBytes& secret,
                       QByteArray* lastChainHash)
{
    if (!changes.isEmpty()) {
        header.firstSeq = changes.first().seq;
        header.lastSeq = changes.last().seq;
    }
    ByteWriter w;
    w.raw(kMagic);
    w.put<quint16>(header.protocolVersion);
    w.put<quint16>(header.flags);
    w.raw(deviceIdBytes(header.deviceId));
    w.put<quint64>(quint64(header.firstSeq));
    w.put<quint64>(quint64(header.lastSeq));
    w.put<quint32>(header.schemaVersion);
    w.put<quint64>(header.epoch);
    w.raw(header.prevChainHash);
    w.put<quint32>(quint32(changes.size()));
    QByteArray chain = header.prevChainHash;
    for (const ChangeRecord& c : changes) {
        const QByteArray bytes = encodeChange(c);
        w.bytes32(bytes);
        chain = chainStep(chain, bytes);
    }
    w.raw(chain);
    if (lastChainHash)
        *lastChainHash = chain;
    QByteArray out = w.take();
    out.append(crypto::sign(secret, out));
    return out;
}

Result<Batch> decodeBatch(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBatchBytes)
        return malformed(kMaxBatchBytes, tr("the batch is larger than %1 bytes").arg(kMaxBatchBytes));
    if (bytes.size() < kBatchHeaderBytes + kBatchTrailerBytes)
        return malformed(bytes.size(), tr("the batch is truncated (%1 bytes)").arg(bytes.size()));
    ByteReader r(bytes);
    Batch b;
    BatchHeader& h = b.header;
    QByteArray magic, device;
    quint64 first = 0, last = 0;
    quint32 count = 0;
    r.raw(4, magic);
    if (magic != kMagic)
        return malformed(0, tr("this is not a Xã Số sync batch"));
    r.get(h.protocolVersion);
    if (h.protocolVersion != kProtocolVersion)
        return makeError(h.protocolVersion > kProtocolVersion ? ErrorCode::NewerFormat : ErrorCode::Unsupported,
                         tr("Sync batch protocol version %1 is not supported (this build speaks version %2).")
                             .arg(h.protocolVersion)
                             .arg(kProtocolVersion));
    r.get(h.flags);
    if (h.flags & ~kFlagTransactionContinues)
        return malformed(6, tr("unknown header flags"));
    r.raw(kDeviceIdBytes, device);
    h.deviceId = deviceIdFromBytes(device);
    r.get(first);
    r.get(last);
    r.get(h.schemaVersion);
    r.get(h.epoch);
    r.raw(crypto::kHashBytes, h.prevChainHash);
    r.get(count);
    if (first == 0 || last < first || last > quint64(std::numeric_limits<qint64>::max()))
        return malformed(24, tr("the sequence range %1–%2 is invalid").arg(first).arg(last));
    h.firstSeq = qint64(first);
    h.lastSeq = qint64(last);
    if (h.schemaVersion == 0)
        return malformed(40, tr("the schema version is missing"));
    if (count == 0 || quint64(count) != last - first + 1)
        return malformed(84, tr("%1 changes do not cover the sequence range %2–%3").arg(count).arg(first).arg(last));

    const qsizetype bodyEnd = bytes.size() - kBatchTrailerBytes;
    QByteArray chain = h.prevChainHash;
    // The count is the sender's claim: reserve only what the bytes can hold (each change takes at
    // least its 4-byte length), or 184 bytes claiming 2^32 - 1 changes would ask for ~500 GB.
    const qsizetype room = qMin(qsizetype(count), (bodyEnd - r.offset()) / 4);
    b.changes.reserve(room);
    b.chainHashes.reserve(room);
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype at = r.offset();
        quint32 len = 0;
        QByteArray changeBytes;
        if (at + 4 > bodyEnd || !r.get(len) || qsizetype(len) > bodyEnd - r.offset() || !r.raw(len, changeBytes))
            return malformed(at, tr("change %1 of %2 is truncated").arg(i + 1).arg(count));
        auto c = decodeChange(changeBytes, at + 4);
        if (!c)
            return c.error();
        if (c->seq != h.firstSeq + qint64(i))
            return malformed(at + 4, tr("change %1 has sequence %2, expected %3").arg(i + 1).arg(c->seq).arg(h.firstSeq + i));
        chain = chainStep(chain, changeBytes);
        b.chainHashes.append(chain);
        b.changes.append(std::move(c).value());
    }
    if (r.offset() != bodyEnd)
        return malformed(r.offset(), tr("unexpected bytes after the last change"));
    QByteArray lastChain;
    r.raw(crypto::kHashBytes, lastChain);
    if (lastChain != chain)
        return malformed(bodyEnd, tr("the chain hash does not match the changes (a change was altered)"));
    b.signedBytes = bytes.left(bytes.size() - crypto::kSignatureBytes);
    r.raw(crypto::kSignatureBytes, b.signature);
    return b;
}

Status verifyBatchSignature(const Batch& batch, const QByteArray& publicKey)
{
    if (!crypto::verifySignature(publicKey, batch.signedBytes, batch.signature))
        return makeError(ErrorCode::Tampered,
                         tr("The batch's signature (bytes %1–%2) does not verify with device %3's key: it was "
                            "altered or not signed by that device.")
                             .arg(batch.signedBytes.size())
                             .arg(batch.signedBytes.size() + crypto::kSignatureBytes - 1)
                             .arg(batch.header.deviceId));
    return {};
}

} // namespace xaso::sync
