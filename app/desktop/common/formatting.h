#pragma once
// Dates and numbers as an officer reads them: dd/MM/yyyy, and digits grouped by the current
// locale (Vietnamese by default: 1.234.567).

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace xaso {
class RoleCatalog;
}

namespace xaso::desktop {

QString formatDate(const QDate& date);
QString formatDateTime(const QDateTime& dateTime); // in local time
QString formatCount(qint64 value);
// Role names in the interface language, joined with commas; unknown ids shown as they are.
QString roleNames(const RoleCatalog& catalog, const QStringList& roleIds);
bool interfaceIsVietnamese();

} // namespace xaso::desktop
