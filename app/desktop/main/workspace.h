#pragma once
// The unlocked main area: the navigation list on the left with the sections the profile's roles
// allow, and the section pages on the right (created on first visit). Ctrl+1…Ctrl+9 jump to a
// section; Ctrl+PgDown / Ctrl+PgUp step through them.
//
// Pages talk to each other only through the workspace: a page that declares the signal
//     void navigateRequested(const QString& sectionId, const QString& filterKey, const QString& filterValue)
// (a dashboard bar, an overdue row) asks to open another section; if that section's page declares
//     Q_INVOKABLE / public slot void applyNavigationFilter(const QString& key, const QString& value)
// it receives the filter. Pages stay independent of each other's headers.
//
// A page that declares `void busyChanged(bool busy)` (Đồng bộ while a sync runs in a worker thread
// that owns the vault's connection) keeps the officer on it while busy: navigation is disabled, so
// no other page reads the vault from the GUI thread at the same time.

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
    // Opens the section (if this profile sees it) and hands the filter to its page.
    bool navigate(const QString& sectionId, const QString& filterKey, const QString& filterValue);
    bool isBusy() const { return m_busy; }

signals:
    void sectionChanged(const QString& id);
    void busyChanged(bool busy);

private slots:
    void navigateTo(const QString& sectionId, const QString& filterKey, const QString& filterValue);
    void setBusy(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void activateRow(int row);
    void step(int delta);
    void connectNavigation(QWidget* page);

    SectionContext m_context;
    QList<SectionInfo> m_sections;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QHash<QString, QWidget*> m_pages;
    bool m_busy = false;
};

} // namespace xaso::desktop
