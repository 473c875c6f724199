#pragma once
// The weekly report laid out in A4 pages exactly as the PDF prints it (row breaks, keep-together
// rules), kept so that any page can be painted at any resolution: into the PDF writer, or onto the
// screen for the desktop preview. Needs a QGuiApplication; use an instance only on the thread that
// made it (it owns a QTextDocument). Implemented in weekly_report_renderer.cpp, whose layout
// helpers it shares with the ODT writer.

#include "report/weekly_report_data.h"
#include "util/result.h"

#include <QImage>
#include <QSizeF>

#include <memory>

class QPainter;
class QTextDocument;

namespace xaso {

class WeeklyReportPages
{
public:
    static Result<std::unique_ptr<WeeklyReportPages>> layOut(const WeeklyReportData& data);
    ~WeeklyReportPages();
    WeeklyReportPages(const WeeklyReportPages&) = delete;
    WeeklyReportPages& operator=(const WeeklyReportPages&) = delete;

    int pageCount() const { return m_pages; }
    static QSizeF pageSizeMm();
    // The page's size in device pixels at `dpi` (rounded up).
    static QSize pageSizeAt(qreal dpi);

    // Paints page `page` (0-based) at `dpi` device pixels per inch, the painter's origin at the
    // page's top left; from the second page on with its number at the top centre (Phụ lục I).
    void paintPage(QPainter& painter, int page, qreal dpi) const;
    // The same on a white image of pageSizeAt(dpi).
    QImage pageImage(int page, qreal dpi) const;
    // The document's text without layout, e.g. to search the preview.
    QString plainText() const;

private:
    WeeklyReportPages(std::unique_ptr<QTextDocument> document, QString family, qreal layoutDpi, int pages);

    std::unique_ptr<QTextDocument> m_document;
    QString m_family;
    qreal m_layoutDpi = 96;
    int m_pages = 0;
};

} // namespace xaso
