#include "report/weekly_report_renderer.h"

#include "report/report_document_builder.h"
#include "report/report_fonts.h"
#include "report/report_pagination.h"
#include "report/report_rule.h"
#include "report/report_units.h"
#include "report/weekly_report_document.h"
#include "report/weekly_report_pages.h"
#include "util/logging.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

constexpr qreal kPageNumberPt = 13;
// Each pass moves one cut table row to the next page; a report has a handful of pages.
constexpr int kMaxLayoutPasses = 40;

Error fileError(const QString& path, const QString& reason)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("WeeklyReportRenderer", "Cannot write the report to %1: %2")
                         .arg(path, reason));
}

void setUpDocument(QTextDocument& document, const QString& family, const ReportUnits& units)
{
    document.setUseDesignMetrics(true); // unhinted widths: the layout does not depend on a screen
    QFont font(family);
    font.setPointSizeF(14);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(units.pageWidth(), units.pageHeight()));
    // The root frame's margins are the page margins: the layout repeats them on every page.
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setTopMargin(units.mm(ReportPage::topMm));
    root.setBottomMargin(units.mm(ReportPage::bottomMm));
    root.setLeftMargin(units.mm(ReportPage::leftMm));
    root.setRightMargin(units.mm(ReportPage::rightMm));
    document.rootFrame()->setFrameFormat(root);
}

// Builds and lays out the PDF's document, rebuilding it with a row break wherever a page end cut a
// table row, until no row is cut.
std::unique_ptr<QTextDocument> layOutPdfDocument(const WeeklyReportData& data, const QString& family,
                                                 const ReportUnits& units)
{
    ReportRowBreaks breaks;
    for (int pass = 0;; ++pass) {
        auto document = std::make_unique<QTextDocument>();
        setUpDocument(*document, family, units);
        ReportDocumentBuilder builder(document.get(), ReportTarget::Pdf, units, family, nullptr);
        builder.setRowBreaks(breaks);
        buildWeeklyReportDocument(builder, data);
        // The layout exists from here on; building without it is much faster. Creating it lays the
        // document out at once, before the rules have a handler, so lay it out again.
        document->documentLayout()->registerHandler(ReportRuleObjectType,
                                                    new ReportRuleHandler(document.get()));
        relayOutReport(*document);
        applyReportPageBreaks(*document, units.pageHeight());
        const std::optional<std::pair<int, int>> cut = findCutTableRow(*document, units.pageHeight());
        if (!cut || breaks.contains(*cut) || pass + 1 >= kMaxLayoutPasses) {
            qCDebug(lcReport) << "laid out in" << pass + 1 << "passes";
            return document;
        }
        breaks.insert(*cut);
    }
}

} // namespace

WeeklyReportPages::WeeklyReportPages(std::unique_ptr<QTextDocument> document, QString family, qreal layoutDpi,
                                     int pages)
    : m_document(std::move(document)), m_family(std::move(family)), m_layoutDpi(layoutDpi), m_pages(pages)
{
}

WeeklyReportPages::~WeeklyReportPages() = default;

Result<std::unique_ptr<WeeklyReportPages>> WeeklyReportPages::layOut(const WeeklyReportData& data)
{
    const Result<QString> family = ensureReportFont();
    if (!family)
        return family.error();
    // Laid out at the default dpi with no paint device; see ReportUnits for why.
    const ReportUnits units{defaultLayoutDpi()};
    std::unique_ptr<QTextDocument> document = layOutPdfDocument(data, *family, units);
    const int pages = reportContentPageCount(*document, units.pageHeight());
    return std::unique_ptr<WeeklyReportPages>(
        new WeeklyReportPages(std::move(document), *family, units.dpi, pages));
}

QSizeF WeeklyReportPages::pageSizeMm()
{
    return {ReportPage::widthMm, ReportPage::heightMm};
}

QSize WeeklyReportPages::pageSizeAt(qreal dpi)
{
    const ReportUnits device{dpi};
    return QSizeF(device.pageWidth(), device.pageHeight()).toSize();
}

void WeeklyReportPages::paintPage(QPainter& painter, int page, qreal dpi) const
{
    const ReportUnits units{m_layoutDpi};
    const qreal pageHeight = units.pageHeight();
    const QRectF view(0, page * pageHeight, units.pageWidth(), pageHeight);
    painter.save();
    painter.scale(dpi / units.dpi, dpi / units.dpi);
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // Phụ lục I: the page number at the top centre, from the second page on. Drawn in the
    // device's own coordinates, where point sizes resolve at its resolution.
    if (page == 0)
        return;
    const ReportUnits device{dpi};
    QFont font(m_family);
    font.setPointSizeF(kPageNumberPt);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF band(device.mm(ReportPage::leftMm), device.mm(8), device.mm(ReportPage::textWidthMm),
                      device.mm(8));
    painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(page + 1));
    painter.restore();
}

QImage WeeklyReportPages::pageImage(int page, qreal dpi) const
{
    QImage image(pageSizeAt(dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, page, dpi);
    painter.end();
    return image;
}

QString WeeklyReportPages::plainText() const
{
    return m_document->toPlainText();
}

Status WeeklyReportRenderer::renderPdf(const WeeklyReportData& data, const QString& path) const
{
    auto pages = WeeklyReportPages::layOut(data);
    if (!pages)
        return pages.error();
    return renderPdf(**pages, data.subject, path);
}

Status WeeklyReportRenderer::renderPdf(const WeeklyReportPages& pages, const QString& title,
                                       const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(kPdfResolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(u"Xã Số"_s);

    QPainter painter;
    if (!painter.begin(&writer))
        return fileError(path,
                         QCoreApplication::translate("WeeklyReportRenderer", "the PDF writer did not start"));
    const int count = pages.pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return fileError(
                path, QCoreApplication::translate("WeeklyReportRenderer", "the PDF writer refused page %1")
                          .arg(page + 1));
        }
        pages.paintPage(painter, page, kPdfResolution);
    }
    if (!painter.end())
        return fileError(path, QCoreApplication::translate("WeeklyReportRenderer",
                                                           "the PDF writer could not finish the file"));
    if (!file.commit())
        return fileError(path, file.errorString());
    qCInfo(lcReport) << "weekly report PDF written," << count << "pages";
    return {};
}

Status WeeklyReportRenderer::renderOdt(const WeeklyReportData& data, const QString& path) const
{
    const Result<QString> family = ensureReportFont();
    if (!family)
        return family.error();

    // The ODF writer turns format lengths into points as if they were pixels at 96 dpi. Nothing
    // is laid out here; the 96 dpi device only measures text for the rules.
    const ReportUnits units{96.0};
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(3780);
    device.setDotsPerMeterY(3780);
    QTextDocument document;
    setUpDocument(document, *family, units);
    ReportDocumentBuilder builder(&document, ReportTarget::Odt, units, *family, &device);
    buildWeeklyReportDocument(builder, data);

    // The ODF writer closes its device when done, which QSaveFile forbids: build it in memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return fileError(path, QCoreApplication::translate("WeeklyReportRenderer", "the ODF writer failed"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return fileError(path, file.errorString());
    qCInfo(lcReport) << "weekly report ODT written";
    return {};
}

} // namespace xaso
