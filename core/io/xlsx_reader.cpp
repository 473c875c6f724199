#include "io/xlsx_reader.h"

#include "io/xlsx_cells.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xaso::io {

namespace {

QString cellName(int column, int row)
{
    return xlsx::columnName(column) + QString::number(row);
}

} // namespace

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto& sheet : m_workbook.sheets)
        names.append(sheet.name);
    return names;
}

Result<void> XlsxReader::open(const QString& path)
{
    m_sheet.close();
    m_zip.close();
    m_workbook = {};
    m_error.reset();
    m_opened = false;
    m_finished = false;
    m_inSheetData = m_inRow = m_inCell = m_inValue = m_inInline = m_inText = false;
    m_phoneticDepth = 0;
    m_lastRow = 0;
    m_fileName = QFileInfo(path).fileName();

    if (detectFileKind(path) == FileKind::LegacyXls)
        return legacyWorkbookError(path);
    XASO_TRY(m_zip.open(path, m_fileName));
    XASO_TRY(xlsx::loadWorkbook(m_zip, m_workbook));

    const xlsx::SheetInfo* chosen = nullptr;
    if (!m_requestedSheet.isEmpty()) {
        for (const auto& sheet : m_workbook.sheets) {
            if (sheet.name.compare(m_requestedSheet, Qt::CaseInsensitive) == 0) {
                chosen = &sheet;
                break;
            }
        }
        if (!chosen) {
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("XlsxReader", "“%1” has no sheet named “%2”. Its sheets are: %3.")
                    .arg(m_fileName, m_requestedSheet, sheetNames().join(QLatin1StringView(", "))));
        }
    } else {
        for (const auto& sheet : m_workbook.sheets) {
            if (sheet.visible) {
                chosen = &sheet;
                break;
            }
        }
        if (!chosen)
            chosen = &m_workbook.sheets.constFirst();
    }
    m_currentSheet = chosen->name;
    XASO_TRY(m_sheet.open(m_zip, chosen->partPath));
    qCDebug(lcIo) << "XLSX sheet" << chosen->partPath << "shared strings" << m_workbook.sharedStrings.size();
    m_opened = true;
    return {};
}

Error XlsxReader::fail(Error error)
{
    m_error = error;
    return error;
}

Status XlsxReader::startCell(int currentRow)
{
    const auto attrs = m_sheet.xml().attributes();
    const QStringView ref = attrs.value(QLatin1StringView("r"));
    if (ref.isEmpty()) {
        m_column = m_nextColumn; // references are optional; then cells follow each other
    } else {
        int refRow = 0;
        if (!xlsx::parseCellReference(ref, m_column, refRow)) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "XlsxReader", "“%1” is damaged: row %2 has a cell with the invalid reference “%3”.")
                    .arg(m_fileName)
                    .arg(currentRow)
                    .arg(ref.toString()));
        }
    }
    if (m_column >= kMaxColumns) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("XlsxReader", "“%1” is damaged: row %2 has more than %3 columns.")
                .arg(m_fileName)
                .arg(currentRow)
                .arg(kMaxColumns));
    }
    m_type = attrs.value(QLatin1StringView("t")).toString();
    m_style = attrs.value(QLatin1StringView("s")).toInt();
    m_value.clear();
    m_inCell = true;
    m_sawInline = false;
    return {};
}

