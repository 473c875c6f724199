#include "main/app_window.h"

#include "common/app_settings.h"
#include "common/desktop_services.h"
#include "common/idle_watcher.h"
#include "common/vault_session.h"
#include "main/session_status_bar.h"
#include "main/workspace.h"
#include "unlock/start_screen.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

AppWindow::AppWindow(DesktopServices& services, SectionRegistry registry, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_registry(std::move(registry))
{
    setObjectName(u"appWindow"_s);
    setWindowIcon(QIcon(u":/xaso/icons/app.svg"_s));
    m_session = new VaultSession(services.clock, services.attemptGuard, this);
    m_idle = new IdleWatcher(services.clock, this);
    applyAutoLockMinutes(services.settings.autoLockMinutes());

    m_lockAction = new QAction(QIcon(u":/xaso/icons/lock.svg"_s), QString(), this);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    m_lockAction->setEnabled(false);
    addAction(m_lockAction);

    m_central = new QStackedWidget;
    m_start = new StartScreen(services, *m_session);
    m_central->addWidget(m_start);
    setCentralWidget(m_central);
    statusBar()->hide();

    connect(m_lockAction, &QAction::triggered, this, [this] { lockNow(); });
    connect(m_session, &VaultSession::unlocked, this, &AppWindow::onUnlocked);
    // Restoring a backup needs the vault closed; the result is shown on the unlock page.
    connect(m_session, &VaultSession::lockRequested, this, [this] { lockNow(); });
    connect(m_session, &VaultSession::restoreFinished, this,
            [this](bool, const QString& message) { m_start->showUnlock(m_session->vaultPath(), message); });
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lockNow(tr("Locked after %n minute(s) without use. Enter your password to continue.", "",
                   m_services.settings.autoLockMinutes()));
    });
    connect(&services.settings, &AppSettings::autoLockMinutesChanged, this, &AppWindow::applyAutoLockMinutes);
    retranslate();
}

AppWindow::~AppWindow()
{
    // Pages go first: they may hold statements on the vault's database.
    delete m_workspace;
    m_workspace = nullptr;
    m_idle->stop();
}

void AppWindow::applyAutoLockMinutes(int minutes)
{
    m_idle->setThresholdMs(qint64(minutes) * 60'000);
}

void AppWindow::openVault(const QString& vaultPath)
{
    m_start->showUnlock(vaultPath);
}

void AppWindow::showStart()
{
    const QString last = m_services.settings.lastVaultPath();
    if (!last.isEmpty() && QFileInfo::exists(last))
        m_start->showUnlock(last);
    else
        m_start->showChooser();
}

void AppWindow::onUnlocked()
{
    m_services.settings.setLastVaultPath(m_session->vaultPath());
    delete m_workspace;
    m_workspace = new Workspace(m_registry, SectionContext{m_services, *m_session});
    m_central->addWidget(m_workspace);
    m_central->setCurrentWidget(m_workspace);
    if (!m_status) {
        m_status = new SessionStatusBar(m_services, *m_session, m_lockAction);
        setStatusBar(m_status);
    }
    m_status->refresh();
    m_status->show();
    connect(m_workspace, &Workspace::sectionChanged, m_status, &SessionStatusBar::refresh);
    connect(m_workspace, &Workspace::busyChanged, m_status, &SessionStatusBar::setPaused);
    m_lockAction->setEnabled(true);
    m_idle->start();
    m_workspace->navigation()->setFocus();
    retranslate();
}

void AppWindow::lockNow(const QString& notice)
{
    if (!m_workspace && !m_session->isUnlocked())
        return;
    m_idle->stop();
    m_lockAction->setEnabled(false);
    // Drop every page (and whatever personal data its widgets show) before the keys go.
    delete m_workspace;
    m_workspace = nullptr;
    if (m_status)
        m_status->hide();
    m_session->lock();
    m_central->setCurrentWidget(m_start);
    m_start->showUnlock(m_session->vaultPath(), notice);
    retranslate();
}

void AppWindow::retranslate()
{
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Lock the profile now (Ctrl+L)"));
    const storage::Vault* vault = m_session->isUnlocked() ? m_session->vault() : nullptr;
    setWindowTitle(vault ? tr("Xã Số — %1").arg(vault->profile().displayName) : u"Xã Số"_s);
}

void AppWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace xaso::desktop
