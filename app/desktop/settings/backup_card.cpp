#include "settings/backup_card.h"

#include "common/desktop_services.h"
#include "common/profile_directory.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "settings/restore_backup_dialog.h"
#include "storage/vault_backup.h"
#include "text/folding.h"
#include "util/clock.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

BackupCard::BackupCard(const SectionContext& context, QWidget* parent) : QGroupBox(parent), m_context(context)
{
    setObjectName(u"backupCard"_s);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    setRole(m_intro, "hint");
    m_backUp = new QPushButton;
    m_backUp->setObjectName(u"backUpVault"_s);
    m_restore = new QPushButton;
    m_restore->setObjectName(u"restoreVault"_s);
    m_result = new QLabel;
    m_result->setObjectName(u"backupResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progress->setValue(m_permille->load());
    });
    connect(m_backUp, &QPushButton::clicked, this, &BackupCard::chooseBackupFile);
    connect(m_restore, &QPushButton::clicked, this, &BackupCard::chooseRestoreFile);
    setTabOrder(m_backUp, m_restore);
    retranslate();
}

BackupCard::~BackupCard()
{
    if (m_running) {
        m_cancelled->store(true);
        m_future.waitForFinished();
    }
    m_snapshot.reset(); // releases the write lock on this thread, before the session locks
}

QString BackupCard::defaultFileName() const
{
    QString slug = text::foldForSearch(ProfileDirectory::labelFor(m_context.session.vaultPath()));
    slug.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"profile"_s;
    const QDate today = m_context.services.clock.now().toLocalTime().date();
    return u"xaso-%1-%2.xasobak"_s.arg(slug, today.toString(u"yyyyMMdd"_s));
}

QString BackupCard::startFolder() const
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

QString BackupCard::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void BackupCard::showResult(const QString& text, bool error)
{
    setRole(m_result, error ? "error" : "success");
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void BackupCard::setRunning(bool running)
{
    m_running = running;
    m_backUp->setEnabled(!running);
    m_restore->setEnabled(!running);
    if (running) {
        m_progress = new QProgressDialog(tr("Backing up the vault…"), tr("Cancel"), 0, 1000, this);
        m_progress->setObjectName(u"backupProgress"_s);
        m_progress->setWindowTitle(tr("Backup"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setAccessibleName(tr("Backup progress"));
        connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled->store(true); });
        m_progress->open();
        m_poll.start();
    } else {
        m_poll.stop();
        if (m_progress) {
            m_progress->disconnect(this);
            m_progress->deleteLater();
            m_progress = nullptr;
        }
    }
}

void BackupCard::chooseBackupFile()
{
    // A non-blocking dialog (open(), no nested event loop) so an auto-lock can close the page.
    auto* dialog =
        new QFileDialog(this, tr("Back up the vault"), QDir(startFolder()).filePath(defaultFileName()),
                        tr("Xã Số backups (*.xasobak)"));
    dialog->setObjectName(u"backupFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"xasobak"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupCard::backUpTo);
    dialog->open();
}

void BackupCard::chooseRestoreFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Restore from a backup"), startFolder(), tr("Xã Số backups (*.xasobak)"));
    dialog->setObjectName(u"restoreFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { confirmRestore(path); });
    dialog->open();
}

void BackupCard::backUpTo(const QString& path)
{
    if (m_running || path.isEmpty())
        return;
    storage::Vault* vault = m_context.session.vault();
    if (!vault || !m_context.session.isUnlocked())
        return;
    auto snapshot = storage::BackupSnapshot::begin(*vault);
    if (!snapshot) {
        const QString message = tr("No backup was made: %1").arg(snapshot.message());
        showResult(message, true);
        emit backupFinished(false, message);
        return;
    }
    m_snapshot = std::move(snapshot).value();
    m_permille->store(0);
    m_cancelled->store(false);
    showResult(QString(), false);
    setRunning(true);

    const storage::BackupSnapshot* snap = m_snapshot.get();
    auto permille = m_permille;
    auto cancelled = m_cancelled;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        finish(outcome, path);
    });
    // File I/O only: the worker never touches the vault's connection.
    m_future = QtConcurrent::run([snap, path, permille, cancelled] {
        return std::make_shared<Result<storage::BackupInfo>>(
            snap->writeTo(path, [permille, cancelled](qint64 done, qint64 total) {
                permille->store(total > 0 ? int(done * 1000 / total) : 0);
                return !cancelled->load();
            }));
    });
    watcher->setFuture(m_future);
}

void BackupCard::finish(const Outcome& outcome, const QString& path)
{
    if (m_snapshot)
        m_snapshot->end();
    m_snapshot.reset();
    setRunning(false);
    QString message;
    const bool ok = outcome->ok();
    if (ok)
        message =
            tr("Backed up to %1 (%2). Keep the file away from this computer, for example on a USB drive. It "
               "opens only with this profile's password or its recovery key.")
                .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize((*outcome)->fileBytes));
    else if (outcome->code() == ErrorCode::Cancelled)
        message = tr("The backup was cancelled; no file was written.");
    else
        message = tr("No backup was made: %1").arg(outcome->message());
    showResult(message, !ok);
    emit backupFinished(ok, message);
}

RestoreBackupDialog* BackupCard::confirmRestore(const QString& backupPath)
{
    auto* dialog = new RestoreBackupDialog(m_context.session, backupPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BackupCard::retranslate()
{
    setTitle(tr("Backup"));
    m_intro->setText(
        tr("A backup is one file holding this whole profile, encrypted: every record, the settings "
           "and the audit trail. It opens only with this profile's password or its recovery key. "
           "Make one every week and keep it away from this computer."));
    m_backUp->setText(tr("&Back up the vault…"));
    m_backUp->setAccessibleName(tr("Back up the vault to a file"));
    m_restore->setText(tr("&Restore from a backup…"));
    m_restore->setAccessibleName(tr("Replace this profile's data with a backup"));
}

void BackupCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace xaso::desktop
