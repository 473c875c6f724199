#include "io/table_reader.h"

#include "io/csv_reader.h"
#include "io/xlsx_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace xaso::io {

FileKind detectFileKind(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(8);
        if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
            return FileKind::Xlsx;
        if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return FileKind::LegacyXls;
        if (!head.isEmpty())
            return FileKind::Csv;
    }
    // Unreadable or empty: the extension decides and the reader's open() reports the problem.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("xlsx") || suffix == QLatin1StringView("xlsm"))
        return FileKind::Xlsx;
    if (suffix == QLatin1StringView("xls"))
        return FileKind::LegacyXls;
    return FileKind::Csv;
}

Error legacyWorkbookError(const QString& path)
{
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate(
                         "TableReader",
                         "“%1” is an old Excel 97–2003 (.xls) workbook or a password-protected workbook. "
                         "Open it in Excel, remove any password and save it as “Excel Workbook (.xlsx)” "
                         "or “CSV UTF-8”.")
                         .arg(QFileInfo(path).fileName()));
}

std::unique_ptr<TableReader> TableReader::forFile(const QString& path)
{
    switch (detectFileKind(path)) {
    case FileKind::Xlsx:
    case FileKind::LegacyXls: // XlsxReader::open() explains what to do with it
        return std::make_unique<XlsxReader>();
    case FileKind::Csv:
        break;
    }
    return std::make_unique<CsvReader>();
}

} // namespace xaso::io
