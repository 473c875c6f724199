#include "protocol/merge_engine.h"

#include "protocol/value_codec.h"

#include <QSet>

namespace xaso::sync {

MergeEngine::MergeEngine(storage::Database& db, const Clock& clock, QString localDeviceId, OwnServerSeq own)
    : m_db(db), m_clock(clock), m_local(std::move(localDeviceId)), m_own(std::move(own))
{
}

Result<QList<domain::FieldValue>> MergeEngine::fieldWrites(const ChangeRecord& c)
{
    if (c.op == ChangeOp::Delete)
        return QList<domain::FieldValue>{{kDeletedField, qint64(1), 0}};
    auto fields = domain::decodeFields(c.fields);
    if (!fields)
        return fields.error();
    bool hasDeleted = false;
    for (domain::FieldValue& f : *fields) {
        if (f.name == kDeletedField) {
            hasDeleted = true;
            f.value = qint64(f.value.toLongLong() != 0 ? 1 : 0);
        }
    }
    if (!hasDeleted)
        fields->append({kDeletedField, qint64(0), 0});
    return fields;
}

Result<QHash<QString, QList<MergeEngine::Sibling>>> MergeEngine::siblings(const QString& table,
                                                                          const QString& key)
{
    // One range of the primary key (tbl, record_key, …) for every field of the record: a change
    // names several fields, and a query per field was a tenth of a first sync.
    auto st = m_db.cached("SELECT field, device_id, device_seq, hlc, server_seq, value FROM sync_field_state "
                          "WHERE tbl = ? AND record_key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, table).bind(2, key);
    QHash<QString, QList<Sibling>> out;
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Sibling s;
        s.device = (*st)->text(1);
        s.deviceSeq = (*st)->int64(2);
        s.hlc = (*st)->int64(3);
        if (!(*st)->isNull(4))
            s.serverSeq = (*st)->int64(4);
        s.value = (*st)->blob(5);
        out[(*st)->text(0)].append(std::move(s));
    }
    return out;
}

bool MergeEngine::supersededBy(const Sibling& s, const QString& device, const ChangeRecord& c) const
{
    if (s.device == device)
        return true; // a device's own chain is ordered: its later change saw its earlier one
    std::optional<qint64> seq = s.serverSeq;
    if (!seq && m_own && s.device == m_local)
        seq = m_own(s.deviceSeq);
    return seq && *seq <= c.seenSeq;
}

const MergeEngine::Sibling* MergeEngine::winnerOf(const QList<Sibling>& siblings)
{
    const Sibling* best = nullptr;
    for (const Sibling& s : siblings) {
        if (!best || s.hlc > best->hlc || (s.hlc == best->hlc && s.device > best->device))
            best = &s;
    }
    return best;
}

Result<MergeOutcome> MergeEngine::apply(const QString& device, const ChangeRecord& c,
                                        std::optional<qint64> serverSeq)
{
    auto writes = fieldWrites(c);
    if (!writes)
        return writes.error();
    MergeOutcome out;
    int fresh = 0;
    // Read once: the loop below rewrites only the field it is on.
    auto record = siblings(c.table, c.recordKey);
    if (!record)
        return record.error();
    for (const domain::FieldValue& w : *writes) {
        const QList<Sibling> fieldSiblings = record->value(w.name);
        const QList<Sibling>* current = &fieldSiblings;
        bool seen = false;
        for (const Sibling& s : *current)
            seen = seen || (s.device == device && s.deviceSeq >= c.seq);
        if (seen)
            continue; // delivered twice: this write (or a later one of its device) is already here
        ++fresh;
        const Sibling* before = winnerOf(*current);
        const QByteArray beforeValue = before ? before->value : QByteArray();
        const bool hadValue = before != nullptr;

        QList<Sibling> kept, removed;
        for (const Sibling& s : *current)
            (supersededBy(s, device, c) ? removed : kept).append(s);
        Sibling mine{device, c.seq, c.hlc, serverSeq, encodeValue(w.value)};
        kept.append(mine);

        auto del =
            m_db.cached("DELETE FROM sync_field_state WHERE tbl = ? AND record_key = ? AND field = ? AND "
                        "device_id = ?");
        if (!del)
            return del.error();
        for (const Sibling& s : removed)
            XASO_TRY((*del)->bind(1, c.table).bind(2, c.recordKey).bind(3, w.name).bind(4, s.device).exec());
        // A plain INSERT: this device's earlier sibling, if any, was superseded and deleted above.
        // (INSERT OR REPLACE would open a statement journal per field, encrypted page by page.)
        auto ins = m_db.cached("INSERT INTO sync_field_state (tbl, record_key, field, device_id, "
                               "device_seq, hlc, server_seq, value) VALUES (?,?,?,?,?,?,?,?)");
        if (!ins)
            return ins.error();
        (*ins)->bind(1, c.table).bind(2, c.recordKey).bind(3, w.name).bind(4, device).bind(5, c.seq);
        (*ins)->bind(6, c.hlc).bind(7, serverSeq).bind(8, mine.value);
        XASO_TRY((*ins)->exec());
        (*record)[w.name] = kept; // stays exact should a change name a field twice

        // An open conflict implies at least two siblings before this change; otherwise skip the look-up.
        if (current->size() >= 2 || kept.size() >= 2) {
            int closed = 0;
            auto opened = updateConflict(c.table, c.recordKey, w.name, kept, removed, device, c, &closed);
            if (!opened)
                return opened.error();
            out.conflictsOpened += *opened;
            out.conflictsClosed += closed;
        }

        const Sibling* after = winnerOf(kept);
        if (!hadValue || after->value != beforeValue) {
            auto v = decodeValue(after->value);
            if (!v)
                return v.error();
            out.changedWinners.append({w.name, *v, 0});
        }
    }
    out.duplicate = fresh == 0;
    return out;
}

Result<int> MergeEngine::updateConflict(const QString& table, const QString& key, const QString& field,
                                        const QList<Sibling>& current, const QList<Sibling>& removed,
                                        const QString& device, const ChangeRecord& c, int* closed)
{
    QSet<QByteArray> values;
    for (const Sibling& s : current)
        values.insert(s.value);
    auto find =
        m_db.cached("SELECT id FROM sync_conflicts WHERE tbl = ? AND record_key = ? AND field = ? AND "
                    "status = 'open'");
    if (!find)
        return find.error();
    (*find)->bind(1, table).bind(2, key).bind(3, field);
    auto row = (*find)->step();
    if (!row)
        return row.error();
    const qint64 openId = *row ? (*find)->int64(0) : 0;
    (*find)->reset();

    if (values.size() <= 1) {
        if (!openId)
            return 0;
        // Someone who had seen every candidate wrote the field again: the conflict is settled.
        auto close = m_db.cached("UPDATE sync_conflicts SET status = 'superseded', closed_at_ms = ?, "
                                 "closed_by_device = ?, closed_by_seq = ? WHERE id = ?");
        if (!close)
            return close.error();
        XASO_TRY((*close)->bind(1, m_clock.nowMs()).bind(2, device).bind(3, c.seq).bind(4, openId).exec());
        *closed = 1;
        return 0;
    }
    qint64 id = openId;
    if (!id) {
        auto open = m_db.cached("INSERT INTO sync_conflicts (tbl, record_key, field, status, opened_at_ms) "
                                "VALUES (?,?,?,'open',?)");
        if (!open)
            return open.error();
        XASO_TRY((*open)->bind(1, table).bind(2, key).bind(3, field).bind(4, m_clock.nowMs()).exec());
        id = m_db.lastInsertRowId();
    }
    auto retire = m_db.cached("UPDATE sync_conflict_candidates SET active = 0 WHERE conflict_id = ? AND "
                              "device_id = ? AND device_seq = ?");
    if (!retire)
        return retire.error();
    for (const Sibling& s : removed)
        XASO_TRY((*retire)->bind(1, id).bind(2, s.device).bind(3, s.deviceSeq).exec());
    auto add =
        m_db.cached("INSERT OR IGNORE INTO sync_conflict_candidates (conflict_id, device_id, device_seq, "
                    "hlc, value, active) VALUES (?,?,?,?,?,1)");
    if (!add)
        return add.error();
    for (const Sibling& s : current)
        XASO_TRY((*add)
                     ->bind(1, id)
                     .bind(2, s.device)
                     .bind(3, s.deviceSeq)
                     .bind(4, s.hlc)
                     .bind(5, s.value)
                     .exec());
    return openId ? 0 : 1;
}

Result<QList<domain::FieldValue>> MergeEngine::winners(const QString& table, const QString& key)
{
    auto st = m_db.cached("SELECT field, device_id, hlc, value FROM sync_field_state WHERE tbl = ? AND "
                          "record_key = ? ORDER BY field");
    if (!st)
        return st.error();
    (*st)->bind(1, table).bind(2, key);
    QList<domain::FieldValue> out;
    QString field;
    QList<Sibling> group;
    auto flush = [&]() -> Status {
        if (group.isEmpty())
            return {};
        auto v = decodeValue(winnerOf(group)->value);
        if (!v)
            return v.error();
        out.append({field, *v, 0});
        group.clear();
        return {};
    };
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString f = (*st)->text(0);
        if (f != field)
            XASO_TRY(flush());
        field = f;
        group.append(Sibling{(*st)->text(1), 0, (*st)->int64(2), std::nullopt, (*st)->blob(3)});
    }
    XASO_TRY(flush());
    return out;
}

} // namespace xaso::sync
