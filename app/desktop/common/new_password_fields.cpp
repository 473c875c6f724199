#include "common/new_password_fields.h"

#include "common/password_strength_meter.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

NewPasswordFields::NewPasswordFields(QWidget* parent) : QWidget(parent)
{
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"newPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_meter = new PasswordStrengthMeter(this);
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(u"passwordMismatch"_s);
    m_mismatch->setProperty("role", u"error"_s);
    m_mismatch->setVisible(false);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(8);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(QString(), m_meter);
    m_form->addRow(m_repeatLabel, m_repeat);
    m_form->addRow(QString(), m_mismatch);

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    connect(m_repeat, &QLineEdit::returnPressed, this, &NewPasswordFields::returnPressed);
    connect(m_password, &QLineEdit::returnPressed, m_repeat, [this] { m_repeat->setFocus(); });
    retranslate();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

bool NewPasswordFields::isValid() const
{
    return m_valid;
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::update()
{
    m_meter->setPassword(m_password->text());
    const bool mismatch = !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text();
    m_mismatch->setVisible(mismatch);
    const bool valid = m_meter->isAcceptable() && m_repeat->text() == m_password->text();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void NewPasswordFields::retranslate()
{
    m_passwordLabel->setText(tr("New &password:"));
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_password->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    m_mismatch->setText(tr("The two passwords are not the same."));
}

void NewPasswordFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
