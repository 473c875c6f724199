#pragma once
// Runs one sync (sync/client SyncClient: status, push, pull, digests) in a worker thread
// (QtConcurrent) so the window stays responsive. Progress comes from the client's progress lines
// and from what the transport sees (acknowledged changes, pages received); cancel stops before the
// next request or during a backoff wait. Every step of the client commits its own progress, so a
// cancelled sync leaves the outbox as it was for what was not acknowledged.
//
// While a sync runs, the worker owns the vault's connection: the page does not read the vault
// until finished() arrives, and the destructor cancels and waits.

#include "client/sync_client.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace xaso {
class RoleCatalog;
}

namespace xaso::desktop {

struct SyncOutcome
{
    bool ok = false;
    bool cancelled = false;
    sync::SyncReport report;
    QString message; // for the officer (sync_texts.h), empty on success
    QString detail;  // the library's own message, for the administrator (tooltip)
};

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    SyncRunner(storage::Vault& vault, const RoleCatalog& roles, QObject* parent = nullptr);
    ~SyncRunner() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Tuning for tests and slow links; the defaults suit an officer's PC.
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }

public slots:
    void start();
    void cancel();

signals:
    void progress(int percent, const QString& line);
    void finished(const xaso::desktop::SyncOutcome& outcome);

private:
    SyncOutcome run();

    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
    int m_timeoutSeconds = 20;
    int m_maxAttempts = 6;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<SyncOutcome> m_watcher;
};

} // namespace xaso::desktop
