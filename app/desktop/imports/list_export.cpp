#include "imports/list_export.h"

#include "domain/kinds/record_kind_io.h"
#include "domain/residents/resident_export.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

Result<qint64> exportResidents(storage::Vault& vault, const RoleCatalog& roles, const QString& path,
                               const domain::ResidentFilter& filter)
{
    domain::ResidentExport exporter(vault, roles);
    domain::ResidentExport::Options options;
    options.filter = filter;
    return exporter.exportTo(path, options);
}

Result<qint64> exportRecords(storage::Vault& vault, const RoleCatalog& roles, const QString& ioName,
                             const QString& path, const domain::ListQuery& filter)
{
    auto io = domain::RecordKindIo::make(ioName, vault, roles);
    if (!io)
        return io.error();
    domain::RecordExportOptions options;
    options.filter = filter;
    return (*io)->exportTo(path, options);
}

QString askExportPath(QWidget* parent, const QString& baseName)
{
    const QString suggested =
        QDir::home().filePath(u"%1-%2.xlsx"_s.arg(baseName, QDate::currentDate().toString(u"yyyy-MM-dd"_s)));
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ListExport", "Export the list"), suggested,
        QCoreApplication::translate("ListExport", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selected);
    if (!path.isEmpty() && !path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) &&
        !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += selected.contains(u"csv"_s) ? u".csv"_s : u".xlsx"_s;
    return path;
}

} // namespace xaso::desktop
