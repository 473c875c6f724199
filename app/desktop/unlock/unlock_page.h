#pragma once
// Unlock a profile with its password. A wrong password shows the core's message and changes
// nothing; after repeated failures the attempt guard's back-off is shown as a live countdown.

#include "common/card_page.h"

#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace xaso::desktop {

class VaultSession;

class UnlockPage : public CardPage
{
    Q_OBJECT
public:
    explicit UnlockPage(VaultSession& session, QWidget* parent = nullptr);

    // Points the page (and the session) at a vault and clears the field and messages.
    void setVault(const QString& vaultPath);
    void setNotice(const QString& notice); // e.g. "locked after 15 minutes idle"
    QString errorText() const;
    bool isCountingDown() const;

signals:
    void recoveryRequested();
    void chooseProfileRequested();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void unlock();
    void updateCountdown();
    void updateEnabled();

    VaultSession& m_session;
    QLabel* m_title;
    QLabel* m_path;
    QLabel* m_notice;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_error;
    QLabel* m_countdown;
    QPushButton* m_unlock;
    QPushButton* m_recovery;
    QPushButton* m_chooseProfile;
    QTimer m_tick;
    qint64 m_remainingMs = 0;
};

} // namespace xaso::desktop
