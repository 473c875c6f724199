#pragma once
// Confirms a restore: says plainly that the profile's current data will be replaced by the
// backup's and that Xã Số will lock, and asks for the backup's password (or recovery key). The
// check runs in the session's worker; a refused backup shows its reason here and changes nothing.

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xaso::desktop {

class VaultSession;

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(VaultSession& session, QString backupPath, QWidget* parent = nullptr);

    QLineEdit* passwordField() const { return m_password; }
    QPushButton* restoreButton() const { return m_restore; }
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void updateEnabled();

    VaultSession& m_session;
    QString m_backupPath;
    QLabel* m_warning;
    QLabel* m_file;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_cancel;
    QPushButton* m_restore;
};

} // namespace xaso::desktop
