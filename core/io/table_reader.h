#pragma once
// Streaming reader over a table file (CSV or XLSX): one row at a time, constant memory, so an
// import of a 1,000,000-row list never holds the file.

#include "io/table_row.h"
#include "util/result.h"

#include <QString>

#include <memory>

namespace xaso::io {

enum class FileKind {
    Csv,       // plain text: CSV, TSV, Excel "Unicode text"
    Xlsx,      // Office Open XML workbook (a zip)
    LegacyXls, // Excel 97–2003 .xls or a password-protected workbook (OLE2 compound file)
};

class TableReader
{
public:
    virtual ~TableReader() = default;

    // Opens the file and reads enough of it to know its layout (encoding, separator, sheet).
    virtual Result<void> open(const QString& path) = 0;
    // Fills `row` with the next row and returns true, or returns false at the end of the table.
    // After an error the reader stays failed and returns the same error again.
    virtual Result<bool> next(TableRow& row) = 0;

    // Progress: bytes consumed so far out of the total (both in the reader's own unit: file bytes
    // for CSV, uncompressed sheet bytes for XLSX). totalBytes() is 0 when unknown.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;

    // Picks a reader by content (a zip → XLSX) and otherwise by extension; CSV is the fallback.
    // The returned reader is not opened yet.
    static std::unique_ptr<TableReader> forFile(const QString& path);
};

// Looks at the first bytes (zip or OLE2 magic) and falls back to the extension.
FileKind detectFileKind(const QString& path);

// The message for an OLE2 file (old .xls or password-protected workbook), shared by the readers.
Error legacyWorkbookError(const QString& path);

} // namespace xaso::io
