#pragma once
// Shows how strong a new password is (crypto::evaluatePassword, score 0–4) and what would make it
// stronger. Profiles accept score 3 and up (crypto::checkPasswordAcceptable).

#include <QWidget>

class QLabel;
class QProgressBar;

namespace xaso::desktop {

class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    void setPassword(const QString& password);
    int score() const { return m_score; }
    bool isAcceptable() const { return m_score >= 3; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QProgressBar* m_bar;
    QLabel* m_verdict;
    QLabel* m_hints;
    QString m_password;
    int m_score = 0;
};

} // namespace xaso::desktop
