#include "sync/enrol_dialog.h"

#include "common/theme.h"
#include "sync/sync_texts.h"

#include "client/https_transport.h"
#include "protocol/fingerprint.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

EnrolDialog::EnrolDialog(storage::Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(u"enrolDialog"_s);
    setMinimumWidth(560);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_url = new QLineEdit;
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setPlaceholderText(u"https://192.168.1.10:8443"_s);
    m_code = new QLineEdit;
    m_code->setObjectName(u"enrolCode"_s);
    m_fingerprint = new QLineEdit;
    m_fingerprint->setObjectName(u"enrolFingerprint"_s);
    m_fingerprint->setFont(monospaceFont(10));
    m_urlLabel = new QLabel;
    m_urlLabel->setBuddy(m_url);
    m_codeLabel = new QLabel;
    m_codeLabel->setBuddy(m_code);
    m_fingerprintLabel = new QLabel;
    m_fingerprintLabel->setBuddy(m_fingerprint);
    m_fingerprintHint = new QLabel;
    setRole(m_fingerprintHint, "hint");
    m_fingerprintHint->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(u"enrolError"_s);
    setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_enrol = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(u"enrolSubmit"_s);
    setRole(m_enrol, "primary");
    m_enrol->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"enrolCancel"_s);

    auto* form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_fingerprintLabel, m_fingerprint);
    form->addRow(QString(), m_fingerprintHint);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_enrol, &QPushButton::clicked, this, &EnrolDialog::enrol);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Attempt>::finished, this, &EnrolDialog::onFinished);
    retranslate();
}

EnrolDialog::~EnrolDialog()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // the worker writes the vault; never leave it behind
}

QString EnrolDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EnrolDialog::retranslate()
{
    setWindowTitle(tr("Enrol this device"));
    m_intro->setText(
        tr("The administrator of the commune server gives you three things: the server's address, "
           "a one-time code, and the server's certificate fingerprint. Type them exactly."));
    m_urlLabel->setText(tr("Server &address:"));
    m_url->setAccessibleName(tr("Server address"));
    m_codeLabel->setText(tr("One-time &code:"));
    m_code->setAccessibleName(tr("One-time enrolment code"));
    m_fingerprintLabel->setText(tr("Certificate &fingerprint:"));
    m_fingerprint->setAccessibleName(tr("Server certificate fingerprint"));
    m_fingerprintHint->setText(
        tr("64 letters and digits; spaces and colons do not matter. If the server shows "
           "a different fingerprint, Xã Số refuses to connect."));
    m_enrol->setText(tr("&Enrol"));
    m_enrol->setAccessibleName(tr("Enrol this device"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void EnrolDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setAccessibleName(text);
    m_error->show();
}

void EnrolDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_enrol->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_fingerprint->setEnabled(!busy);
}

void EnrolDialog::enrol()
{
    if (m_watcher.isRunning())
        return;
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty() || url.port() <= 0) {
        showError(tr("Type the server address as the administrator wrote it, for example "
                     "https://192.168.1.10:8443."));
        m_url->setFocus();
        return;
    }
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        showError(tr("Type the one-time code from the administrator."));
        m_code->setFocus();
        return;
    }
    const QString pin = sync::normaliseFingerprint(m_fingerprint->text());
    if (pin.isEmpty()) {
        showError(
            tr("The fingerprint must be 64 letters (A–F) and digits. Check it with the administrator."));
        m_fingerprint->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    storage::Vault* vault = &m_vault;
    const QString urlText = url.toString();
    m_watcher.setFuture(QtConcurrent::run([vault, url, urlText, code, pin] {
        sync::HttpsTransport transport(url, pin, 15);
        Attempt a;
        a.result = sync::SyncClient::enroll(*vault, transport, urlText, code, pin);
        return a;
    }));
}

void EnrolDialog::onFinished()
{
    setBusy(false);
    const Attempt a = m_watcher.result();
    if (a.result) {
        accept();
        return;
    }
    showError(syncErrorText(a.result.error(), a.httpStatus, SyncStep::Enrol));
    m_error->setToolTip(a.result.message());
}

void EnrolDialog::reject()
{
    if (m_watcher.isRunning())
        return; // the request is short (15 s at most); the vault is written only at its end
    QDialog::reject();
}

void EnrolDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace xaso::desktop
