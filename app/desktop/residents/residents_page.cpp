#include "residents/residents_page.h"

#include "cleaning/cleaning_page.h"
#include "cleaning/duplicates_page.h"
#include "common/list_toolbar.h"
#include "common/page_header.h"
#include "residents/resident_list_tab.h"

#include <QEvent>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QWidget* residentsPage(const SectionContext& context, const SectionInfo& section)
{
    return new ResidentsPage(context, section);
}

ResidentsPage::ResidentsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_section(section)
{
    setObjectName(u"residentsPage"_s);
    m_header = new PageHeader(section.iconPath);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"residentTabs"_s);
    m_list = new ResidentListTab(context);
    m_cleaning = new CleaningPage(context);
    m_duplicates = new DuplicatesPage(context);
    m_tabs->addTab(m_list, QString());
    m_tabs->addTab(m_cleaning, QString());
    m_tabs->addTab(m_duplicates, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_cleaning, &CleaningPage::recordsChanged, m_list, &ResidentListTab::reload);
    connect(m_duplicates, &DuplicatesPage::recordsChanged, m_list, &ResidentListTab::reload);
    connect(m_cleaning, &CleaningPage::openResident, this,
            [this](const QString& id) { m_list->openResident(id); });
    for (int i = 0; i < 3; ++i) {
        auto* s = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, m_tabs, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    retranslate();
}

void ResidentsPage::applyNavigationFilter(const QString& key, const QString& value)
{
    m_tabs->setCurrentWidget(m_list);
    m_list->toolbar()->applyFilter(key, value);
}

void ResidentsPage::retranslate()
{
    m_header->setTexts(m_section.title(), m_section.description());
    m_tabs->setTabText(0, tr("List"));
    m_tabs->setTabText(1, tr("Cleaning against the police extract"));
    m_tabs->setTabText(2, tr("Probable duplicates"));
    m_tabs->setTabToolTip(0, tr("Alt+1"));
    m_tabs->setTabToolTip(1, tr("Alt+2"));
    m_tabs->setTabToolTip(2, tr("Alt+3"));
}

void ResidentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
