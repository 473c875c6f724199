#include "io/xlsx_writer.h"

#include "io/xlsx_cells.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <xlsxwriter.h>

namespace xaso::io {

namespace {

lxw_datetime toLxw(const QDate& d, const QTime& t = QTime(0, 0))
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}

} // namespace

XlsxWriter::~XlsxWriter()
{
    cancel();
}

Status XlsxWriter::open(const QString& path, const Options& options)
{
    cancel();
    m_path = path;
    const QFileInfo info(path);
    // libxlsxwriter writes the zip at workbook_close(); a hidden sibling keeps a failed export
    // from replacing an existing file.
    m_tempPath = info.dir().filePath(QStringLiteral(".%1.part").arg(info.fileName()));
    m_tempDir = QFile::encodeName(options.tempDir.isEmpty() ? QDir::tempPath() : options.tempDir);

    lxw_workbook_options lxwOptions{};
    lxwOptions.constant_memory = LXW_TRUE;
    lxwOptions.tmpdir = m_tempDir.data();
    lxwOptions.use_zip64 = LXW_TRUE; // a million rows can pass 4 GiB uncompressed
    const QByteArray fileName = QFile::encodeName(m_tempPath);
    m_workbook = workbook_new_opt(fileName.constData(), &lxwOptions);
    if (!m_workbook)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("XlsxWriter", "Cannot create the Excel file “%1”.")
                             .arg(info.fileName()));

    const QByteArray sheetName = options.sheetName.toUtf8();
    if (!options.sheetName.isEmpty()) {
        const lxw_error check = workbook_validate_sheet_name(m_workbook, sheetName.constData());
        if (check != LXW_NO_ERROR) {
            closeAndDiscard();
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "XlsxWriter",
                    "“%1” cannot be a sheet name: at most 31 characters and none of [ ] : * ? / \\.")
                    .arg(options.sheetName));
        }
    }
    m_sheet =
        workbook_add_worksheet(m_workbook, options.sheetName.isEmpty() ? nullptr : sheetName.constData());
    m_bold = workbook_add_format(m_workbook);
    m_wrap = workbook_add_format(m_workbook);
    m_date = workbook_add_format(m_workbook);
    m_dateTime = workbook_add_format(m_workbook);
    if (!m_sheet || !m_bold || !m_wrap || !m_date || !m_dateTime) {
        closeAndDiscard();
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("XlsxWriter", "The Excel writer could not be set up."));
    }
    format_set_bold(m_bold);
    format_set_text_wrap(m_bold);
    format_set_text_wrap(m_wrap);
    format_set_num_format(m_date, "dd/mm/yyyy");
    format_set_num_format(m_dateTime, "dd/mm/yyyy hh:mm");
    for (qsizetype c = 0; c < options.columnWidths.size(); ++c) {
        const double width = options.columnWidths.at(c);
        if (width > 0)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    m_row = 0;
    return {};
}

Status XlsxWriter::writeHeader(const QStringList& headers)
{
    if (!m_sheet)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("XlsxWriter", "The Excel writer is not open."));
    if (m_row >= kMaxRows)
        return cellError(
            0, QCoreApplication::translate("XlsxWriter", "Excel sheets hold at most %1 rows.").arg(kMaxRows));
    for (qsizetype c = 0; c < headers.size(); ++c)
        XASO_TRY(writeCell(int(c), headers.at(c), m_bold));
    ++m_row;
    worksheet_freeze_panes(m_sheet, lxw_row_t(m_row), 0);
    return {};
}

Status XlsxWriter::writeTextRow(const QStringList& cells)
{
    QVariantList values;
    values.reserve(cells.size());
    for (const QString& cell : cells)
        values.append(cell);
    return writeRow(values);
}

