#pragma once
// One row as it comes out of a CSV or XLSX file, before any field mapping.

#include <QString>
#include <QStringList>

namespace xaso::io {

struct TableRow
{
    // 1-based: the physical line a CSV record starts on, or the spreadsheet row number of an XLSX
    // row. Messages about a row name this number so the officer can find it in the file.
    int rowNumber = 0;
    // Every cell NFC-normalised and trimmed; embedded newlines inside a cell are kept.
    QStringList cells;
};

// NFC plus trimming, but unlike text::normalizeInput() no collapsing of inner white space, so a
// multi-line address keeps its line breaks. Excel on macOS and some web forms produce NFD.
inline QString normalizeCell(const QString& raw)
{
    return raw.normalized(QString::NormalizationForm_C).trimmed();
}

// The cell at a 0-based column, or an empty string when the row is shorter (CSV rows from Excel
// often stop early, XLSX rows omit empty cells).
inline QString cellAt(const TableRow& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : QString();
}

// True when every cell is empty: spacer rows between blocks, or trailing rows Excel keeps after
// cells were cleared. Consumers skip these after the header.
inline bool isBlankRow(const TableRow& row)
{
    for (const QString& cell : row.cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

} // namespace xaso::io
