#include "protocol/pull_page.h"

#include "protocol/batch.h"
#include "protocol/byte_io.h"

#include <QCoreApplication>

#include <limits>

namespace xaso::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("XSP1");

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncProtocol", text);
}

} // namespace

QByteArray encodePullPage(const PullPage& page)
{
    ByteWriter w;
    w.raw(kMagic);
    w.put<quint16>(kProtocolVersion);
    w.put<quint64>(page.epoch);
    w.put<quint64>(quint64(page.nextAfter));
    w.put<quint8>(page.more ? 1 : 0);
    w.put<quint32>(quint32(page.changes.size()));
    for (const PulledChange& p : page.changes) {
        w.put<quint64>(quint64(p.serverSeq));
        w.raw(deviceIdBytes(p.deviceId));
        w.bytes32(encodeChange(p.change));
    }
    return w.take();
}

Result<PullPage> decodePullPage(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBatchBytes)
        return malformed(kMaxBatchBytes, tr("the page is larger than %1 bytes").arg(kMaxBatchBytes));
    ByteReader r(bytes);
    PullPage page;
    QByteArray magic;
    quint16 version = 0;
    quint64 next = 0;
    quint8 more = 0;
    quint32 count = 0;
    if (!r.raw(4, magic) || magic != kMagic)
        return malformed(0, tr("this is not a Xã Số pull page"));
    if (!r.get(version) || version != kProtocolVersion)
        return makeError(ErrorCode::Unsupported, tr("The server speaks sync protocol version %1; this build speaks %2.")
                                                     .arg(version)
                                                     .arg(kProtocolVersion));
    if (!r.get(page.epoch) || !r.get(next) || !r.get(more) || !r.get(count))
        return malformed(r.offset(), tr("the page header is truncated"));
    if (more > 1 || next > quint64(std::numeric_limits<qint64>::max()))
        return malformed(14, tr("the page header is invalid"));
    page.nextAfter = qint64(next);
    page.more = more == 1;
    qint64 previous = 0;
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype at = r.offset();
        PulledChange p;
        quint64 seq = 0;
        QByteArray device, changeBytes;
        quint32 len = 0;
        if (!r.get(seq) || !r.raw(kDeviceIdBytes, device) || !r.get(len) || !r.raw(qsizetype(len), changeBytes))
            return malformed(at, tr("entry %1 of %2 is truncated").arg(i + 1).arg(count));
        if (seq == 0 || qint64(seq) <= previous || qint64(seq) > page.nextAfter)
            return malformed(at, tr("entry %1 has server sequence %2 out of order").arg(i + 1).arg(seq));
        previous = qint64(seq);
        p.serverSeq = qint64(seq);
        p.deviceId = deviceIdFromBytes(device);
        auto c = decodeChange(changeBytes, at + 8 + kDeviceIdBytes + 4);
        if (!c)
            return c.error();
        p.change = std::move(c).value();
        page.changes.append(std::move(p));
    }
    if (!r.atEnd())
        return malformed(r.offset(), tr("unexpected bytes after the last entry"));
    return page;
}

} // namespace xaso::sync
