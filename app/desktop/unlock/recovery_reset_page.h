#pragma once
// Forgotten password: type the recovery key from the printed sheet and choose a new password.
// The profile opens and the new password replaces the old one; the data is not re-encrypted.

#include "common/card_page.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace xaso::desktop {

class NewPasswordFields;
class VaultSession;

class RecoveryResetPage : public CardPage
{
    Q_OBJECT
public:
    explicit RecoveryResetPage(VaultSession& session, QWidget* parent = nullptr);

    void reset();
    QString errorText() const;

signals:
    void backRequested();

protected:
    void retranslate() override;

private:
    void submit();
    void updateEnabled();

    VaultSession& m_session;
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    NewPasswordFields* m_password;
    QLabel* m_error;
    QPushButton* m_back;
    QPushButton* m_submit;
};

} // namespace xaso::desktop
