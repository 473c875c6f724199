#include "settings/settings_page.h"

#include "common/app_settings.h"
#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/language_manager.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "settings/backup_card.h"
#include "settings/change_password_dialog.h"
#include "settings/report_settings_card.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

SettingsPage::SettingsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section)
{
    setObjectName(u"settingsPage"_s);
    m_header = new PageHeader(section.iconPath);

    m_displayBox = new QGroupBox;
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    for (const QString& lang : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(lang), lang);
    m_language->setCurrentIndex(m_language->findData(context.services.settings.language()));
    m_languageLabel = new QLabel;
    m_languageLabel->setBuddy(m_language);
    m_language->setMinimumWidth(220);
    m_dateExample = new QLabel;
    setRole(m_dateExample, "hint");
    m_dateExample->setWordWrap(true);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    auto* displayLayout = new QVBoxLayout(m_displayBox);
    displayLayout->setSpacing(8);
    displayLayout->addLayout(languageRow);
    displayLayout->addWidget(m_dateExample);

    m_securityBox = new QGroupBox;
    m_autoLock = new QSpinBox;
    m_autoLock->setObjectName(u"autoLockMinutes"_s);
    m_autoLock->setRange(AppSettings::kMinAutoLockMinutes, AppSettings::kMaxAutoLockMinutes);
    m_autoLock->setValue(context.services.settings.autoLockMinutes());
    m_autoLockLabel = new QLabel;
    m_autoLockLabel->setBuddy(m_autoLock);
    m_autoLockHint = new QLabel;
    setRole(m_autoLockHint, "hint");
    m_autoLockHint->setWordWrap(true);
    m_changePassword = new QPushButton;
    m_changePassword->setObjectName(u"changePassword"_s);
    m_changePassword->setIcon(QIcon(u":/xaso/icons/key.svg"_s));
    m_autoLock->setMinimumWidth(120);
    auto* autoLockRow = new QHBoxLayout;
    autoLockRow->addWidget(m_autoLockLabel);
    autoLockRow->addWidget(m_autoLock);
    autoLockRow->addStretch();
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_changePassword);
    passwordRow->addStretch();
    auto* securityLayout = new QVBoxLayout(m_securityBox);
    securityLayout->setSpacing(8);
    securityLayout->addLayout(autoLockRow);
    securityLayout->addWidget(m_autoLockHint);
    securityLayout->addSpacing(4);
    securityLayout->addLayout(passwordRow);

    m_profileBox = new QGroupBox;
    auto* profileForm = new QFormLayout(m_profileBox);
    for (int i = 0; i < 4; ++i) {
        m_profileLabels[i] = new QLabel;
        m_profileValues[i] = new QLabel;
        m_profileValues[i]->setWordWrap(true);
        m_profileValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        profileForm->addRow(m_profileLabels[i], m_profileValues[i]);
    }

    m_reportCard = new ReportSettingsCard(context);
    m_backupCard = new BackupCard(context);

    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_displayBox);
    bodyLayout->addWidget(m_securityBox);
    bodyLayout->addWidget(m_reportCard);
    bodyLayout->addWidget(m_backupCard);
    bodyLayout->addWidget(m_profileBox);
    bodyLayout->addStretch();
    body->setMaximumWidth(760);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(u"QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::chooseLanguage);
    connect(m_autoLock, &QSpinBox::valueChanged, &context.services.settings,
            &AppSettings::setAutoLockMinutes);
    connect(m_changePassword, &QPushButton::clicked, this, &SettingsPage::openChangePassword);
    setTabOrder(m_language, m_autoLock);
    setTabOrder(m_autoLock, m_changePassword);
    retranslate();
}

void SettingsPage::chooseLanguage(int index)
{
    const QString lang = m_language->itemData(index).toString();
    if (lang.isEmpty())
        return;
    m_context.services.settings.setLanguage(lang);
    m_context.services.language.apply(lang); // every widget retranslates on LanguageChange
}

void SettingsPage::openChangePassword()
{
    auto* dialog = new ChangePasswordDialog(m_context.session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal without a nested event loop, so an auto-lock can close it
}

void SettingsPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_displayBox->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Interface language"));
    const QDate today = m_context.services.clock.now().toLocalTime().date();
    m_dateExample->setText(tr("Dates are written day first: today is %1. Numbers are written like %2.")
                               .arg(formatDate(today), QLocale().toString(1234567.5, 'f', 1)));
    m_securityBox->setTitle(tr("Security"));
    m_autoLockLabel->setText(tr("Lock &automatically after:"));
    m_autoLock->setSuffix(tr(" minutes"));
    m_autoLock->setAccessibleName(tr("Minutes without use before the profile locks"));
    m_autoLockHint->setText(
        tr("When nobody uses the computer for this long, Xã Số locks the profile and forgets "
           "the keys. The rules for state agencies ask for 15 minutes or less."));
    m_changePassword->setText(tr("Change &password…"));
    m_profileBox->setTitle(tr("This profile"));
    const char* labels[] = {QT_TR_NOOP("Name:"), QT_TR_NOOP("Roles:"), QT_TR_NOOP("Vault file:"),
                            QT_TR_NOOP("Created on:")};
    for (int i = 0; i < 4; ++i)
        m_profileLabels[i]->setText(tr(labels[i]));
    if (const storage::Vault* vault = m_context.session.vault()) {
        const storage::ProfileInfo& p = vault->profile();
        m_profileValues[0]->setText(p.displayName);
        m_profileValues[1]->setText(roleNames(m_context.services.roleCatalog, p.roles));
        m_profileValues[2]->setText(QDir::toNativeSeparators(m_context.session.vaultPath()));
        m_profileValues[3]->setText(formatDate(p.createdAt.toLocalTime().date()));
    }
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
