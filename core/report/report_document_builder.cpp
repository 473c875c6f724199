#include "report/report_document_builder.h"

#include "report/report_rule.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

const QString kRuleImageName = u"xaso-rule.png"_s;
constexpr qreal kTablePt = 12;

} // namespace

ReportDocumentBuilder::ReportDocumentBuilder(QTextDocument* document, ReportTarget target, ReportUnits units,
                                             QString fontFamily, QPaintDevice* metricsDevice)
    : m_document(document), m_target(target), m_units(units), m_fontFamily(std::move(fontFamily)),
      m_metricsDevice(metricsDevice), m_main{QTextCursor(document), true}
{
    if (m_target == ReportTarget::Odt) {
        QImage black(8, 8, QImage::Format_RGB32);
        black.fill(Qt::black);
        m_document->addResource(QTextDocument::ImageResource, QUrl(kRuleImageName), black);
    }
}

QTextCharFormat ReportDocumentBuilder::font(qreal pointSize, int style) const
{
    QTextCharFormat format;
    format.setFontFamilies(QStringList{m_fontFamily});
    if (m_target == ReportTarget::Odt) {
        // Qt 6.4's ODF writer reads only the single-family property and writes "Sans" otherwise.
        format.setProperty(QTextFormat::OldFontFamily, m_fontFamily);
    }
    format.setFontPointSize(pointSize);
    format.setFontWeight((style & Bold) ? QFont::Bold : QFont::Normal);
    format.setFontItalic((style & Italic) != 0);
    format.setForeground(Qt::black);
    return format;
}

QTextBlockFormat ReportDocumentBuilder::bodyBlock() const
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignJustify);
    format.setTextIndent(m_units.mm(12.7));
    format.setTopMargin(0);
    format.setBottomMargin(m_units.pt(6));
    format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat ReportDocumentBuilder::alignedBlock(Qt::Alignment alignment, qreal spaceBeforePt,
                                                     qreal spaceAfterPt) const
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTopMargin(m_units.pt(spaceBeforePt));
    format.setBottomMargin(m_units.pt(spaceAfterPt));
    format.setTextIndent(0);
    return format;
}

qreal ReportDocumentBuilder::textWidth(const QString& text, const QTextCharFormat& format) const
{
    const QFont font = format.font();
    const QFontMetricsF metrics =
        m_metricsDevice ? QFontMetricsF(font, m_metricsDevice) : QFontMetricsF(font);
    return metrics.horizontalAdvance(text);
}

QString ReportDocumentBuilder::balancedLines(const QString& text, const QTextCharFormat& format,
                                             qreal maxWidth) const
{
    const QStringList words = text.simplified().split(u' ');
    // A little slack: the layout shapes text slightly differently from QFontMetricsF.
    const qreal available = maxWidth * 0.98;
    if (m_target != ReportTarget::Pdf || words.size() < 2 ||
        textWidth(text.simplified(), format) <= available)
        return text.simplified();
    const auto wrap = [&](qreal width) {
        QStringList lines;
        for (const QString& word : words) {
            if (!lines.isEmpty() && textWidth(lines.last() + u' ' + word, format) <= width)
                lines.last() += u' ' + word;
            else
                lines.append(word);
        }
        return lines;
    };
    // The narrowest width that still needs no more lines than the full width does.
    const qsizetype lineCount = wrap(available).size();
    qreal low = 0;
    qreal high = available;
    for (int step = 0; step < 24; ++step) {
        const qreal middle = (low + high) / 2;
        if (wrap(middle).size() <= lineCount)
            high = middle;
        else
            low = middle;
    }
    return wrap(high).join(QChar(QChar::LineSeparator));
}

void ReportDocumentBuilder::startBlock(ReportFlow& flow, const QTextBlockFormat& block,
                                       const QTextCharFormat& chars)
{
    if (flow.fresh) {
        flow.cursor.setBlockFormat(block);
        flow.cursor.setBlockCharFormat(chars);
        flow.fresh = false;
    } else {
        flow.cursor.insertBlock(block, chars);
    }
}

void ReportDocumentBuilder::paragraph(ReportFlow& flow, const QString& text, const QTextBlockFormat& block,
                                      const QTextCharFormat& chars)
{
    startBlock(flow, block, chars);
    flow.cursor.insertText(text, chars);
}

void ReportDocumentBuilder::rule(ReportFlow& flow, qreal width, qreal spaceAfterPt)
{
    // A small font keeps the rule's line box close to the text above it. No fixed line height:
    // Qt moves a line shorter than its natural height up into the line above.
    const QTextCharFormat tiny = font(2);
    startBlock(flow, alignedBlock(Qt::AlignHCenter, 0, spaceAfterPt), tiny);
    if (m_target == ReportTarget::Pdf) {
        QTextCharFormat rule = tiny;
        rule.setObjectType(ReportRuleObjectType);
        rule.setProperty(ReportRuleWidth, width);
        // The line sits in the middle of its box: 2.5 pt below the descenders of the line above.
        rule.setProperty(ReportRuleHeight, m_units.pt(5));
        rule.setProperty(ReportRuleThickness, m_units.pt(0.75));
        flow.cursor.insertText(QString(QChar::ObjectReplacementCharacter), rule);
    } else {
        QTextImageFormat image;
        image.setName(kRuleImageName);
        image.setWidth(width);
        image.setHeight(m_units.pt(0.75));
        flow.cursor.insertImage(image);
    }
}

