#pragma once
// Streaming XLSX reader: libzip for the container, QXmlStreamReader fed chunk by chunk for the
// sheet, so memory does not grow with the number of rows (only the shared string table is held,
// as the format requires). Cells come out as text: shared, inline and formula strings; numbers
// without binary noise; booleans as TRUE/FALSE; date-formatted numbers as dd/MM/yyyy. Rows keep
// their spreadsheet row number; missing cells inside a row are filled with empty strings and
// trailing empty cells are dropped.

#include "io/table_reader.h"
#include "io/xlsx_workbook.h"
#include "io/zip_archive.h"

#include <optional>

namespace xaso::io {

class XlsxReader final : public TableReader
{
public:
    // The sheet to read (case-insensitive); empty, the default, reads the first visible worksheet.
    void setSheetName(const QString& name) { m_requestedSheet = name; }

    Result<void> open(const QString& path) override;
    Result<bool> next(TableRow& row) override;
    qint64 bytesRead() const override { return m_sheet.bytesRead(); }
    qint64 totalBytes() const override { return m_sheet.totalBytes(); }

    // Known after open(): the worksheets in tab order, and the one being read.
    QStringList sheetNames() const;
    QString currentSheetName() const { return m_currentSheet; }

    static constexpr int kMaxColumns = 16384;
    static constexpr qsizetype kMaxCellLength = 1 << 20;

private:
    Status startCell(int currentRow);
    Status finishCell(TableRow& row);
    Error fail(Error error);

    QString m_requestedSheet;
    QString m_currentSheet;
    QString m_fileName;
    ZipArchive m_zip;
    xlsx::Workbook m_workbook;
    ZipXmlStream m_sheet;

    // Parser state between next() calls and inside one cell.
    int m_lastRow = 0;
    int m_rowNumber = 0;
    int m_nextColumn = 0;
    int m_column = 0;
    int m_style = 0;
    QString m_type;
    QString m_value;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_sawInline = false;
    bool m_inText = false;
    int m_phoneticDepth = 0;
    bool m_opened = false;
    bool m_finished = false;
    std::optional<Error> m_error;
};

} // namespace xaso::io
