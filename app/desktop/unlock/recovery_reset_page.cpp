#include "unlock/recovery_reset_page.h"

#include "common/new_password_fields.h"
#include "common/theme.h"
#include "common/vault_session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

RecoveryResetPage::RecoveryResetPage(VaultSession& session, QWidget* parent)
    : CardPage(parent, 600), m_session(session)
{
    m_title = addLabel("title");
    m_explanation = addLabel("subtitle");
    m_keyLabel = new QLabel;
    m_key = new QLineEdit;
    m_key->setObjectName(u"recoveryKeyInput"_s);
    m_key->setFont(monospaceFont(12));
    m_key->setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"_s);
    m_keyLabel->setBuddy(m_key);
    m_password = new NewPasswordFields;
    m_password->formLayout()->insertRow(0, m_keyLabel, m_key);
    cardLayout()->addWidget(m_password);
    m_error = addLabel("error", u"recoveryError"_s);
    m_error->setVisible(false);
    addBusyIndicator();

    m_back = new QPushButton;
    m_back->setObjectName(u"backButton"_s);
    m_submit = new QPushButton;
    m_submit->setObjectName(u"resetAndUnlock"_s);
    setRole(m_submit, "primary");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    cardLayout()->addLayout(buttons);

    connect(m_key, &QLineEdit::textChanged, this, &RecoveryResetPage::updateEnabled);
    connect(m_key, &QLineEdit::returnPressed, m_password->passwordEdit(), [this] { m_password->passwordEdit()->setFocus(); });
    connect(m_password, &NewPasswordFields::validityChanged, this, &RecoveryResetPage::updateEnabled);
    connect(m_password, &NewPasswordFields::returnPressed, this, &RecoveryResetPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &RecoveryResetPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RecoveryResetPage::backRequested);
    connect(&m_session, &VaultSession::busyChanged, this, [this](bool busy) {
        setBusy(busy, tr("Checking the recovery key and setting the new password…"));
        updateEnabled();
    });
    connect(&m_session, &VaultSession::failed, this, [this](VaultSession::Operation op, const QString& message, bool) {
        if (op != VaultSession::Operation::Recover)
            return;
        m_error->setText(message);
        m_error->setVisible(true);
        m_key->setFocus();
    });
    retranslate();
    updateEnabled();
}

void RecoveryResetPage::reset()
{
    m_key->clear();
    m_password->clear();
    m_error->setVisible(false);
    m_key->setFocus();
}

QString RecoveryResetPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RecoveryResetPage::updateEnabled()
{
    m_submit->setEnabled(!m_session.isBusy() && !m_key->text().trimmed().isEmpty() && m_password->isValid());
    m_back->setEnabled(!m_session.isBusy());
}

void RecoveryResetPage::submit()
{
    if (!m_submit->isEnabled())
        return;
    m_error->setVisible(false);
    m_session.unlockWithRecoveryKey(m_key->text(), m_password->password());
}

void RecoveryResetPage::retranslate()
{
    m_title->setText(tr("Open with the recovery key"));
    m_explanation->setText(tr("Type the recovery key from the sheet you kept when the profile was created, "
                              "then choose a new password. Your records stay as they are."));
    m_keyLabel->setText(tr("Recovery &key:"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_back->setText(tr("&Back"));
    m_submit->setText(tr("Set the new password and &unlock"));
}

} // namespace xaso::desktop
