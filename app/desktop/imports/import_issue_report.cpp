#include "imports/import_target.h"

#include "io/csv_writer.h"
#include "io/xlsx_writer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

Status writeIssueReport(const QString& path, const ImportOutcome& outcome)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("ImportReport", text); };
    const QStringList header{tr("Row"), tr("Column"), tr("Kind"), tr("Problem")};
    QList<QStringList> rows;
    for (const ImportRowIssue& e : outcome.errors)
        rows.append({e.row > 0 ? QString::number(e.row) : QString(), e.column, tr("Error"), e.reason});
    for (const ImportRowIssue& w : outcome.warnings)
        rows.append({w.row > 0 ? QString::number(w.row) : QString(), w.column, tr("Warning"), w.reason});
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        io::XlsxWriter writer;
        io::XlsxWriter::Options options;
        options.columnWidths = {8, 28, 12, 80};
        XASO_TRY(writer.open(path, options));
        XASO_TRY(writer.writeHeader(header));
        for (const QStringList& row : std::as_const(rows))
            XASO_TRY(writer.writeTextRow(row));
        return writer.finish();
    }
    io::CsvWriter writer;
    XASO_TRY(writer.open(path));
    XASO_TRY(writer.writeRow(header));
    for (const QStringList& row : std::as_const(rows))
        XASO_TRY(writer.writeRow(row));
    return writer.finish();
}

} // namespace xaso::desktop
