#include "common/vault_session.h"

#include "common/formatting.h"
#include "storage/key_header.h"
#include "storage/vault_backup.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

VaultSession::VaultSession(const Clock& clock, storage::AttemptGuard& guard, QObject* parent)
    : QObject(parent), m_clock(clock), m_guard(guard)
{
}

VaultSession::~VaultSession()
{
    m_running.waitForFinished();
    if (m_vault)
        m_vault->lock();
}

void VaultSession::setVaultPath(const QString& path)
{
    if (m_busy)
        return;
    m_path = path;
}

void VaultSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

template <typename T> void VaultSession::runInWorker(std::function<T()> work, std::function<void(T&)> done)
{
    setBusy(true);
    // Result<unique_ptr> is move-only; a shared_ptr carries it through QFuture.
    using Shared = std::shared_ptr<T>;
    auto* watcher = new QFutureWatcher<Shared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        Shared result = watcher->result();
        watcher->deleteLater();
        m_running = QFuture<void>();
        setBusy(false);
        done(*result);
    });
    QFuture<Shared> future = QtConcurrent::run([work] { return std::make_shared<T>(work()); });
    m_running = QFuture<void>(future);
    watcher->setFuture(future);
}

void VaultSession::adopt(std::unique_ptr<storage::Vault> vault)
{
    if (m_vault)
        m_vault->lock();
    m_vault = std::move(vault);
    emit unlocked();
}

void VaultSession::unlockWithPassword(const QString& password)
{
    if (m_busy)
        return;
    const QString path = m_path;
    const Clock& clock = m_clock;
    storage::AttemptGuard& guard = m_guard;
    runInWorker<VaultResult>(
        [path, password, &clock, &guard] { return storage::Vault::open(path, password, clock, &guard); },
        [this](VaultResult& result) {
            if (!result) {
                emit failed(Operation::Unlock, result.message(), result.code() == ErrorCode::LockedOut);
                return;
            }
            adopt(std::move(result).value());
        });
}

void VaultSession::unlockWithRecoveryKey(const QString& recoveryKey, const QString& newPassword)
{
    if (m_busy)
        return;
    const QString path = m_path;
    const Clock& clock = m_clock;
    storage::AttemptGuard& guard = m_guard;
    runInWorker<VaultResult>(
        [path, recoveryKey, newPassword, &clock, &guard]() -> VaultResult {
            auto opened = storage::Vault::openWithRecoveryKey(path, recoveryKey, clock, &guard);
            if (!opened)
                return opened.error();
            XASO_TRY(storage::Vault::resetPasswordWithRecoveryKey(path, recoveryKey, newPassword));
            // Holding the recovery key proves the officer; start the failure count afresh.
            guard.recordSuccess((*opened)->header().vaultId);
            return opened;
        },
        [this](VaultResult& result) {
            if (!result) {
                emit failed(Operation::Recover, result.message(), result.code() == ErrorCode::LockedOut);
                return;
            }
            adopt(std::move(result).value());
        });
}

void VaultSession::createProfile(const QString& path, const QString& password,
                                 const storage::CreateOptions& options)
{
    if (m_busy)
        return;
    using Created = Result<storage::CreatedVault>;
    const Clock& clock = m_clock;
    runInWorker<Created>(
        [path, password, options, &clock] { return storage::Vault::create(path, password, options, clock); },
        [this, path](Created& result) {
            if (!result) {
                emit failed(Operation::Create, result.message(), false);
                return;
            }
            m_path = path;
            m_created = std::move(result->vault);
            QString key = std::move(result->recoveryKey);
            emit profileCreated(key);
        });
}

void VaultSession::activateCreated()
{
    if (m_created)
        adopt(std::move(m_created));
}

void VaultSession::changePassword(const QString& oldPassword, const QString& newPassword)
{
    if (m_busy)
        return;
    const QString path = m_path;
    const Clock& clock = m_clock;
    storage::AttemptGuard& guard = m_guard;
    runInWorker<Status>(
        [path, oldPassword, newPassword, &clock, &guard] {
            return storage::Vault::changePassword(path, oldPassword, newPassword, &guard, &clock);
        },
        [this](Status& result) {
            if (!result) {
                emit failed(Operation::ChangePassword, result.message(),
                            result.code() == ErrorCode::LockedOut);
                return;
            }
            emit passwordChanged();
        });
}

void VaultSession::lock()
{
    if (m_created) {
        m_created->lock();
        m_created.reset();
    }
    if (!m_vault || !m_vault->isUnlocked())
        return;
    m_vault->lock();
    emit locked();
}

void VaultSession::restoreBackup(const QString& backupPath, const QString& secret)
{
    if (m_busy || m_path.isEmpty())
        return;
    using Prepared = Result<storage::PreparedRestore>;
    const QString path = m_path;
    const Clock& clock = m_clock;
    runInWorker<Prepared>(
        [backupPath, secret, path, &clock] {
            return storage::VaultBackup::prepareRestore(backupPath, secret, path, clock);
        },
        [this](Prepared& prepared) {
            if (!prepared) {
                emit failed(Operation::Restore, prepared.message(), false);
                return;
            }
            // The files may be swapped only once every connection to the vault is closed.
            emit lockRequested();
            lock();
            const Status swapped = prepared->commit();
            if (!swapped) {
                emit restoreFinished(false, swapped.message());
                return;
            }
            emit restoreFinished(true, tr("The backup made on %1 was restored. Unlock with the password the "
                                          "profile had then, or with its recovery key.")
                                           .arg(formatDateTime(prepared->info().createdAt)));
        });
}

qint64 VaultSession::remainingDelayMs() const
{
    auto header = storage::KeyHeader::read(m_path);
    if (!header)
        return 0;
    return m_guard.remainingDelayMs(header->vaultId);
}

Result<qint64> VaultSession::pendingChangeCount() const
{
    if (!isUnlocked())
        return makeError(ErrorCode::InvalidArgument, u"locked"_s);
    auto count = m_vault->db().scalar(u"SELECT count(*) FROM change_log WHERE acked = 0"_s);
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace xaso::desktop
