#pragma once
// Enrol this device with the commune server: its address, the one-time code and the certificate
// fingerprint the administrator gave the officer. The enrolment (sync/client SyncClient::enroll)
// runs in a worker thread; the transport pins the typed fingerprint inside the TLS handshake, so a
// server whose certificate differs is refused before the code is sent.

#include "client/sync_client.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xaso::desktop {

class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EnrolDialog(storage::Vault& vault, QWidget* parent = nullptr);
    ~EnrolDialog() override;

    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct Attempt
    {
        Result<sync::EnrolmentResult> result = makeError(ErrorCode::Internal, QString());
        int httpStatus = 0;
    };
    void retranslate();
    void enrol();
    void onFinished();
    void showError(const QString& text);
    void setBusy(bool busy);

    storage::Vault& m_vault;
    QLabel* m_intro;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_fingerprintLabel;
    QLineEdit* m_fingerprint;
    QLabel* m_fingerprintHint;
    QLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_enrol;
    QFutureWatcher<Attempt> m_watcher;
};

} // namespace xaso::desktop
