#include "common/password_strength_meter.h"

#include "crypto/password_policy.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent) : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"strengthBar"_s);
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"strengthVerdict"_s);
    m_hints = new QLabel(this);
    m_hints->setObjectName(u"strengthHints"_s);
    m_hints->setWordWrap(true);
    m_hints->setProperty("role", u"hint"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_verdict);
    layout->addWidget(m_hints);
    retranslate();
}

void PasswordStrengthMeter::setPassword(const QString& password)
{
    m_password = password;
    retranslate();
}

void PasswordStrengthMeter::retranslate()
{
    const crypto::PasswordStrength strength = crypto::evaluatePassword(m_password);
    m_score = m_password.isEmpty() ? 0 : strength.score;
    m_bar->setValue(m_password.isEmpty() ? 0 : std::max(1, m_score));
    static const char* const colours[] = {"#c62828", "#c62828", "#ef6c00", "#7cb342", "#2e7d32"};
    m_bar->setStyleSheet(u"QProgressBar { border: none; background: #e3e7ee; border-radius: 4px; }"
                         u"QProgressBar::chunk { background: %1; border-radius: 4px; }"_s.arg(
                             QLatin1StringView(colours[m_score])));
    const QString verdicts[] = {tr("Very weak"), tr("Weak"), tr("Fair"), tr("Strong"), tr("Very strong")};
    m_verdict->setText(m_password.isEmpty() ? tr("Password strength: not entered yet")
                                            : tr("Password strength: %1").arg(verdicts[m_score]));
    m_verdict->setAccessibleName(m_verdict->text());
    // The hints come from core (PasswordPolicy) and are translated there.
    m_hints->setText(m_password.isEmpty() ? tr("Use at least 10 characters, mixing letters, digits and symbols.")
                                          : strength.hints.join(u'\n'));
    m_hints->setVisible(!m_hints->text().isEmpty());
}

void PasswordStrengthMeter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
