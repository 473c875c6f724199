#pragma once
// The workbook-level parts of an XLSX package that a sheet needs to be read: where the sheets are
// (workbook.xml + its relationships), the shared string table, which cell styles are dates, and
// the date system.

#include "io/xlsx_cells.h"
#include "io/zip_archive.h"

#include <QList>
#include <QStringList>

namespace xaso::io::xlsx {

struct SheetInfo
{
    QString name;
    QString partPath; // path inside the zip, e.g. "xl/worksheets/sheet1.xml"
    bool visible = true;
};

struct Workbook
{
    QList<SheetInfo> sheets;              // worksheets only (no chart sheets), in tab order
    QStringList sharedStrings;            // already normalised as cells
    QList<NumberFormatKind> styleFormats; // indexed by a cell's s="…" (cellXfs)
    bool date1904 = false;

    NumberFormatKind formatOfStyle(int style) const
    {
        return style >= 0 && style < styleFormats.size() ? styleFormats.at(style) : NumberFormatKind::Number;
    }
};

Status loadWorkbook(const ZipArchive& zip, Workbook& workbook);

} // namespace xaso::io::xlsx
