#pragma once
// Cài đặt: interface language (switches live), the auto-lock delay, changing the password, the
// commune and report settings (ReportSettingsCard), backup and restore of the vault (BackupCard),
// and what this profile is (name, roles, vault file, creation date).

#include "main/section_registry.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace xaso::desktop {

class BackupCard;
class PageHeader;
class ReportSettingsCard;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QSpinBox* autoLockSpin() const { return m_autoLock; }
    ReportSettingsCard* reportCard() const { return m_reportCard; }
    BackupCard* backupCard() const { return m_backupCard; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseLanguage(int index);
    void openChangePassword();

    SectionContext m_context;
    SectionInfo m_section;
    PageHeader* m_header;
    QGroupBox* m_displayBox;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_dateExample;
    QGroupBox* m_securityBox;
    QLabel* m_autoLockLabel;
    QSpinBox* m_autoLock;
    QLabel* m_autoLockHint;
    QPushButton* m_changePassword;
    ReportSettingsCard* m_reportCard;
    BackupCard* m_backupCard;
    QGroupBox* m_profileBox;
    QLabel* m_profileLabels[4];
    QLabel* m_profileValues[4];
};

} // namespace xaso::desktop
