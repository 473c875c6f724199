#pragma once
// Everything before a vault is open: choose or create a profile, confirm the recovery key,
// unlock, or reset the password with the recovery key. One page at a time, under the brand bar.

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace xaso::desktop {

struct DesktopServices;
class CreateProfilePage;
class ProfileChooserPage;
class RecoveryKeyPage;
class RecoveryResetPage;
class UnlockPage;
class VaultSession;

class StartScreen : public QWidget
{
    Q_OBJECT
public:
    StartScreen(DesktopServices& services, VaultSession& session, QWidget* parent = nullptr);

    void showChooser();
    void showCreate();
    void showUnlock(const QString& vaultPath, const QString& notice = {});
    void showRecovery();

    QWidget* currentPage() const;
    ProfileChooserPage* chooserPage() const { return m_chooser; }
    CreateProfilePage* createPage() const { return m_create; }
    RecoveryKeyPage* recoveryKeyPage() const { return m_recoveryKey; }
    UnlockPage* unlockPage() const { return m_unlock; }
    RecoveryResetPage* recoveryResetPage() const { return m_reset; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DesktopServices& m_services;
    VaultSession& m_session;
    QLabel* m_brand;
    QLabel* m_tagline;
    QStackedWidget* m_stack;
    ProfileChooserPage* m_chooser;
    CreateProfilePage* m_create;
    RecoveryKeyPage* m_recoveryKey;
    UnlockPage* m_unlock;
    RecoveryResetPage* m_reset;
};

} // namespace xaso::desktop
