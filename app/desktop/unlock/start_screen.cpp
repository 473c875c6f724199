#include "unlock/start_screen.h"

#include "common/desktop_services.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "unlock/create_profile_page.h"
#include "unlock/profile_chooser_page.h"
#include "unlock/recovery_key_page.h"
#include "unlock/recovery_reset_page.h"
#include "unlock/unlock_page.h"
#include "util/clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

StartScreen::StartScreen(DesktopServices& services, VaultSession& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session)
{
    setObjectName(u"startScreen"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto* logo = new QLabel;
    logo->setPixmap(QIcon(u":/xaso/icons/app.svg"_s).pixmap(44, 44));
    m_brand = new QLabel(u"Xã Số"_s);
    setRole(m_brand, "brand");
    m_tagline = new QLabel;
    setRole(m_tagline, "subtitle");
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_brand);
    titles->addWidget(m_tagline);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(28, 18, 28, 0);
    header->addWidget(logo);
    header->addSpacing(8);
    header->addLayout(titles);
    header->addStretch();

    m_stack = new QStackedWidget;
    m_chooser = new ProfileChooserPage(services.profiles);
    m_create = new CreateProfilePage(services, session);
    m_recoveryKey = new RecoveryKeyPage;
    m_unlock = new UnlockPage(session);
    m_reset = new RecoveryResetPage(session);
    for (QWidget* page : {static_cast<QWidget*>(m_chooser), static_cast<QWidget*>(m_create),
                          static_cast<QWidget*>(m_recoveryKey), static_cast<QWidget*>(m_unlock),
                          static_cast<QWidget*>(m_reset)})
        m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_chooser, &ProfileChooserPage::openRequested, this, [this](const QString& path) { showUnlock(path); });
    connect(m_chooser, &ProfileChooserPage::createRequested, this, &StartScreen::showCreate);
    connect(m_create, &CreateProfilePage::backRequested, this, &StartScreen::showChooser);
    connect(&m_session, &VaultSession::profileCreated, this, [this](const QString& key) {
        m_recoveryKey->setRecoveryKey(key, m_create->displayName(), m_services.clock.now().toLocalTime().date());
        m_stack->setCurrentWidget(m_recoveryKey);
        m_create->reset();
    });
    connect(m_recoveryKey, &RecoveryKeyPage::confirmed, this, [this] {
        m_recoveryKey->clearKey();
        m_session.activateCreated();
    });
    connect(m_unlock, &UnlockPage::recoveryRequested, this, &StartScreen::showRecovery);
    connect(m_unlock, &UnlockPage::chooseProfileRequested, this, &StartScreen::showChooser);
    connect(m_reset, &RecoveryResetPage::backRequested, this,
            [this] { showUnlock(m_session.vaultPath()); });
    retranslate();
}

void StartScreen::showChooser()
{
    m_chooser->refresh();
    m_stack->setCurrentWidget(m_chooser);
}

void StartScreen::showCreate()
{
    m_create->reset();
    m_stack->setCurrentWidget(m_create);
}

void StartScreen::showUnlock(const QString& vaultPath, const QString& notice)
{
    m_unlock->setVault(vaultPath);
    m_unlock->setNotice(notice);
    m_stack->setCurrentWidget(m_unlock);
}

void StartScreen::showRecovery()
{
    m_reset->reset();
    m_stack->setCurrentWidget(m_reset);
}

QWidget* StartScreen::currentPage() const
{
    return m_stack->currentWidget();
}

void StartScreen::retranslate()
{
    m_tagline->setText(tr("Commune records for Project 06, encrypted on this computer"));
}

void StartScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
