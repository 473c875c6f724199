#pragma once
// Appends the pieces of an administrative document (paragraphs, rules, tables) to a QTextDocument in
// the typography of Nghị định 30/2020: Liberation Serif, sizes in points, lengths in millimetres.
// The same builder serves the PDF and the ODT; see ReportUnits for the units of each.
//
// The builder never touches the document's layout: with a page size set, Qt would lay the document
// out again after every inserted cell, which made building a five-page report take seconds.

#include "report/report_units.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextTableFormat>

#include <utility>

class QPaintDevice;
class QTextDocument;
class QTextTable;

namespace xaso {

enum class ReportTarget {
    Pdf, // rules are vector objects drawn by ReportRuleHandler
    Odt, // rules are thin pictures; table widths in the units the ODF writer expects
};

// Properties the pagination pass reads back.
inline constexpr int ReportKeepWithNext = QTextFormat::UserProperty + 10; // block: stay with what follows
inline constexpr int ReportDataTableId = QTextFormat::UserProperty + 12;  // table: which data table
inline constexpr int ReportDataTableFirstRow = QTextFormat::UserProperty + 13; // table: its first row

// (data table id, row index): start a new part of that table on a new page before this row.
using ReportRowBreaks = QSet<std::pair<int, int>>;

// A place where paragraphs are appended: the main flow or one table cell. A fresh flow reuses the
// empty block it starts in, so no stray empty paragraph is left behind.
struct ReportFlow
{
    QTextCursor cursor;
    bool fresh = true;
};

enum ReportFontStyle { Regular = 0, Bold = 1, Italic = 2, BoldItalic = Bold | Italic };

struct ReportTableColumn
{
    QString header;
    qreal percent = 0; // of the text width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct ReportTableRow
{
    QStringList cells; // a '\n' in a cell starts a new paragraph
    int style = Regular;
    bool centred = false; // a totals row: every cell centred
};

class ReportDocumentBuilder
{
public:
    // metricsDevice: what text widths are measured on; nullptr for Qt's default dpi.
    ReportDocumentBuilder(QTextDocument* document, ReportTarget target, ReportUnits units, QString fontFamily,
                          QPaintDevice* metricsDevice);

    const ReportUnits& units() const { return m_units; }
    ReportFlow& mainFlow() { return m_main; }
    void setRowBreaks(ReportRowBreaks breaks) { m_rowBreaks = std::move(breaks); }

    QTextCharFormat font(qreal pointSize, int style = Regular) const;
    // Body text: justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.2.
    QTextBlockFormat bodyBlock() const;
    QTextBlockFormat alignedBlock(Qt::Alignment alignment, qreal spaceBeforePt = 0,
                                  qreal spaceAfterPt = 0) const;
    // Width of a text in layout pixels, for rules as long as a line of text.
    qreal textWidth(const QString& text, const QTextCharFormat& format) const;
    // A centred title that needs several lines, broken into lines of about equal length
    // ("ỦY BAN NHÂN DÂN / XÃ HƯNG ĐÔNG", not "ỦY BAN NHÂN DÂN XÃ HƯNG / ĐÔNG"). PDF only: the ODF
    // writer puts a tab before every line break.
    QString balancedLines(const QString& text, const QTextCharFormat& format, qreal maxWidth) const;

    void paragraph(ReportFlow& flow, const QString& text, const QTextBlockFormat& block,
                   const QTextCharFormat& chars);
    void rule(ReportFlow& flow, qreal width, qreal spaceAfterPt = 0);

    // A borderless table over the full text width for side-by-side blocks; widths in percent.
    QTextTable* layoutTable(ReportFlow& flow, int rows, const QList<qreal>& percentWidths,
                            qreal spaceAfterPt = 0);
    ReportFlow cellFlow(QTextTable* table, int row, int column) const;

    // A data table: thin black borders, 12 pt text, a bold header row repeated on every page. Rows
    // named in the row breaks start a new part of the table on a new page, header again, so that no
    // row is cut in two by a page end.
    void dataTable(ReportFlow& flow, const QList<ReportTableColumn>& columns,
                   const QList<ReportTableRow>& rows, qreal spaceAfterPt = 6);

private:
    QTextTable* insertTable(ReportFlow& flow, int rows, const QList<qreal>& percentWidths, bool bordered,
                            qreal spaceAfterPt);
    void cellText(QTextTable* table, int row, int column, const QString& text, Qt::Alignment alignment,
                  int style);
    void startBlock(ReportFlow& flow, const QTextBlockFormat& block, const QTextCharFormat& chars);

    QTextDocument* m_document;
    ReportTarget m_target;
    ReportUnits m_units;
    QString m_fontFamily;
    QPaintDevice* m_metricsDevice;
    ReportFlow m_main;
    ReportRowBreaks m_rowBreaks;
    int m_dataTables = 0;
};

} // namespace xaso