Status XlsxWriter::writeRow(const QVariantList& cells)
{
    if (!m_sheet)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("XlsxWriter", "The Excel writer is not open."));
    if (m_row >= kMaxRows)
        return cellError(
            0, QCoreApplication::translate("XlsxWriter", "Excel sheets hold at most %1 rows.").arg(kMaxRows));
    for (qsizetype c = 0; c < cells.size(); ++c)
        XASO_TRY(writeCell(int(c), cells.at(c), nullptr));
    ++m_row;
    return {};
}

Status XlsxWriter::writeCell(int column, const QVariant& value, lxw_format* textFormat)
{
    if (column >= 16384)
        return cellError(
            column, QCoreApplication::translate("XlsxWriter", "Excel sheets hold at most 16,384 columns."));
    const auto row = lxw_row_t(m_row);
    const auto col = lxw_col_t(column);
    lxw_error rc = LXW_NO_ERROR;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Bool:
        rc = worksheet_write_boolean(m_sheet, row, col, value.toBool(), nullptr);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return cellError(column, QCoreApplication::translate("XlsxWriter", "the number is not finite."));
        rc = worksheet_write_number(m_sheet, row, col, number, nullptr);
        break;
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return {};
        lxw_datetime dt = toLxw(date);
        rc = worksheet_write_datetime(m_sheet, row, col, &dt, m_date);
        break;
    }
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        if (!when.isValid())
            return {};
        lxw_datetime dt = toLxw(when.date(), when.time());
        rc = worksheet_write_datetime(m_sheet, row, col, &dt, m_dateTime);
        break;
    }
    default: {
        const QString text = value.toString();
        if (text.isEmpty()) {
            if (textFormat)
                rc = worksheet_write_blank(m_sheet, row, col, textFormat);
            break;
        }
        if (text.size() > kMaxTextLength)
            return cellError(
                column, QCoreApplication::translate("XlsxWriter",
                                                    "the text is longer than %1 characters, Excel's limit.")
                            .arg(kMaxTextLength));
        const QByteArray utf8 = text.toUtf8();
        lxw_format* format = textFormat ? textFormat : (text.contains(QLatin1Char('\n')) ? m_wrap : nullptr);
        rc = worksheet_write_string(m_sheet, row, col, utf8.constData(), format);
        break;
    }
    }
    if (rc != LXW_NO_ERROR)
        return cellError(column, QString::fromUtf8(lxw_strerror(rc)));
    return {};
}

Status XlsxWriter::finish()
{
    if (!m_workbook)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("XlsxWriter", "The Excel writer is not open."));
    const lxw_error rc = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (rc != LXW_NO_ERROR) {
        QFile::remove(m_tempPath);
        return libraryError(rc);
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        QFile::remove(m_tempPath);
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "XlsxWriter", "Cannot replace “%1”; is it open in Excel?")
                                            .arg(QFileInfo(m_path).fileName()));
    }
    if (!QFile::rename(m_tempPath, m_path)) {
        QFile::remove(m_tempPath);
        return makeError(ErrorCode::Io, QCoreApplication::translate("XlsxWriter", "Cannot write “%1”.")
                                            .arg(QFileInfo(m_path).fileName()));
    }
    return {};
}

void XlsxWriter::cancel()
{
    if (m_workbook)
        closeAndDiscard();
}

void XlsxWriter::closeAndDiscard()
{
    // libxlsxwriter has no "abort": closing frees its memory and temp files, then the output goes.
    (void)workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    QFile::remove(m_tempPath);
}

Error XlsxWriter::cellError(int column, const QString& what) const
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("XlsxWriter", "Cannot write row %1, column %2: %3")
                         .arg(m_row + 1)
                         .arg(xlsx::columnName(column), what));
}

Error XlsxWriter::libraryError(int code) const
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("XlsxWriter", "Cannot write the Excel file “%1”: %2")
            .arg(QFileInfo(m_path).fileName(), QString::fromUtf8(lxw_strerror(lxw_error(code)))));
}

} // namespace xaso::io
