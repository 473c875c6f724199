#include "domain/import/import_issue_report.h"

#include "io/csv_writer.h"
#include "io/xlsx_writer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportIssueReport", text);
}

} // namespace

Status writeImportIssues(const QString& path, const QList<ImportIssue>& issues)
{
    const QStringList headers{tr("Row"), tr("Column"), tr("Problem")};
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        io::XlsxWriter out;
        io::XlsxWriter::Options options;
        options.sheetName = tr("Errors");
        options.columnWidths = {8, 28, 90};
        XASO_TRY(out.open(path, options));
        XASO_TRY(out.writeHeader(headers));
        for (const ImportIssue& e : issues)
            XASO_TRY(out.writeRow({qint64(e.row), e.column, e.reason}));
        return out.finish();
    }
    io::CsvWriter out;
    XASO_TRY(out.open(path));
    XASO_TRY(out.writeRow(headers));
    for (const ImportIssue& e : issues)
        XASO_TRY(out.writeRow({QString::number(e.row), e.column, e.reason}));
    return out.finish();
}

} // namespace xaso::domain
