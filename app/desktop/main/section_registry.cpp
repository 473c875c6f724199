#include "main/section_registry.h"

#include "reference/roles.h"

#include <QCoreApplication>

namespace xaso::desktop {

QString SectionInfo::title() const
{
    return QCoreApplication::translate("Sections", titleSource);
}

QString SectionInfo::description() const
{
    return QCoreApplication::translate("Sections", descriptionSource);
}

void SectionRegistry::add(SectionInfo section)
{
    for (SectionInfo& existing : m_sections) {
        if (existing.id == section.id) {
            existing = std::move(section);
            return;
        }
    }
    m_sections.append(std::move(section));
}

bool SectionRegistry::setFactory(const QString& id, SectionFactory factory)
{
    for (SectionInfo& existing : m_sections) {
        if (existing.id == id) {
            existing.factory = std::move(factory);
            return true;
        }
    }
    return false;
}

const SectionInfo* SectionRegistry::find(const QString& id) const
{
    for (const SectionInfo& s : m_sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

bool SectionRegistry::isVisible(const SectionInfo& section, const RoleCatalog& catalog, const QStringList& roles)
{
    return section.recordKind.isEmpty() || catalog.access(roles, section.recordKind) >= Access::Read;
}

QList<SectionInfo> SectionRegistry::visibleFor(const RoleCatalog& catalog, const QStringList& roles) const
{
    QList<SectionInfo> visible;
    for (const SectionInfo& s : m_sections) {
        if (isVisible(s, catalog, roles))
            visible.append(s);
    }
    return visible;
}

QStringList SectionRegistry::visibleIds(const RoleCatalog& catalog, const QStringList& roles) const
{
    QStringList ids;
    for (const SectionInfo& s : visibleFor(catalog, roles))
        ids << s.id;
    return ids;
}

} // namespace xaso::desktop
