#include "unlock/profile_chooser_page.h"

#include "common/profile_directory.h"
#include "common/theme.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ProfileChooserPage::ProfileChooserPage(ProfileDirectory& profiles, QWidget* parent)
    : CardPage(parent), m_profiles(profiles)
{
    m_title = addLabel("title");
    m_subtitle = addLabel("subtitle");
    m_listLabel = addLabel("hint");
    m_list = new QListWidget;
    m_list->setObjectName(u"profileList"_s);
    m_list->setIconSize(QSize(28, 28));
    m_listLabel->setBuddy(m_list);
    cardLayout()->addWidget(m_list);
    m_empty = addLabel("hint", u"noProfiles"_s);

    m_open = new QPushButton;
    m_open->setObjectName(u"openProfile"_s);
    setRole(m_open, "primary");
    m_open->setDefault(true);
    m_create = new QPushButton;
    m_create->setObjectName(u"createProfile"_s);
    m_openFile = new QPushButton;
    m_openFile->setObjectName(u"openVaultFile"_s);
    setRole(m_openFile, "link");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openFile);
    buttons->addStretch();
    buttons->addWidget(m_create);
    buttons->addWidget(m_open);
    cardLayout()->addSpacing(6);
    cardLayout()->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &ProfileChooserPage::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileChooserPage::openSelected);
    connect(m_create, &QPushButton::clicked, this, &ProfileChooserPage::createRequested);
    connect(m_openFile, &QPushButton::clicked, this, &ProfileChooserPage::openFile);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, m_create);
    setTabOrder(m_create, m_openFile);
    refresh();
    retranslate();
}

void ProfileChooserPage::refresh()
{
    const QString previous = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const ProfileEntry& entry : m_profiles.list()) {
        auto* item = new QListWidgetItem(QIcon(u":/xaso/icons/profile.svg"_s), entry.name, m_list);
        item->setData(Qt::UserRole, entry.vaultPath);
        item->setToolTip(entry.vaultPath);
        if (entry.vaultPath == previous)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    const bool any = m_list->count() > 0;
    // As tall as its rows (up to eight), so a short list leaves no empty box.
    const int rows = std::clamp(m_list->count(), 1, 8);
    m_list->setFixedHeight(rows * std::max(m_list->sizeHintForRow(0), 30) + 2 * m_list->frameWidth() + 4);
    m_list->setVisible(any);
    m_listLabel->setVisible(any);
    m_empty->setVisible(!any);
    m_open->setVisible(any);
    setRole(m_create, any ? "" : "primary");
    m_create->setDefault(!any);
    m_create->style()->unpolish(m_create);
    m_create->style()->polish(m_create);
}

int ProfileChooserPage::profileCount() const
{
    return m_list->count();
}

void ProfileChooserPage::retranslate()
{
    m_title->setText(tr("Choose your profile"));
    m_subtitle->setText(tr("Each officer has a profile of their own, kept encrypted on this computer."));
    m_listLabel->setText(tr("&Profiles on this computer:"));
    m_list->setAccessibleName(tr("Profiles on this computer"));
    m_empty->setText(tr("There is no profile on this computer yet. Create one to begin."));
    m_open->setText(tr("&Open"));
    m_create->setText(tr("&Create a new profile"));
    m_openFile->setText(tr("Open a vault &file kept elsewhere…"));
}

void ProfileChooserPage::showEvent(QShowEvent* event)
{
    refresh();
    CardPage::showEvent(event);
    (m_list->count() > 0 ? static_cast<QWidget*>(m_list) : m_create)->setFocus();
}

void ProfileChooserPage::openSelected()
{
    if (const QListWidgetItem* item = m_list->currentItem())
        emit openRequested(item->data(Qt::UserRole).toString());
}

void ProfileChooserPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a vault file"), m_profiles.root(),
                                                      tr("Xã Số vaults (*.xaso)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

} // namespace xaso::desktop
