#include "client/outbox.h"

#include <algorithm>

namespace xaso::sync {

Status Outbox::loadMarks()
{
    if (m_marksLoaded)
        return {};
    auto st = m_db.prepare(QStringLiteral("SELECT from_seq, epoch, seen_seq FROM sync_seen_marks ORDER BY from_seq"));
    if (!st)
        return st.error();
    m_marks.clear();
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        m_marks.append({st->int64(0), quint64(st->int64(1)), st->int64(2)});
    }
    m_marksLoaded = true;
    return {};
}

Result<qint64> Outbox::seenFor(qint64 seq)
{
    XASO_TRY(loadMarks());
    auto it = std::upper_bound(m_marks.cbegin(), m_marks.cend(), seq,
                               [](qint64 s, const Mark& m) { return s < m.fromSeq; });
    if (it == m_marks.cbegin())
        return qint64(0);
    const Mark& mark = *(it - 1);
    return mark.epoch == m_state.epoch ? mark.seen : qMin(mark.seen, m_state.epochBase);
}

Status Outbox::addSeenMark(qint64 seenSeq)
{
    auto st = m_db.cached("INSERT OR REPLACE INTO sync_seen_marks (from_seq, epoch, seen_seq) "
                          "VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log), ?, ?)");
    if (!st)
        return st.error();
    XASO_TRY((*st)->bind(1, qint64(m_state.epoch)).bind(2, seenSeq).exec());
    m_marksLoaded = false;
    return {};
}

Result<ChangeRecord> Outbox::readRow(storage::Statement& st)
{
    ChangeRecord c;
    c.seq = st.int64(0);
    c.hlc = st.int64(1);
    c.table = st.text(2);
    c.recordKey = st.text(3);
    const auto op = opFromName(st.text(4));
    if (!op)
        return makeError(ErrorCode::Tampered, QStringLiteral("change_log row %1 has an unknown operation").arg(c.seq));
    c.op = *op;
    c.fields = st.blob(5);
    c.txn = st.int64(6);
    auto seen = seenFor(c.seq);
    if (!seen)
        return seen.error();
    c.seenSeq = *seen;
    return c;
}

Result<OutboxSlice> Outbox::next(qint64 after, qsizetype targetBytes)
{
    auto st = m_db.prepare(QStringLiteral("SELECT seq, hlc, tbl, record_key, op, fields, txn FROM change_log "
                                          "WHERE seq > ? ORDER BY seq LIMIT 20000"));
    if (!st)
        return st.error();
    st->bind(1, after);
    OutboxSlice slice;
    qsizetype bytes = 0;
    qsizetype lastBoundary = 0; // number of changes up to the end of the last complete transaction
    bool full = false, lookAhead = false;
    int rows = 0;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ++rows;
        auto c = readRow(*st);
        if (!c)
            return c.error();
        if (!slice.changes.isEmpty() && slice.changes.last().txn != c->txn)
            lastBoundary = slice.changes.size();
        if (full) {
            lookAhead = true; // this row only told whether the slice ends a transaction
            break;
        }
        bytes += 60 + c->table.size() + c->recordKey.size() + c->fields.size();
        slice.changes.append(std::move(c).value());
        full = bytes >= targetBytes;
    }
    // The end of the log always ends a transaction (only committed rows are visible).
    const bool logEnded = !lookAhead && rows < 20000;
    if (!logEnded && lastBoundary < slice.changes.size()) {
        if (lastBoundary > 0)
            slice.changes.resize(lastBoundary); // whole transactions only
        else
            slice.transactionContinues = true; // one transaction alone is larger than the target
    }
    return slice;
}

Result<QList<ChangeRecord>> Outbox::range(qint64 after, int limit)
{
    auto st = m_db.cached("SELECT seq, hlc, tbl, record_key, op, fields, txn FROM change_log WHERE seq > ? "
                          "ORDER BY seq LIMIT ?");
    if (!st)
        return st.error();
    (*st)->bind(1, after).bind(2, limit);
    QList<ChangeRecord> out;
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto c = readRow(**st);
        if (!c)
            return c.error();
        out.append(std::move(c).value());
    }
    return out;
}

Result<qint64> Outbox::lastSeq()
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> Outbox::countAfter(qint64 after)
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE seq > %1").arg(after));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QByteArray> Outbox::chainHashAt(const QString& deviceId, qint64 seq)
{
    if (seq == m_state.ackedSeq && !m_state.chainHash.isEmpty())
        return m_state.chainHash;
    qint64 from = 0;
    QByteArray chain = genesisChainHash(deviceId);
    auto mark = m_db.cached("SELECT seq, hash FROM sync_chain_marks WHERE seq <= ? ORDER BY seq DESC LIMIT 1");
    if (!mark)
        return mark.error();
    (*mark)->bind(1, seq);
    auto row = (*mark)->step();
    if (!row)
        return row.error();
    if (*row) {
        from = (*mark)->int64(0);
        chain = (*mark)->blob(1);
    }
    (*mark)->reset();
    auto st = m_db.prepare(QStringLiteral("SELECT seq, hlc, tbl, record_key, op, fields, txn FROM change_log "
                                          "WHERE seq > ? AND seq <= ? ORDER BY seq"));
    if (!st)
        return st.error();
    st->bind(1, from).bind(2, seq);
    while (true) {
        auto r = st->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        auto c = readRow(*st);
        if (!c)
            return c.error();
        chain = chainStep(chain, encodeChange(*c));
    }
    return chain;
}

Status Outbox::storeAck(qint64 ackedSeq, const QByteArray& chainHash, const QList<AckRange>& ranges)
{
    auto mark = m_db.cached("INSERT OR REPLACE INTO sync_chain_marks (seq, hash) VALUES (?, ?)");
    if (!mark)
        return mark.error();
    XASO_TRY((*mark)->bind(1, ackedSeq).bind(2, chainHash).exec());
    auto range = m_db.cached("INSERT OR REPLACE INTO sync_ack_ranges (dev_from, dev_to, srv_from) VALUES (?,?,?)");
    if (!range)
        return range.error();
    for (const AckRange& r : ranges)
        XASO_TRY((*range)->bind(1, r[0]).bind(2, r[1]).bind(3, r[2]).exec());
    // The outbox rows are marked sent only now, in the transaction that stores the acknowledgement.
    auto acked = m_db.cached("UPDATE change_log SET acked = 1 WHERE seq <= ? AND acked = 0");
    if (!acked)
        return acked.error();
    return (*acked)->bind(1, ackedSeq).exec();
}

Status Outbox::forgetAfter(qint64 seq)
{
    XASO_TRY(m_db.exec(QStringLiteral("UPDATE change_log SET acked = 0 WHERE seq > %1 AND acked = 1;"
                                      "DELETE FROM sync_ack_ranges WHERE dev_to > %1;"
                                      "DELETE FROM sync_chain_marks WHERE seq > %1;")
                           .arg(seq)));
    return {};
}

std::optional<qint64> Outbox::ownServerSeq(qint64 deviceSeq)
{
    auto st = m_db.cached("SELECT dev_from, dev_to, srv_from FROM sync_ack_ranges WHERE dev_from <= ? "
                          "ORDER BY dev_from DESC LIMIT 1");
    if (!st)
        return std::nullopt;
    (*st)->bind(1, deviceSeq);
    auto row = (*st)->step();
    if (!row || !*row || (*st)->int64(1) < deviceSeq)
        return std::nullopt;
    return (*st)->int64(2) + (deviceSeq - (*st)->int64(0));
}

} // namespace xaso::sync
