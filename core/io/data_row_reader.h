#pragma once
// The rows after the header, as an importer wants them: rows already read while looking for the
// header come first, then the rest of the file; entirely empty rows are skipped, and so is a
// column-numbering row such as "(1) (2) (3) …" right under the header, common in official forms.

#include "io/table_reader.h"

#include <QList>

namespace xaso::io {

class DataRowReader
{
public:
    DataRowReader(TableReader& reader, QList<TableRow> bufferedRows, bool skipNumberingRow = true);

    // The next data row, or false at the end.
    Result<bool> next(TableRow& row);

    // Rows passed over so far (blank or the numbering row), e.g. for an import summary.
    int skippedRows() const { return m_skipped; }

    // True for "1 2 3 …" or "(1) (2) (3) …": at least three cells, every non-empty cell the next
    // number from 1.
    static bool isColumnNumberingRow(const TableRow& row);

private:
    TableReader& m_reader;
    QList<TableRow> m_buffered;
    qsizetype m_bufferedPos = 0;
    bool m_checkNumbering;
    int m_skipped = 0;
};

} // namespace xaso::io
