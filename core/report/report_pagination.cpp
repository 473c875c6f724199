#include "report/report_pagination.h"

#include "report/report_document_builder.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace xaso {

namespace {

constexpr int kMaxPasses = 64;

bool keepWithNext(const QTextBlock& block)
{
    return block.isValid() && block.blockFormat().boolProperty(ReportKeepWithNext);
}

bool inRootFrame(const QTextDocument& document, const QTextBlock& block)
{
    return document.frameAt(block.position()) == document.rootFrame();
}

// Top and bottom of a table row's text, in layout coordinates.
std::pair<qreal, qreal> rowExtent(QTextDocument& document, QTextTable* table, int row)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

// Where the content after a block ends its first piece: the first line of the next paragraph, or the
// header and the whole first data row of the next table.
qreal followingBottom(QTextDocument& document, const QTextBlock& block)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const QTextBlock next = block.next();
    if (!next.isValid())
        return layout->blockBoundingRect(block).bottom();
    if (auto* table = qobject_cast<QTextTable*>(document.frameAt(next.position())))
        return rowExtent(document, table, std::min(1, table->rows() - 1)).second;
    const QRectF rect = layout->blockBoundingRect(next);
    const QTextLayout* text = next.layout();
    if (text && text->lineCount() > 0)
        return rect.top() + text->lineAt(0).rect().bottom();
    return rect.bottom();
}

void setBreakBefore(const QTextBlock& block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

bool hasBreakBefore(const QTextBlock& block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// One fix per call, so every decision sees a fresh layout.
bool fixOrphanedHeading(QTextDocument& document, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!keepWithNext(block) || !inRootFrame(document, block))
            continue;
        const int page = reportPageAt(layout->blockBoundingRect(block).top(), pageHeight);
        if (reportPageAt(followingBottom(document, block) - 0.5, pageHeight) == page)
            continue;
        // Move the whole chain of headings (section, group, lead-in line) with it.
        QTextBlock start = block;
        while (keepWithNext(start.previous()) && inRootFrame(document, start.previous()))
            start = start.previous();
        if (hasBreakBefore(start))
            continue; // already at a page top; the content under it is just too tall
        setBreakBefore(start);
        return true;
    }
    return false;
}

bool fixSplitTable(QTextDocument& document, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        QTextFrameFormat format = frame->frameFormat();
        if (!format.boolProperty(ReportKeepTogether) ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF rect = layout->frameBoundingRect(frame);
        const int top = reportPageAt(rect.top(), pageHeight);
        if (top == reportPageAt(rect.bottom() - 0.5, pageHeight) || rect.height() >= pageHeight)
            continue;
        // Take the paragraph before it along, so the signature never stands alone on a page.
        const QTextBlock before = document.findBlock(frame->firstPosition()).previous();
        if (before.isValid() && before.length() > 1 && inRootFrame(document, before) &&
            !hasBreakBefore(before) &&
            reportPageAt(layout->blockBoundingRect(before).top(), pageHeight) == top) {
            setBreakBefore(before);
        } else {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            frame->setFrameFormat(format);
        }
        return true;
    }
    return false;
}

} // namespace

int reportPageAt(qreal y, qreal pageHeight)
{
    return std::max(0, int(std::floor(y / pageHeight)));
}

void relayOutReport(QTextDocument& document)
{
    document.markContentsDirty(0, document.characterCount());
}

void applyReportPageBreaks(QTextDocument& document, qreal pageHeight)
{
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        if (!fixOrphanedHeading(document, pageHeight) && !fixSplitTable(document, pageHeight))
            return;
        // A format change lays the document out again only from the changed block on, and that
        // incremental pass leaves blocks after a table with no height: the text below them was
        // dropped from the page. Lay the whole document out again before the next decision.
        relayOutReport(document);
    }
}

std::optional<std::pair<int, int>> findCutTableRow(QTextDocument& document, qreal pageHeight)
{
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || !table->format().hasProperty(ReportDataTableId))
            continue;
        const int headerRows = table->format().headerRowCount();
        const int firstRow = table->format().intProperty(ReportDataTableFirstRow);
        for (int row = headerRows + 1; row < table->rows(); ++row) {
            const auto [top, bottom] = rowExtent(document, table, row);
            if (reportPageAt(top, pageHeight) != reportPageAt(bottom - 0.5, pageHeight))
                return std::pair{table->format().intProperty(ReportDataTableId), firstRow + row - headerRows};
        }
    }
    return std::nullopt;
}

int reportContentPageCount(QTextDocument& document, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    qreal bottom = 0;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame())
            bottom = std::max(bottom, layout->frameBoundingRect(frame).bottom());
        else if (it.currentBlock().length() > 1)
            bottom = std::max(bottom, layout->blockBoundingRect(it.currentBlock()).bottom());
    }
    return std::max(1, reportPageAt(bottom - 0.5, pageHeight) + 1);
}

} // namespace xaso
