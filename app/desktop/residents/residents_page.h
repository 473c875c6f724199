#pragma once
// Nhân khẩu: the resident list, làm sạch against the police extract, and probable duplicates, as
// three tabs under the section header (Alt+1…3 switch tabs).

#include "main/section_registry.h"

#include <QWidget>

class QTabWidget;

namespace xaso::desktop {

class CleaningPage;
class DuplicatesPage;
class PageHeader;
class ResidentListTab;

class ResidentsPage : public QWidget
{
    Q_OBJECT
public:
    ResidentsPage(const SectionContext& context, const SectionInfo& section, QWidget* parent = nullptr);

    ResidentListTab* listTab() const { return m_list; }
    CleaningPage* cleaningTab() const { return m_cleaning; }
    DuplicatesPage* duplicatesTab() const { return m_duplicates; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    // Opens the list with one filter set, as the dashboard asks (Workspace::navigate).
    void applyNavigationFilter(const QString& key, const QString& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SectionInfo m_section;
    PageHeader* m_header;
    QTabWidget* m_tabs;
    ResidentListTab* m_list;
    CleaningPage* m_cleaning;
    DuplicatesPage* m_duplicates;
};

QWidget* residentsPage(const SectionContext& context, const SectionInfo& section);

} // namespace xaso::desktop