Status XlsxReader::finishCell(TableRow& row)
{
    m_inCell = false;
    QString text;
    if (m_sawInline || m_type == QLatin1StringView("inlineStr") || m_type == QLatin1StringView("str") ||
        m_type == QLatin1StringView("e")) {
        text = normalizeCell(m_value);
    } else if (m_type == QLatin1StringView("s")) {
        bool ok = false;
        const int index = m_value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_workbook.sharedStrings.size()) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "XlsxReader", "“%1” is damaged: cell %2 refers to a shared string that does not exist.")
                    .arg(m_fileName, cellName(m_column, m_rowNumber)));
        }
        text = m_workbook.sharedStrings.at(index);
    } else if (m_type == QLatin1StringView("b")) {
        if (!m_value.isEmpty())
            text = m_value.trimmed() == QLatin1StringView("1") ? QStringLiteral("TRUE")
                                                               : QStringLiteral("FALSE");
    } else if (m_type == QLatin1StringView("d")) {
        text = xlsx::formatIsoDate(m_value);
    } else if (!m_value.isEmpty()) {
        text = xlsx::formatNumber(m_value, m_workbook.formatOfStyle(m_style), m_workbook.date1904);
    }

    if (m_column < row.cells.size()) {
        row.cells[m_column] = text; // out of order or repeated: the last one wins
    } else if (!text.isEmpty()) {
        while (row.cells.size() < m_column)
            row.cells.append(QString());
        row.cells.append(text);
    }
    m_nextColumn = m_column + 1;
    return {};
}

Result<bool> XlsxReader::next(TableRow& row)
{
    if (m_error)
        return *m_error;
    if (!m_opened)
        return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                  "XlsxReader", "The XLSX reader was used before open()."));
    if (m_finished)
        return false;

    row.cells.clear();
    Status st;
    for (;;) {
        const auto token = m_sheet.readNext(st);
        if (token == QXmlStreamReader::Invalid)
            return fail(st.error());
        if (token == QXmlStreamReader::EndDocument) {
            m_finished = true;
            return false;
        }
        const QStringView name = m_sheet.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1StringView("sheetData")) {
                m_inSheetData = true;
            } else if (!m_inSheetData) {
                continue;
            } else if (name == QLatin1StringView("row")) {
                bool ok = false;
                const int r = m_sheet.xml().attributes().value(QLatin1StringView("r")).toInt(&ok);
                m_rowNumber = ok && r > 0 ? r : m_lastRow + 1;
                m_inRow = true;
                m_nextColumn = 0;
                row.cells.clear();
            } else if (name == QLatin1StringView("c") && m_inRow) {
                if (Status s = startCell(m_rowNumber); !s)
                    return fail(s.error());
            } else if (!m_inCell) {
                continue;
            } else if (name == QLatin1StringView("v")) {
                m_inValue = true;
            } else if (name == QLatin1StringView("is")) {
                m_inInline = true;
                m_sawInline = true;
            } else if (name == QLatin1StringView("rPh")) {
                ++m_phoneticDepth;
            } else if (name == QLatin1StringView("t") && m_inInline && m_phoneticDepth == 0) {
                m_inText = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1StringView("v")) {
                m_inValue = false;
            } else if (name == QLatin1StringView("t")) {
                m_inText = false;
            } else if (name == QLatin1StringView("rPh")) {
                --m_phoneticDepth;
            } else if (name == QLatin1StringView("is")) {
                m_inInline = false;
            } else if (name == QLatin1StringView("c") && m_inCell) {
                if (Status s = finishCell(row); !s)
                    return fail(s.error());
            } else if (name == QLatin1StringView("row") && m_inRow) {
                m_inRow = false;
                while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                    row.cells.removeLast();
                row.rowNumber = m_rowNumber;
                m_lastRow = m_rowNumber;
                return true;
            } else if (name == QLatin1StringView("sheetData")) {
                m_finished = true; // the rest (merged cells, page setup) is not needed
                return false;
            }
        } else if (token == QXmlStreamReader::Characters && (m_inValue || m_inText)) {
            m_value.append(m_sheet.xml().text());
            // Excel stops at 32,767 characters; a far longer value is a broken or hostile file.
            if (m_value.size() > kMaxCellLength) {
                return fail(
                    makeError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "XlsxReader", "“%1” is damaged: cell %2 holds more than %3 characters.")
                                  .arg(m_fileName, cellName(m_column, m_rowNumber))
                                  .arg(kMaxCellLength)));
            }
        }
    }
}

} // namespace xaso::io
