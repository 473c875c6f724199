#include "settings/restore_backup_dialog.h"

#include "common/theme.h"
#include "common/vault_session.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

RestoreBackupDialog::RestoreBackupDialog(VaultSession& session, QString backupPath, QWidget* parent)
    : QDialog(parent), m_session(session), m_backupPath(std::move(backupPath))
{
    setObjectName(u"restoreBackupDialog"_s);
    setMinimumWidth(520);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_file = new QLabel;
    m_file->setWordWrap(true);
    setRole(m_file, "hint");
    m_password = new QLineEdit;
    m_password->setObjectName(u"backupPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel;
    m_passwordLabel->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    m_error = new QLabel;
    m_error->setObjectName(u"restoreError"_s);
    m_error->setWordWrap(true);
    setRole(m_error, "error");
    m_error->setVisible(false);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->setVisible(false);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(u"cancelButton"_s);
    m_restore = new QPushButton;
    m_restore->setObjectName(u"restoreAndLock"_s);
    setRole(m_restore, "primary");
    m_restore->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->addWidget(m_warning);
    layout->addWidget(m_file);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_password, &QLineEdit::textChanged, this, &RestoreBackupDialog::updateEnabled);
    connect(m_password, &QLineEdit::returnPressed, this, &RestoreBackupDialog::submit);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_session, &VaultSession::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updateEnabled();
    });
    connect(&m_session, &VaultSession::failed, this,
            [this](VaultSession::Operation op, const QString& message, bool) {
                if (op != VaultSession::Operation::Restore)
                    return;
                m_error->setText(message);
                m_error->setVisible(true);
                m_password->selectAll();
                m_password->setFocus();
            });
    retranslate();
    updateEnabled();
}

QString RestoreBackupDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RestoreBackupDialog::updateEnabled()
{
    m_restore->setEnabled(!m_session.isBusy() && !m_password->text().isEmpty());
    m_cancel->setEnabled(!m_session.isBusy());
    m_password->setEnabled(!m_session.isBusy());
}

void RestoreBackupDialog::submit()
{
    if (!m_restore->isEnabled())
        return;
    m_error->setVisible(false);
    // On success the session asks the window to lock, which closes this dialog with the page.
    m_session.restoreBackup(m_backupPath, m_password->text());
}

void RestoreBackupDialog::retranslate()
{
    setWindowTitle(tr("Restore from a backup"));
    m_warning->setText(
        tr("Everything in this profile now — every record, setting and the audit trail — will be "
           "replaced by what the backup holds. Work done since the backup was made is lost. The "
           "backup is checked completely first; if anything is wrong, nothing is changed. Then Xã "
           "Số locks: unlock with the password the profile had when the backup was made."));
    const QFileInfo info(m_backupPath);
    m_file->setText(tr("Backup file: %1 (%2)")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                             QLocale().formattedDataSize(info.size())));
    m_passwordLabel->setText(tr("&Password of the backup:"));
    m_password->setAccessibleName(tr("Password of the backup, or the profile's recovery key"));
    m_password->setPlaceholderText(tr("or the recovery key"));
    m_cancel->setText(tr("Cancel"));
    m_restore->setText(tr("&Restore and lock"));
}

void RestoreBackupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace xaso::desktop
