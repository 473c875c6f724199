#include "unlock/unlock_page.h"

#include "common/profile_directory.h"
#include "common/theme.h"
#include "common/vault_session.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

UnlockPage::UnlockPage(VaultSession& session, QWidget* parent) : CardPage(parent, 520), m_session(session)
{
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(u":/xaso/icons/lock.svg"_s).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    cardLayout()->addWidget(icon);
    m_title = addLabel("title", u"profileName"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_path = addLabel("hint", u"vaultPath"_s);
    m_path->setAlignment(Qt::AlignCenter);
    m_notice = addLabel("subtitle", u"unlockNotice"_s);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setVisible(false);

    m_passwordLabel = addLabel("");
    m_password = new QLineEdit;
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumHeight(32);
    m_passwordLabel->setBuddy(m_password);
    cardLayout()->addWidget(m_password);
    m_error = addLabel("error", u"unlockError"_s);
    m_error->setVisible(false);
    m_countdown = addLabel("countdown", u"countdown"_s);
    m_countdown->setVisible(false);
    addBusyIndicator();

    m_unlock = new QPushButton;
    m_unlock->setObjectName(u"unlockButton"_s);
    setRole(m_unlock, "primary");
    m_unlock->setDefault(true);
    cardLayout()->addWidget(m_unlock);

    m_recovery = new QPushButton;
    m_recovery->setObjectName(u"useRecoveryKey"_s);
    setRole(m_recovery, "link");
    m_chooseProfile = new QPushButton;
    m_chooseProfile->setObjectName(u"chooseProfile"_s);
    setRole(m_chooseProfile, "link");
    auto* links = new QHBoxLayout;
    links->addWidget(m_recovery);
    links->addStretch();
    links->addWidget(m_chooseProfile);
    cardLayout()->addLayout(links);

    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_password, &QLineEdit::textChanged, this, &UnlockPage::updateEnabled);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_recovery, &QPushButton::clicked, this, &UnlockPage::recoveryRequested);
    connect(m_chooseProfile, &QPushButton::clicked, this, &UnlockPage::chooseProfileRequested);
    connect(&m_session, &VaultSession::busyChanged, this, [this](bool busy) {
        setBusy(busy, tr("Checking the password…"));
        updateEnabled();
    });
    connect(&m_session, &VaultSession::failed, this, [this](VaultSession::Operation op, const QString& message, bool) {
        if (op != VaultSession::Operation::Unlock)
            return;
        m_error->setText(message);
        m_error->setVisible(true);
        m_password->selectAll();
        m_password->setFocus();
        updateCountdown();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &UnlockPage::updateCountdown);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_recovery);
    setTabOrder(m_recovery, m_chooseProfile);
    retranslate();
    updateEnabled();
}

void UnlockPage::setVault(const QString& vaultPath)
{
    m_session.setVaultPath(vaultPath);
    m_title->setText(ProfileDirectory::labelFor(vaultPath));
    m_path->setText(QDir::toNativeSeparators(vaultPath));
    m_password->clear();
    m_error->setVisible(false);
    m_notice->setVisible(false);
    updateCountdown();
}

void UnlockPage::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString UnlockPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool UnlockPage::isCountingDown() const
{
    return m_remainingMs > 0;
}

void UnlockPage::unlock()
{
    if (!m_unlock->isEnabled())
        return;
    m_error->setVisible(false);
    m_notice->setVisible(false);
    m_session.unlockWithPassword(m_password->text());
}

void UnlockPage::updateCountdown()
{
    m_remainingMs = m_session.vaultPath().isEmpty() ? 0 : m_session.remainingDelayMs();
    if (m_remainingMs > 0) {
        const int seconds = int((m_remainingMs + 999) / 1000);
        m_countdown->setText(seconds >= 120 ? tr("Too many wrong passwords. You can try again in %n minute(s).", "",
                                                 (seconds + 59) / 60)
                                            : tr("Too many wrong passwords. You can try again in %n second(s).", "",
                                                 seconds));
        m_countdown->setVisible(true);
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_countdown->setVisible(false);
        m_tick.stop();
    }
    updateEnabled();
}

void UnlockPage::updateEnabled()
{
    const bool waiting = m_remainingMs > 0;
    m_unlock->setEnabled(!m_session.isBusy() && !waiting && !m_password->text().isEmpty());
    m_password->setEnabled(!m_session.isBusy() && !waiting);
    m_recovery->setEnabled(!m_session.isBusy());
    m_chooseProfile->setEnabled(!m_session.isBusy());
}

void UnlockPage::retranslate()
{
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_unlock->setText(tr("&Unlock"));
    m_recovery->setText(tr("Use the &recovery key"));
    m_chooseProfile->setText(tr("&Another profile"));
    if (m_remainingMs > 0)
        updateCountdown();
}

void UnlockPage::showEvent(QShowEvent* event)
{
    CardPage::showEvent(event);
    updateCountdown();
    m_password->setFocus();
}

} // namespace xaso::desktop
