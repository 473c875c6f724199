#include "protocol/change.h"

#include "crypto/crypto.h"
#include "domain/changes/field_codec.h"
#include "domain/changes/record_writer.h"
#include "protocol/byte_io.h"

#include <QCoreApplication>

#include <limits>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncProtocol", text);
}

// Columns every synced table has and that a change may never set directly.
bool isReservedColumn(const QString& name)
{
    return name == QLatin1String("id") || name == QLatin1String("row_version") ||
           name == QLatin1String("updated_hlc");
}

} // namespace

Error malformed(qsizetype offset, const QString& what)
{
    return makeError(ErrorCode::InvalidArgument, tr("Malformed sync data at byte %1: %2").arg(offset).arg(what));
}

QByteArray encodeChange(const ChangeRecord& c)
{
    ByteWriter w;
    w.put<quint64>(quint64(c.seq));
    w.put<quint64>(quint64(c.txn));
    w.put<qint64>(c.hlc);
    w.put<quint64>(quint64(c.seenSeq));
    w.put<quint8>(quint8(c.op));
    w.bytes16(c.table.toLatin1());
    w.bytes16(c.recordKey.toUtf8());
    w.bytes32(c.fields);
    return w.take();
}

Result<ChangeRecord> decodeChange(const QByteArray& bytes, qsizetype base)
{
    ByteReader r(bytes, base);
    ChangeRecord c;
    quint64 seq = 0, txn = 0, seen = 0;
    quint8 op = 0;
    if (!r.get(seq) || !r.get(txn) || !r.get(c.hlc) || !r.get(seen))
        return malformed(r.offset(), tr("the change's sequence, transaction or clock is truncated"));
    if (seq == 0 || seq > quint64(std::numeric_limits<qint64>::max()) || txn > quint64(std::numeric_limits<qint64>::max()) ||
        seen > quint64(std::numeric_limits<qint64>::max()))
        return malformed(r.offset() - 32, tr("the change's sequence is out of range"));
    if (c.hlc <= 0)
        return malformed(r.offset() - 16, tr("the change's clock is not positive"));
    c.seq = qint64(seq);
    c.txn = qint64(txn);
    c.seenSeq = qint64(seen);
    const qsizetype opAt = r.offset();
    if (!r.get(op) || op < 1 || op > 3)
        return malformed(opAt, tr("unknown operation"));
    c.op = ChangeOp(op);

    quint16 tableLen = 0;
    QByteArray table;
    const qsizetype tableAt = r.offset();
    if (!r.get(tableLen) || !r.raw(tableLen, table))
        return malformed(tableAt, tr("the table name is truncated"));
    c.table = QString::fromLatin1(table);
    if (!domain::isSqlIdentifier(c.table))
        return malformed(tableAt, tr("'%1' is not a table name").arg(c.table.left(64)));

    quint16 keyLen = 0;
    QByteArray key;
    const qsizetype keyAt = r.offset();
    if (!r.get(keyLen) || !r.raw(keyLen, key))
        return malformed(keyAt, tr("the record key is truncated"));
    if (keyLen == 0 || keyLen > kMaxRecordKeyBytes)
        return malformed(keyAt, tr("the record key is empty or longer than %1 bytes").arg(kMaxRecordKeyBytes));
    c.recordKey = QString::fromUtf8(key);
    if (c.recordKey.toUtf8() != key)
        return malformed(keyAt, tr("the record key is not valid UTF-8"));

    quint32 fieldsLen = 0;
    const qsizetype fieldsAt = r.offset();
    if (!r.get(fieldsLen) || !r.raw(qsizetype(fieldsLen), c.fields))
        return malformed(fieldsAt, tr("the field list is truncated"));
    if (!r.atEnd())
        return malformed(r.offset(), tr("unexpected bytes after the change"));
    if (c.op == ChangeOp::Delete && !c.fields.isEmpty())
        return malformed(fieldsAt, tr("a delete carries no fields"));
    auto fields = domain::decodeFields(c.fields);
    if (!fields)
        return malformed(fieldsAt + 4, fields.message());
    for (qsizetype i = 0; i < fields->size(); ++i) {
        const QString& name = fields->at(i).name;
        if (!domain::isSqlIdentifier(name) || isReservedColumn(name))
            return malformed(fieldsAt + 4, tr("'%1' is not a field a change may set").arg(name.left(64)));
        if (i > 0 && !(fields->at(i - 1).name < name))
            return malformed(fieldsAt + 4, tr("the field '%1' is repeated or out of order").arg(name));
    }
    // Canonical form only: fields sorted by name, no duplicates (re-encoding must give the same bytes).
    if (domain::encodeFields(*fields) != c.fields)
        return malformed(fieldsAt + 4, tr("the field list is not in canonical order"));
    return c;
}

QByteArray chainStep(const QByteArray& previous, const QByteArray& changeBytes)
{
    return crypto::hash(previous + changeBytes);
}

QByteArray genesisChainHash(const QString& deviceId)
{
    return crypto::hash(QByteArrayLiteral("xaso-sync-chain-v1") + deviceId.toLatin1());
}

QString opName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Insert: return QStringLiteral("insert");
    case ChangeOp::Update: return QStringLiteral("update");
    case ChangeOp::Delete: return QStringLiteral("delete");
    }
    return {};
}

std::optional<ChangeOp> opFromName(const QString& name)
{
    if (name == QLatin1String("insert"))
        return ChangeOp::Insert;
    if (name == QLatin1String("update"))
        return ChangeOp::Update;
    if (name == QLatin1String("delete"))
        return ChangeOp::Delete;
    return std::nullopt;
}

bool isDeviceId(const QString& id)
{
    if (id.size() != 2 * kDeviceIdBytes)
        return false;
    for (QChar ch : id) {
        const char16_t c = ch.unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QByteArray deviceIdBytes(const QString& id)
{
    return QByteArray::fromHex(id.toLatin1());
}

QString deviceIdFromBytes(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace xaso::sync
