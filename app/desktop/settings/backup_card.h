#pragma once
// "Backup": back the vault up to one encrypted .xasobak file, and restore the vault from one
// (storage/vault_backup.h). The backup copies while the window stays responsive: the snapshot's
// write lock is taken here, the file copy runs in a worker behind a window-modal progress dialog
// with Cancel (modal so nothing writes through the vault while its write lock is held). Restoring
// asks for confirmation and the backup's password (RestoreBackupDialog); the session then locks
// the window and swaps the files.

#include "main/section_registry.h"
#include "util/result.h"

#include <QFuture>
#include <QGroupBox>
#include <QTimer>

#include <atomic>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;

namespace xaso::storage {
class BackupSnapshot;
struct BackupInfo;
} // namespace xaso::storage

namespace xaso::desktop {

class RestoreBackupDialog;

class BackupCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupCard(const SectionContext& context, QWidget* parent = nullptr);
    ~BackupCard() override; // cancels and waits for a running copy

    // xaso-<profile>-<yyyyMMdd>.xasobak, the profile folded to plain ASCII.
    QString defaultFileName() const;
    // Writes the backup to path; backupFinished() follows (the file dialog's "Save" ends here).
    void backUpTo(const QString& path);
    // Opens the confirmation for that backup file (the file dialog's "Open" ends here).
    RestoreBackupDialog* confirmRestore(const QString& backupPath);
    bool isRunning() const { return m_running; }
    QString resultText() const;

signals:
    void backupFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    using Outcome = std::shared_ptr<Result<storage::BackupInfo>>;
    void retranslate();
    void chooseBackupFile();
    void chooseRestoreFile();
    void finish(const Outcome& outcome, const QString& path);
    void showResult(const QString& text, bool error);
    void setRunning(bool running);
    QString startFolder() const;

    SectionContext m_context;
    QLabel* m_intro;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    QProgressDialog* m_progress = nullptr; // while a backup runs
    QLabel* m_result;
    QTimer m_poll;
    bool m_running = false;
    std::unique_ptr<storage::BackupSnapshot> m_snapshot;
    QFuture<Outcome> m_future;
    std::shared_ptr<std::atomic<int>> m_permille = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace xaso::desktop
