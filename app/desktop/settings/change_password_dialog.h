#pragma once
// Change the profile's password: the current one, then the new one twice. Only the key header is
// rewritten (the data key is rewrapped); a wrong current password changes nothing.

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xaso::desktop {

class NewPasswordFields;
class VaultSession;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(VaultSession& session, QWidget* parent = nullptr);

    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void updateEnabled();

    VaultSession& m_session;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    QLineEdit* m_current;
    NewPasswordFields* m_password;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_cancel;
    QPushButton* m_change;
};

} // namespace xaso::desktop
