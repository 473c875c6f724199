#pragma once
// "New password" and "Repeat it" with the strength meter and a mismatch message; shared by the
// create-profile page, the recovery-key reset and the change-password dialog.

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace xaso::desktop {

class PasswordStrengthMeter;

class NewPasswordFields : public QWidget
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget* parent = nullptr);

    QString password() const;
    // Strong enough and typed the same twice.
    bool isValid() const;
    void clear();
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    // Callers add their own rows (name, current password…) here so every label lines up.
    QFormLayout* formLayout() const { return m_form; }

signals:
    void validityChanged(bool valid);
    void returnPressed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void update();

    QFormLayout* m_form;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    QLabel* m_mismatch;
    PasswordStrengthMeter* m_meter;
    bool m_valid = false;
};

} // namespace xaso::desktop
