#include "sync/sync_runner.h"

#include "sync/sync_texts.h"

#include "client/https_transport.h"
#include "domain/kinds/derived_refresh.h"
#include "reference/roles.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncRunner", text);
}

// The real transport with a cancel check before every request, the last HTTP status kept (to tell
// "busy" from "unreachable"), and a rough percentage from what passes through: status 0–5, push
// 5–60 by acknowledged changes, pull 60–95 by pages, digests 95–100.
class WatchedTransport final : public sync::HttpTransport
{
public:
    WatchedTransport(sync::HttpTransport& inner, const std::atomic_bool& cancel, qint64 ackedBefore,
                     qint64 pending)
        : m_inner(inner), m_cancel(cancel), m_ackedBefore(ackedBefore), m_pending(pending)
    {
    }

    Result<sync::HttpResponse> send(const sync::HttpRequest& request) override
    {
        if (m_cancel)
            return makeError(ErrorCode::Cancelled, tr("Cancelled by the officer."));
        auto response = m_inner.send(request);
        if (!response)
            return response;
        lastStatus = response->status;
        if (response->status != 200)
            return response;
        if (request.target.startsWith("/status")) {
            percent = qMax(percent.load(), 5);
        } else if (request.target.startsWith("/push")) {
            const qint64 acked =
                QJsonDocument::fromJson(response->body).object().value(u"acked_seq"_s).toInteger();
            const double share = m_pending > 0 ? double(acked - m_ackedBefore) / double(m_pending) : 1.0;
            percent = qMax(percent.load(), 5 + int(55 * qBound(0.0, share, 1.0)));
        } else if (request.target.startsWith("/pull")) {
            ++m_pages; // the total is unknown: each page closes half of what is left up to 95
            percent = qMax(percent.load(), 95 - int(35.0 / double(1 << qMin(m_pages, 10))));
        } else if (request.target.startsWith("/digest")) {
            percent = qMax(percent.load(), 98);
        }
        return response;
    }

    std::atomic_int lastStatus{0};
    std::atomic_int percent{0};

private:
    sync::HttpTransport& m_inner;
    const std::atomic_bool& m_cancel;
    qint64 m_ackedBefore;
    qint64 m_pending;
    int m_pages = 0;
};

} // namespace

SyncRunner::SyncRunner(storage::Vault& vault, const RoleCatalog& roles, QObject* parent)
    : QObject(parent), m_vault(vault), m_roles(roles)
{
    connect(&m_watcher, &QFutureWatcher<SyncOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

SyncRunner::~SyncRunner()
{
    // The page goes away (the window locks or closes): stop at the next request and wait, so the
    // keys are not wiped under a running worker.
    *m_cancel = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void SyncRunner::start()
{
    if (isRunning())
        return;
    *m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this] { return run(); }));
}

void SyncRunner::cancel()
{
    *m_cancel = true;
}

SyncOutcome SyncRunner::run()
{
    SyncOutcome outcome;
    const std::atomic_bool& cancelled = *m_cancel;
    auto state = sync::requireSyncState(m_vault.db());
    if (!state) {
        outcome.message = syncErrorText(state.error(), 0, SyncStep::Sync);
        outcome.detail = state.message();
        return outcome;
    }
    auto pending =
        m_vault.db().scalar(u"SELECT count(*) FROM change_log WHERE seq > %1"_s.arg(state->ackedSeq));
    sync::HttpsTransport https(QUrl(state->url), state->certSha256, m_timeoutSeconds);
    WatchedTransport transport(https, cancelled, state->ackedSeq, pending ? pending->toLongLong() : 0);

    emit progress(0, tr("Contacting the commune server…"));
    sync::SyncOptions options;
    options.maxAttempts = m_maxAttempts;
    options.progress = [this, &transport](const QString& line) { emit progress(transport.percent, line); };
    // Backoff waits in short slices, so Cancel is felt at once.
    options.sleep = [&cancelled](qint64 ms) {
        for (qint64 waited = 0; waited < ms && !cancelled; waited += 100)
            QThread::msleep(quint64(qMin<qint64>(100, ms - waited)));
    };
    // Search entries and dashboard counters follow each pulled change.
    auto follower = domain::RemoteChangeFollower::create(m_vault, m_roles);
    if (!follower) {
        outcome.message = tr("Synchronisation could not start: the program's reference data could not be read.");
        outcome.detail = follower.message();
        return outcome;
    }
    options.recordChanging = (*follower)->beforeHook();
    options.recordChanged = (*follower)->afterHook();
    options.digests = sync::SyncOptions::DigestCheck::Daily; // the first sync of the day compares tables
    sync::SyncClient client(m_vault, transport, options);
    auto report = client.sync();
    if (!report) {
        outcome.cancelled = report.code() == ErrorCode::Cancelled;
        outcome.message = syncErrorText(report.error(), transport.lastStatus, SyncStep::Sync);
        outcome.detail = report.message();
        qCInfo(lcSync) << "sync from the desktop stopped:" << int(report.code());
        return outcome;
    }
    // Once after the upgrade to schema v11: counters kept before it are recounted from the rows.
    if (auto recounted = domain::recountCountersIfDue(m_vault, m_roles); !recounted)
        qCWarning(lcSync) << "counters not recounted after the upgrade:" << int(recounted.code());
    emit progress(100, tr("Finished."));
    outcome.ok = true;
    outcome.report = *report;
    return outcome;
}

} // namespace xaso::desktop
