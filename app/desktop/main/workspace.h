#pragma once
// The unlocked main area: the navigation list on the left with the sections the profile's roles
// allow, and the section pages on the right (created on first visit). Ctrl+1…Ctrl+9 jump to a
// section; Ctrl+PgDown / Ctrl+PgUp step through them.

#include "main/section_registry.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace xaso::desktop {

class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(const SectionRegistry& registry, const SectionContext& context, QWidget* parent = nullptr);

    QStringList sectionIds() const;
    bool showSection(const QString& id);
    QString currentSectionId() const;
    QWidget* currentPage() const;
    QWidget* page(const QString& id) const { return m_pages.value(id); }
    QListWidget* navigation() const { return m_navigation; }

signals:
    void sectionChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void activateRow(int row);
    void step(int delta);

    SectionContext m_context;
    QList<SectionInfo> m_sections;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QHash<QString, QWidget*> m_pages;
};

} // namespace xaso::desktop
