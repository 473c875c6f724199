#pragma once
// The one top-level window. Locked, it shows the start screens (choose, create, unlock); unlocked,
// the workspace with its status bar. Locking — by Ctrl+L, the lock button or after the idle
// delay — destroys the workspace, wipes the keys (Vault::lock) and returns to the unlock page.

#include "main/section_registry.h"

#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace xaso::desktop {

struct DesktopServices;
class IdleWatcher;
class SessionStatusBar;
class StartScreen;
class VaultSession;
class Workspace;

class AppWindow : public QMainWindow
{
    Q_OBJECT
public:
    AppWindow(DesktopServices& services, SectionRegistry registry, QWidget* parent = nullptr);
    ~AppWindow() override;

    // Shows the unlock page for that vault file.
    void openVault(const QString& vaultPath);
    void showStart(); // last profile's unlock page, else the chooser
    void lockNow(const QString& notice = {});

    VaultSession& session() const { return *m_session; }
    IdleWatcher& idleWatcher() const { return *m_idle; }
    StartScreen* startScreen() const { return m_start; }
    Workspace* workspace() const { return m_workspace; } // null while locked
    SessionStatusBar* sessionStatusBar() const { return m_status; }
    QAction* lockAction() const { return m_lockAction; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onUnlocked();
    void retranslate();
    void applyAutoLockMinutes(int minutes);

    DesktopServices& m_services;
    SectionRegistry m_registry;
    VaultSession* m_session;
    IdleWatcher* m_idle;
    QStackedWidget* m_central;
    StartScreen* m_start;
    Workspace* m_workspace = nullptr;
    SessionStatusBar* m_status = nullptr;
    QAction* m_lockAction;
};

} // namespace xaso::desktop
