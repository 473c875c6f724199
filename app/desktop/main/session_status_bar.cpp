#include "main/session_status_bar.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/vault_session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

SessionStatusBar::SessionStatusBar(DesktopServices& services, VaultSession& session, QAction* lockAction,
                                   QWidget* parent)
    : QStatusBar(parent), m_services(services), m_session(session)
{
    setObjectName(u"statusBar"_s);
    setSizeGripEnabled(false);
    m_vault = new QLabel;
    m_vault->setObjectName(u"statusVault"_s);
    m_profile = new QLabel;
    m_profile->setObjectName(u"statusProfile"_s);
    m_pending = new QLabel;
    m_pending->setObjectName(u"statusPending"_s);
    m_lock = new QToolButton;
    m_lock->setObjectName(u"lockButton"_s);
    m_lock->setDefaultAction(lockAction);
    m_lock->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_lock->setAutoRaise(true);
    addWidget(m_profile, 1);
    addPermanentWidget(m_vault);
    addPermanentWidget(m_pending);
    addPermanentWidget(m_lock);
    // Other devices' acknowledgements arrive through sync; a slow poll keeps the count honest.
    m_refresh.setInterval(30'000);
    connect(&m_refresh, &QTimer::timeout, this, &SessionStatusBar::refresh);
    m_refresh.start();
    refresh();
}

void SessionStatusBar::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        refresh();
}

void SessionStatusBar::refresh()
{
    const storage::Vault* vault = m_session.vault();
    // A modal dialog may have a worker on the vault's connection (enrolment, backup): wait.
    if (!vault || !m_session.isUnlocked() || m_paused || QApplication::activeModalWidget())
        return;
    const QFileInfo file(m_session.vaultPath());
    m_vault->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(file.dir().dirName() + u'/' + file.fileName())));
    m_vault->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    const storage::ProfileInfo& profile = vault->profile();
    m_profile->setText(tr("Profile: %1 — %2")
                           .arg(profile.displayName, roleNames(m_services.roleCatalog, profile.roles)));
    const Result<qint64> pending = m_session.pendingChangeCount();
    if (pending)
        m_pending->setText(*pending == 0 ? tr("All changes synchronised")
                                         : tr("%Ln change(s) not yet synchronised", "", int(*pending)));
    else
        m_pending->setText(tr("Pending changes: unknown"));
    m_pending->setAccessibleName(m_pending->text());
    m_profile->setAccessibleName(m_profile->text());
}

QString SessionStatusBar::pendingText() const
{
    return m_pending->text();
}

void SessionStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

} // namespace xaso::desktop
