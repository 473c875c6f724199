#pragma once
// The sections of the main window, in navigation order, each with the record kind whose read
// access shows it and a factory for its page. Adding a real page is one line in
// standard_sections.cpp: replace the section's placeholderPage with the page's factory.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace xaso {
class RoleCatalog;
}

namespace xaso::desktop {

struct DesktopServices;
class VaultSession;
struct SectionInfo;

// What a page may use: the services and the unlocked session (session.vault()).
struct SectionContext
{
    DesktopServices& services;
    VaultSession& session;
};

using SectionFactory = std::function<QWidget*(const SectionContext& context, const SectionInfo& section)>;

struct SectionInfo
{
    QString id;
    const char* titleSource = "";       // English; translated in the "Sections" context
    const char* descriptionSource = ""; // one line under the title
    QString iconPath;
    QString recordKind; // shown when the roles grant at least Read on it; empty = every profile
    SectionFactory factory;

    QString title() const;
    QString description() const;
};

// A page with the section's title and description, for sections still to be built.
QWidget* placeholderPage(const SectionContext& context, const SectionInfo& section);

class SectionRegistry
{
public:
    // The eleven sections of Xã Số (standard_sections.cpp).
    static SectionRegistry standard();

    // Appends a section, or replaces the one with the same id in place.
    void add(SectionInfo section);
    bool setFactory(const QString& id, SectionFactory factory);
    const QList<SectionInfo>& sections() const { return m_sections; }
    const SectionInfo* find(const QString& id) const;

    static bool isVisible(const SectionInfo& section, const RoleCatalog& catalog, const QStringList& roles);
    QList<SectionInfo> visibleFor(const RoleCatalog& catalog, const QStringList& roles) const;
    QStringList visibleIds(const RoleCatalog& catalog, const QStringList& roles) const;

private:
    QList<SectionInfo> m_sections;
};

} // namespace xaso::desktop
