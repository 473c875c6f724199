#include "client/conflict_service.h"

#include "domain/changes/record_writer.h"
#include "protocol/merge_engine.h"
#include "protocol/value_codec.h"

#include <QCoreApplication>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConflictService", text);
}

} // namespace

Result<QList<ConflictInfo>> ConflictService::list(bool includeClosed)
{
    auto st = m_vault.db().prepare(includeClosed ? QStringLiteral("SELECT id FROM sync_conflicts ORDER BY id")
                                                 : QStringLiteral("SELECT id FROM sync_conflicts WHERE status = "
                                                                  "'open' ORDER BY id"));
    if (!st)
        return st.error();
    QList<qint64> ids;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.append(st->int64(0));
    }
    QList<ConflictInfo> out;
    for (qint64 id : ids) {
        auto c = get(id);
        if (!c)
            return c.error();
        out.append(*c);
    }
    return out;
}

Result<ConflictInfo> ConflictService::get(qint64 id)
{
    storage::Database& db = m_vault.db();
    auto st = db.prepare(QStringLiteral("SELECT tbl, record_key, field, status, opened_at_ms, closed_at_ms, "
                                        "closed_by_device FROM sync_conflicts WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no conflict %1.").arg(id));
    ConflictInfo c;
    c.id = id;
    c.table = st->text(0);
    c.recordKey = st->text(1);
    c.field = st->text(2);
    c.status = st->text(3);
    c.openedAtMs = st->int64(4);
    if (!st->isNull(5))
        c.closedAtMs = st->int64(5);
    c.closedByDevice = st->text(6);
    auto cand = db.prepare(QStringLiteral("SELECT device_id, device_seq, hlc, value, active FROM "
                                          "sync_conflict_candidates WHERE conflict_id = ? ORDER BY hlc DESC, "
                                          "device_id DESC, device_seq DESC"));
    if (!cand)
        return cand.error();
    cand->bind(1, id);
    bool winnerFound = false;
    while (true) {
        auto r = cand->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        ConflictCandidate k;
        k.deviceId = cand->text(0);
        k.deviceSeq = cand->int64(1);
        k.hlc = cand->int64(2);
        auto v = decodeValue(cand->blob(3));
        if (!v)
            return v.error();
        k.value = *v;
        k.active = cand->int64(4) != 0;
        k.mine = k.deviceId == m_vault.profile().deviceId;
        // Ordered by (hlc, device) descending: the first active one is the provisional winner.
        k.winner = k.active && !winnerFound;
        winnerFound = winnerFound || k.winner;
        c.candidates.append(k);
    }
    return c;
}

Result<QVariant> ConflictService::chosenValue(const ConflictInfo& c, Keep keep, const QString& text)
{
    if (keep == Keep::Value) {
        if (c.field == MergeEngine::kDeletedField) {
            if (text == QLatin1String("delete") || text == QLatin1String("1"))
                return QVariant(qint64(1));
            if (text == QLatin1String("restore") || text == QLatin1String("0"))
                return QVariant(qint64(0));
            return makeError(ErrorCode::InvalidArgument,
                             tr("For a delete-against-edit conflict keep 'mine', 'theirs', 'delete' or 'restore'."));
        }
        // Typed like the candidates, so an amount stays a number.
        const QVariant sample = c.candidates.isEmpty() ? QVariant() : c.candidates.first().value;
        bool ok = false;
        if (sample.typeId() == QMetaType::LongLong) {
            const qint64 n = text.toLongLong(&ok);
            if (ok)
                return QVariant(n);
        } else if (sample.typeId() == QMetaType::Double) {
            const double d = text.toDouble(&ok);
            if (ok)
                return QVariant(d);
        }
        return QVariant(text);
    }
    const ConflictCandidate* mine = nullptr;
    const ConflictCandidate* theirs = nullptr;
    for (const ConflictCandidate& k : c.candidates) {
        if (!k.active)
            continue;
        if (k.mine && !mine)
            mine = &k;
        if (!k.mine && !theirs)
            theirs = &k; // candidates are best first
    }
    const ConflictCandidate* pick = keep == Keep::Mine ? mine : theirs;
    if (!pick)
        return makeError(ErrorCode::InvalidArgument,
                         keep == Keep::Mine ? tr("Conflict %1 has no value from this device; keep 'theirs' or give "
                                                 "a value.").arg(c.id)
                                            : tr("Conflict %1 has no value from another device.").arg(c.id));
    return pick->value;
}

Status ConflictService::resolve(qint64 id, Keep keep, const QString& text)
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (c->status != QLatin1String("open"))
        return makeError(ErrorCode::Conflict, tr("Conflict %1 is already %2.").arg(id).arg(c->status));
    auto value = chosenValue(*c, keep, text);
    if (!value)
        return value.error();
    storage::Database& db = m_vault.db();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    domain::RecordWriter writer(m_vault);
    // A new change like any edit: the next push signs and sends it; it supersedes every candidate.
    if (m_changing)
        XASO_TRY(m_changing(db, c->table, c->recordKey));
    XASO_TRY(writer.update(c->table, c->recordKey, {{c->field, *value, 0}}));
    if (m_changed)
        XASO_TRY(m_changed(db, c->table, c->recordKey));
    auto seq = db.scalar(QStringLiteral("SELECT MAX(seq) FROM change_log"));
    if (!seq)
        return seq.error();
    auto close = db.prepare(QStringLiteral("UPDATE sync_conflicts SET status = 'resolved', closed_at_ms = ?, "
                                           "closed_by_device = ?, closed_by_seq = ? WHERE id = ?"));
    if (!close)
        return close.error();
    close->bind(1, m_vault.clock().nowMs()).bind(2, m_vault.profile().deviceId).bind(3, seq->toLongLong());
    XASO_TRY(close->bind(4, id).exec());
    XASO_TRY(m_vault.audit().append({c->table, c->recordKey, QStringLiteral("resolve-conflict"),
                                     QStringLiteral("conflict %1, field %2").arg(id).arg(c->field)}));
    return tx->commit();
}

} // namespace xaso::sync