QTextTable* ReportDocumentBuilder::insertTable(ReportFlow& flow, int rows, const QList<qreal>& percentWidths,
                                               bool bordered, qreal spaceAfterPt)
{
    QTextTableFormat format;
    QList<QTextLength> widths;
    for (const qreal percent : percentWidths) {
        if (m_target == ReportTarget::Odt) {
            // The ODF writer prints fixed column widths as points, so give it points.
            widths.append(QTextLength(QTextLength::FixedLength,
                                      percent / 100.0 * ReportPage::textWidthMm * 72.0 / 25.4));
        } else {
            widths.append(QTextLength(QTextLength::PercentageLength, percent));
        }
    }
    format.setColumnWidthConstraints(widths);
    if (m_target == ReportTarget::Pdf)
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setCellSpacing(0);
    format.setMargin(0);
    // The layout ignores the top margin of a paragraph right after a table, so the space below a
    // table is the table's own bottom margin.
    format.setBottomMargin(m_units.pt(spaceAfterPt));
    format.setAlignment(Qt::AlignLeft);
    if (bordered) {
        // Collapsed borders thinner than one layout pixel are not drawn at all; one pixel is
        // 0.75 pt at the usual 96 dpi, a thin rule in print.
        format.setBorder(std::max<qreal>(1.0, m_units.pt(0.5)));
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(m_units.pt(2.5));
        format.setHeaderRowCount(1);
    } else {
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(0);
    }
    if (!flow.fresh) {
        // Tables go after the current paragraph, not inside it.
        flow.cursor.movePosition(QTextCursor::EndOfBlock);
    }
    QTextTable* table = flow.cursor.insertTable(rows, int(percentWidths.size()), format);
    flow.cursor = table->lastCursorPosition();
    flow.cursor.movePosition(QTextCursor::NextBlock);
    flow.fresh = true;
    return table;
}

QTextTable* ReportDocumentBuilder::layoutTable(ReportFlow& flow, int rows, const QList<qreal>& percentWidths,
                                               qreal spaceAfterPt)
{
    return insertTable(flow, rows, percentWidths, false, spaceAfterPt);
}

ReportFlow ReportDocumentBuilder::cellFlow(QTextTable* table, int row, int column) const
{
    return ReportFlow{table->cellAt(row, column).firstCursorPosition(), true};
}

void ReportDocumentBuilder::cellText(QTextTable* table, int row, int column, const QString& text,
                                     Qt::Alignment alignment, int style)
{
    ReportFlow cell = cellFlow(table, row, column);
    QTextBlockFormat block = alignedBlock(alignment);
    block.setLineHeight(105, QTextBlockFormat::ProportionalHeight);
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines)
        paragraph(cell, line.trimmed(), block, font(kTablePt, style));
}

void ReportDocumentBuilder::dataTable(ReportFlow& flow, const QList<ReportTableColumn>& columns,
                                      const QList<ReportTableRow>& rows, qreal spaceAfterPt)
{
    const int id = m_dataTables++;
    QList<qreal> widths;
    for (const ReportTableColumn& column : columns)
        widths.append(column.percent);

    qsizetype start = 0;
    do {
        qsizetype end = start + 1;
        while (end < rows.size() && !m_rowBreaks.contains({id, int(end)}))
            ++end;
        end = std::min(end, rows.size());
        if (start > 0) {
            // The continuation starts on a new page, after an almost empty paragraph: two tables
            // need a block between them.
            QTextBlockFormat spacer = alignedBlock(Qt::AlignLeft);
            spacer.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            paragraph(flow, QString(), spacer, font(1));
        }
        const bool last = end >= rows.size();
        QTextTable* table = insertTable(flow, int(end - start) + 1, widths, true, last ? spaceAfterPt : 0);
        QTextTableFormat format = table->format();
        format.setProperty(ReportDataTableId, id);
        format.setProperty(ReportDataTableFirstRow, int(start));
        table->setFormat(format);

        for (int c = 0; c < columns.size(); ++c) {
            cellText(table, 0, c, columns.at(c).header, Qt::AlignHCenter, Bold);
            QTextTableCellFormat cell = table->cellAt(0, c).format().toTableCellFormat();
            cell.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            table->cellAt(0, c).setFormat(cell);
        }
        for (qsizetype r = start; r < end; ++r) {
            const ReportTableRow& row = rows.at(r);
            for (int c = 0; c < columns.size(); ++c) {
                cellText(table, int(r - start) + 1, c, row.cells.value(c),
                         row.centred ? Qt::AlignHCenter : columns.at(c).alignment, row.style);
            }
        }
        start = end;
    } while (start < rows.size());
}

} // namespace xaso
