#include "common/formatting.h"

#include "reference/roles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString formatDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString formatCount(qint64 value)
{
    return QLocale().toString(value);
}

bool interfaceIsVietnamese()
{
    return QLocale().language() == QLocale::Vietnamese;
}

QString roleNames(const RoleCatalog& catalog, const QStringList& roleIds)
{
    QStringList names;
    const bool vi = interfaceIsVietnamese();
    for (const QString& id : roleIds) {
        const Role* role = catalog.role(id);
        names << (role ? (vi ? role->nameVi : role->nameEn) : id);
    }
    return names.join(u", "_s);
}

} // namespace xaso::desktop
