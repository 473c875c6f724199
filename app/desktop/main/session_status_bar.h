#pragma once
// The status bar of the unlocked window: which vault and profile (with its roles), how many
// changes wait to be synchronised, and the lock button (Ctrl+L).

#include <QStatusBar>
#include <QTimer>

class QAction;
class QLabel;
class QToolButton;

namespace xaso::desktop {

struct DesktopServices;
class VaultSession;

class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    SessionStatusBar(DesktopServices& services, VaultSession& session, QAction* lockAction, QWidget* parent = nullptr);

    // Re-reads the profile and the pending-change count (not while paused).
    void refresh();
    // Paused while a worker thread owns the vault's connection (a sync); resuming refreshes.
    void setPaused(bool paused);
    QString pendingText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    DesktopServices& m_services;
    VaultSession& m_session;
    QLabel* m_vault;
    QLabel* m_profile;
    QLabel* m_pending;
    QToolButton* m_lock;
    QTimer m_refresh;
    bool m_paused = false;
};

} // namespace xaso::desktop
