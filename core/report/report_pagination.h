#pragma once
// Page-break rules the text layout does not know by itself, applied after a first layout: a heading
// stays with the table or paragraph under it, and the signature block is not split over two pages.
// Pages are slices of pageHeight in the document's layout units.

#include <QTextFormat>

#include <optional>
#include <utility>

class QTextDocument;

namespace xaso {

// Set on a table's frame format: keep the whole table on one page (the signature block).
inline constexpr int ReportKeepTogether = QTextFormat::UserProperty + 11;

int reportPageAt(qreal y, qreal pageHeight);

// Lays the whole document out again. Needed after any format change once the layout exists: Qt's
// incremental relayout after such a change can leave later blocks with a zero height.
void relayOutReport(QTextDocument& document);

// Adds "page break before" where a ReportKeepWithNext block or a ReportKeepTogether table would be
// cut by a page end. Gives up after a bounded number of passes so a pathological document still
// renders.
void applyReportPageBreaks(QTextDocument& document, qreal pageHeight);

// The first row of a data table (ReportDataTableId) that a page end cuts in two, as (table id, row
// index), for ReportDocumentBuilder's row breaks. The first data row of each table part is left to
// the heading above it, which applyReportPageBreaks keeps with that row.
std::optional<std::pair<int, int>> findCutTableRow(QTextDocument& document, qreal pageHeight);

// Pages that hold content; an empty last paragraph pushed onto a page of its own does not count.
int reportContentPageCount(QTextDocument& document, qreal pageHeight);

} // namespace xaso
