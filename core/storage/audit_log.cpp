#include "storage/audit_log.h"

#include "crypto/crypto.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace xaso::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

const QByteArray kGenesis(32, '\0');

} // namespace

QByteArray AuditLog::rowHash(qint64 seq, qint64 atMs, const QString& actor, const AuditEntry& e,
                             const QByteArray& prevHash)
{
    // Canonical bytes: a domain tag, fixed-width integers, then length-prefixed UTF-8 strings.
    QByteArray canonical;
    QDataStream s(&canonical, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::BigEndian);
    s.writeRawData("xaso-audit-v1", 13);
    s << seq << atMs;
    for (const QString& field : {actor, e.table, e.recordKey, e.action, e.detail}) {
        const QByteArray utf8 = field.toUtf8();
        s << quint32(utf8.size());
        s.writeRawData(utf8.constData(), int(utf8.size()));
    }
    s.writeRawData(prevHash.constData(), int(prevHash.size()));
    return crypto::hash(canonical);
}

Status AuditLog::append(const AuditEntry& entry)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Internal, tr("An audit row must be written inside the change's transaction."));
    auto head = m_db.cached("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!head)
        return head.error();
    auto hasHead = (*head)->step();
    if (!hasHead)
        return hasHead.error();
    const qint64 seq = *hasHead ? (*head)->int64(0) + 1 : 1;
    const QByteArray prev = *hasHead ? (*head)->blob(1) : kGenesis;
    (*head)->reset();

    const qint64 at = m_clock.nowMs();
    const QByteArray h = rowHash(seq, at, m_actor, entry, prev);
    const QByteArray sig = crypto::sign(m_secret, h);

    auto ins = m_db.cached("INSERT INTO audit_log (seq, at_ms, actor, tbl, record_key, action, detail, "
                           "prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    (*ins)->bind(1, seq).bind(2, at).bind(3, m_actor).bind(4, entry.table).bind(5, entry.recordKey);
    (*ins)->bind(6, entry.action).bind(7, entry.detail.isNull() ? QStringLiteral("") : entry.detail);
    (*ins)->bind(8, prev).bind(9, h).bind(10, sig);
    XASO_TRY((*ins)->exec());

    auto up = m_db.cached("INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, ?, ?)");
    if (!up)
        return up.error();
    (*up)->bind(1, seq).bind(2, h);
    return (*up)->exec();
}

Result<AuditReport> AuditLog::verify(Database& db, const QByteArray& publicKey)
{
    AuditReport report;
    auto bad = [&report](qint64 seq, QString why) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.problem = std::move(why);
        return report;
    };
    auto rows = db.prepare(QStringLiteral("SELECT seq, at_ms, actor, tbl, record_key, action, detail, prev_hash, "
                                          "hash, signature FROM audit_log ORDER BY seq"));
    if (!rows)
        return rows.error();
    qint64 expected = 1;
    QByteArray prev = kGenesis;
    for (;;) {
        auto has = rows->step();
        if (!has)
            return has.error();
        if (!*has)
            break;
        const qint64 seq = rows->int64(0);
        if (seq != expected)
            return bad(expected, tr("Row %1 is missing: the chain jumps from %2 to %3.")
                                     .arg(expected)
                                     .arg(expected - 1)
                                     .arg(seq));
        AuditEntry e{rows->text(3), rows->text(4), rows->text(5), rows->text(6)};
        if (rows->blob(7) != prev)
            return bad(seq, tr("Row %1 does not link to the row before it.").arg(seq));
        const QByteArray h = rowHash(seq, rows->int64(1), rows->text(2), e, prev);
        if (h != rows->blob(8))
            return bad(seq, tr("Row %1 was edited after it was written (its hash does not match).").arg(seq));
        if (!crypto::verifySignature(publicKey, h, rows->blob(9)))
            return bad(seq, tr("Row %1 does not carry a valid signature of this profile.").arg(seq));
        prev = h;
        ++expected;
        ++report.rowsChecked;
    }
    auto head = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    auto hasHead = head->step();
    if (!hasHead)
        return hasHead.error();
    const qint64 headSeq = *hasHead ? head->int64(0) : 0;
    if (headSeq != expected - 1 || (*hasHead && head->blob(1) != prev))
        return bad(expected, tr("The chain ends at row %1 but its recorded head is row %2: rows were removed "
                                "from the end.")
                                 .arg(expected - 1)
                                 .arg(headSeq));
    return report;
}

} // namespace xaso::storage
