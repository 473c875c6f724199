#include "client/sync_client.h"

#include "client/local_digest.h"
#include "protocol/batch.h"
#include "protocol/pull_page.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncClient", text);
}

constexpr int kMaxRepositions = 5; // 409 answers in a row before giving up

} // namespace

Result<SyncReport> SyncClient::sync()
{
    SyncReport report;
    auto run = [&]() -> Status {
        XASO_TRY(refreshStatus());
        XASO_TRY(push(report));
        if (m_revoked)
            return makeError(
                ErrorCode::PermissionDenied,
                tr("The server administrator revoked this device; sync is refused. Unsent changes stay "
                   "in this vault."));
        XASO_TRY(pull(report));
        auto due = digestsDue();
        if (!due)
            return due.error();
        return *due ? compareDigests(report) : Status();
    };
    if (auto s = run(); !s)
        return s.error();
    m_state.lastSyncMs = m_vault.clock().nowMs();
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    XASO_TRY(saveSyncState(m_vault.db(), m_state));
    if (report.digestsCompared) {
        auto st = m_vault.db().cached(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('sync.digests_ms', ?)");
        if (!st)
            return st.error();
        XASO_TRY((*st)->bind(1, m_vault.clock().nowMs()).exec());
    }
    XASO_TRY(tx->commit());
    return report;
}

Status SyncClient::storeAck(const QJsonObject& ack, qint64 lastSeq, const QByteArray& lastChain)
{
    const qint64 acked = ack.value(QStringLiteral("acked_seq")).toInteger();
    if (acked <= m_state.ackedSeq)
        return {};
    QList<AckRange> ranges;
    for (const QJsonValue& v : ack.value(QStringLiteral("server_seqs")).toArray()) {
        const QJsonArray r = v.toArray();
        ranges.append({r.at(0).toInteger(), r.at(1).toInteger(), r.at(2).toInteger()});
    }
    Outbox outbox(m_vault.db(), m_state);
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    QByteArray chain = lastChain;
    if (acked != lastSeq) {
        auto c = outbox.chainHashAt(m_vault.profile().deviceId, acked);
        if (!c)
            return c.error();
        chain = *c;
    }
    XASO_TRY(outbox.storeAck(acked, chain, ranges));
    SyncState next = m_state;
    next.ackedSeq = acked;
    next.chainHash = chain;
    XASO_TRY(saveSyncState(m_vault.db(), next));
    XASO_TRY(tx->commit());
    m_state = next; // only once the acknowledgement is stored
    return {};
}

Status SyncClient::push(SyncReport& report)
{
    Outbox outbox(m_vault.db(), m_state);
    auto pending = outbox.countAfter(m_state.ackedSeq);
    if (!pending)
        return pending.error();
    const qint64 total = *pending;
    qint64 sent = 0;
    int repositions = 0;
    while (true) {
        auto slice = outbox.next(m_state.ackedSeq, m_options.batchBytes);
        if (!slice)
            return slice.error();
        if (slice->changes.isEmpty())
            break;
        auto prev = outbox.chainHashAt(m_vault.profile().deviceId, m_state.ackedSeq);
        if (!prev)
            return prev.error();
        BatchHeader header;
        header.flags = slice->transactionContinues ? kFlagTransactionContinues : 0;
        header.deviceId = m_vault.profile().deviceId;
        header.schemaVersion = quint32(m_schema);
        header.epoch = m_state.epoch;
        header.prevChainHash = *prev;
        QByteArray lastChain;
        const QByteArray bytes = encodeBatch(header, slice->changes, m_vault.signingSecret(), &lastChain);
        auto response = call({"POST", "/push", {}, bytes, "application/octet-stream"}, false);
        if (!response)
            return response.error();
        const QJsonObject o = QJsonDocument::fromJson(response->body).object();
        if (response->status == 409 && ++repositions <= kMaxRepositions) {
            qCInfo(lcSync) << "push repositioned:" << o.value(QStringLiteral("error")).toString();
            XASO_TRY(refreshStatus()); // restored server or lost acknowledgement: start again where it stands
            continue;
        }
        if (response->status == 403 && o.contains(QStringLiteral("acked_seq")))
            XASO_TRY(storeAck(o, slice->changes.last().seq, lastChain)); // a revoked device's trusted part
        if (response->status != 200)
            return refusal(*response);
        const qint64 before = m_state.ackedSeq;
        XASO_TRY(storeAck(o, slice->changes.last().seq, lastChain));
        if (m_state.ackedSeq < slice->changes.last().seq)
            return makeError(ErrorCode::Internal,
                             tr("The server acknowledged only up to change %1 of a batch ending "
                                "at %2.")
                                 .arg(m_state.ackedSeq)
                                 .arg(slice->changes.last().seq));
        repositions = 0;
        sent += m_state.ackedSeq - before;
        report.pushed += m_state.ackedSeq - before;
        ++report.batches;
        say(tr("Sent %1 of %2 changes.").arg(qMin(sent, total)).arg(total));
    }
    return {};
}

Status SyncClient::pull(SyncReport& report)
{
    Outbox outbox(m_vault.db(), m_state);
    RemoteApplier applier(m_vault, m_state, outbox);
    applier.setRecordChangedHook(m_options.recordChanged);
    applier.setRecordChangingHook(m_options.recordChanging);
    int repositions = 0;
    while (true) {
        const QByteArray target =
            QStringLiteral("/pull?epoch=%1&after=%2").arg(m_state.epoch).arg(m_state.pulledSeq).toLatin1();
        auto response = call({"GET", target, {}, {}, {}}, true);
        if (!response)
            return response.error();
        if (response->status == 409 && ++repositions <= kMaxRepositions) {
            XASO_TRY(refreshStatus());
            XASO_TRY(push(report)); // a restored server needs our changes again first
            continue;
        }
        if (response->status != 200)
            return refusal(*response);
        auto page = decodePullPage(response->body);
        if (!page)
            return page.error();
        if (page->epoch != m_state.epoch)
            return makeError(ErrorCode::Conflict,
                             tr("The server changed epoch during the download; sync again."));
        const SyncState before = m_state;
        auto stats = applier.applyPage(*page);
        if (!stats) {
            m_state = before; // the transaction rolled back
            return stats.error();
        }
        report.pulled += page->changes.size();
        report.applied.applied += stats->applied;
        report.applied.duplicates += stats->duplicates;
        report.applied.conflictsOpened += stats->conflictsOpened;
        report.applied.conflictsClosed += stats->conflictsClosed;
        report.applied.quarantined += stats->quarantined;
        if (!page->changes.isEmpty())
            say(tr("Received %1 changes (%2 conflicts so far).")
                    .arg(report.pulled)
                    .arg(report.applied.conflictsOpened));
        if (!page->more)
            break;
    }
    return {};
}

Result<bool> SyncClient::digestsDue()
{
    if (m_options.digests == SyncOptions::DigestCheck::EverySync)
        return true;
    auto last =
        m_vault.db().scalar(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'sync.digests_ms'"));
    if (!last)
        return last.error();
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    const qint64 now = m_vault.clock().nowMs();
    const qint64 at = last->isNull() ? 0 : last->toLongLong();
    if (!last->isNull() && now >= at && now - at < kDayMs) {
        say(tr("Digests were compared less than a day ago; not compared in this sync."));
        return false;
    }
    return true; // never compared, over a day ago, or the clock went back
}

Status SyncClient::compareDigests(SyncReport& report)
{
    Outbox outbox(m_vault.db(), m_state);
    auto last = outbox.lastSeq();
    if (!last)
        return last.error();
    if (*last > m_state.ackedSeq) {
        say(tr("Digests not compared: %1 changes were written during the sync and are not sent yet.")
                .arg(*last - m_state.ackedSeq));
        return {};
    }
    {
        RemoteApplier applier(m_vault, m_state, outbox);
        auto tx = storage::Transaction::begin(m_vault.db());
        if (!tx)
            return tx.error();
        XASO_TRY(applier.foldOwnChanges());
        XASO_TRY(tx->commit());
    }
    auto response = call({"GET", "/digest", {}, {}, {}}, true);
    if (!response)
        return response.error();
    if (response->status != 200)
        return refusal(*response);
    const QJsonArray tables =
        QJsonDocument::fromJson(response->body).object().value(QStringLiteral("tables")).toArray();
    for (const QJsonValue& v : tables) {
        const QJsonObject t = v.toObject();
        TableComparison cmp;
        cmp.table = t.value(QStringLiteral("table")).toString();
        cmp.server = {cmp.table, t.value(QStringLiteral("entries")).toInteger(),
                      t.value(QStringLiteral("digest")).toString()};
        auto local = localTableDigest(m_vault.db(), cmp.table);
        if (!local)
            return local.error();
        cmp.local = *local;
        if (!cmp.matches()) {
            report.divergent.append(cmp.table);
            qCWarning(lcSync) << "digest differs for table" << cmp.table;
        }
        report.tables.append(cmp);
    }
    report.digestsCompared = true;
    say(report.divergent.isEmpty()
            ? tr("Checked %1 tables against the server: identical.").arg(report.tables.size())
            : tr("Tables that differ from the server: %1.").arg(report.divergent.join(QStringLiteral(", "))));
    return {};
}

} // namespace xaso::sync
