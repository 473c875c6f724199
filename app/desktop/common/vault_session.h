#pragma once
// The vault the window works on and every slow operation on it. Argon2id costs about a second, so
// unlock, create and password changes run in a worker thread (QtConcurrent) and report back by
// signal on the GUI thread; the window stays responsive and shows a busy indicator meanwhile.

#include "storage/vault.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace xaso::desktop {

class VaultSession : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Unlock, Recover, Create, ChangePassword, Restore };
    Q_ENUM(Operation)

    VaultSession(const Clock& clock, storage::AttemptGuard& guard, QObject* parent = nullptr);
    ~VaultSession() override; // waits for a running worker

    QString vaultPath() const { return m_path; }
    void setVaultPath(const QString& path);
    bool isBusy() const { return m_busy; }
    bool isUnlocked() const { return m_vault && m_vault->isUnlocked(); }
    // The open vault; after lock() the same object, locked (keys wiped), until the next unlock.
    storage::Vault* vault() const { return m_vault.get(); }

    void unlockWithPassword(const QString& password);
    // Opens with the recovery key, then sets the new password (one Argon2id run).
    void unlockWithRecoveryKey(const QString& recoveryKey, const QString& newPassword);
    // Creates the vault; profileCreated(recoveryKey) follows. The vault is held back until
    // activateCreated(), called once the officer has confirmed writing the recovery key down.
    void createProfile(const QString& path, const QString& password, const storage::CreateOptions& options);
    void activateCreated();
    void changePassword(const QString& oldPassword, const QString& newPassword);
    // Closes the database and wipes the keys; locked() follows.
    void lock();
    // Replaces the vault with a backup (storage/vault_backup.h). The backup is verified and staged
    // beside the vault in a worker while the vault stays open; a refusal changes nothing and ends
    // in failed(Restore, …). Then lockRequested() asks the window to drop its pages and lock (the
    // session locks itself if nobody did), the files are swapped, and restoreFinished() follows.
    void restoreBackup(const QString& backupPath, const QString& secret);

    // Milliseconds the attempt guard still makes the officer wait for this vault (0 = may try).
    qint64 remainingDelayMs() const;
    // Changes not yet acknowledged by the commune server (change_log rows with acked = 0).
    Result<qint64> pendingChangeCount() const;

signals:
    void busyChanged(bool busy);
    void unlocked();
    void locked();
    void profileCreated(const QString& recoveryKey);
    void passwordChanged();
    void lockRequested();
    void restoreFinished(bool ok, const QString& message);
    void failed(xaso::desktop::VaultSession::Operation operation, const QString& message, bool lockedOut);

private:
    using VaultResult = Result<std::unique_ptr<storage::Vault>>;
    template <typename T> void runInWorker(std::function<T()> work, std::function<void(T&)> done);
    void setBusy(bool busy);
    void adopt(std::unique_ptr<storage::Vault> vault);

    const Clock& m_clock;
    storage::AttemptGuard& m_guard;
    QString m_path;
    bool m_busy = false;
    std::unique_ptr<storage::Vault> m_vault;
    std::unique_ptr<storage::Vault> m_created;
    QFuture<void> m_running;
};

} // namespace xaso::desktop
