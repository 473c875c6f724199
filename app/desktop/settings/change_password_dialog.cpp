#include "settings/change_password_dialog.h"

#include "common/new_password_fields.h"
#include "common/theme.h"
#include "common/vault_session.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ChangePasswordDialog::ChangePasswordDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"changePasswordDialog"_s);
    setMinimumWidth(480);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    setRole(m_intro, "hint");
    m_current = new QLineEdit;
    m_current->setObjectName(u"currentPassword"_s);
    m_current->setEchoMode(QLineEdit::Password);
    m_currentLabel = new QLabel;
    m_currentLabel->setBuddy(m_current);
    m_password = new NewPasswordFields;
    m_password->formLayout()->insertRow(0, m_currentLabel, m_current);
    m_error = new QLabel;
    m_error->setObjectName(u"changePasswordError"_s);
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
    m_change = new QPushButton;
    m_change->setObjectName(u"changeButton"_s);
    setRole(m_change, "primary");
    m_change->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_change);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->addWidget(m_intro);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateEnabled);
    connect(m_password, &NewPasswordFields::validityChanged, this, &ChangePasswordDialog::updateEnabled);
    connect(m_password, &NewPasswordFields::returnPressed, this, &ChangePasswordDialog::submit);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_session, &VaultSession::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updateEnabled();
    });
    connect(&m_session, &VaultSession::passwordChanged, this, &QDialog::accept);
    connect(&m_session, &VaultSession::failed, this,
            [this](VaultSession::Operation op, const QString& message, bool) {
                if (op != VaultSession::Operation::ChangePassword)
                    return;
                m_error->setText(message);
                m_error->setVisible(true);
                m_current->selectAll();
                m_current->setFocus();
            });
    retranslate();
    updateEnabled();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChangePasswordDialog::updateEnabled()
{
    m_change->setEnabled(!m_session.isBusy() && !m_current->text().isEmpty() && m_password->isValid());
    m_cancel->setEnabled(!m_session.isBusy());
}

void ChangePasswordDialog::submit()
{
    if (!m_change->isEnabled())
        return;
    m_error->setVisible(false);
    m_session.changePassword(m_current->text(), m_password->password());
}

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(tr("The new password takes effect at once. Your records are not re-encrypted, and the "
                        "recovery key stays valid."));
    m_currentLabel->setText(tr("&Current password:"));
    m_current->setAccessibleName(tr("Current password"));
    m_cancel->setText(tr("Cancel"));
    m_change->setText(tr("&Change password"));
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace xaso::desktop
