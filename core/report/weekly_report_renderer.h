#pragma once
// Renders the weekly report to PDF (A4, Liberation Serif embedded, page numbers from page 2) and to
// ODT (for a clerk who edits before signing). Needs a QGuiApplication; no widgets.

#include "report/weekly_report_data.h"
#include "util/result.h"

#include <QString>

namespace xaso {

class WeeklyReportPages;

class WeeklyReportRenderer
{
public:
    // Device resolution of the PDF layout; text is vector either way, this sets layout precision.
    static constexpr int kPdfResolution = 300;

    // Writes atomically: on failure an existing file at path is left as it was.
    Status renderPdf(const WeeklyReportData& data, const QString& path) const;
    // The same from a layout already made (the desktop preview's), titled `title`.
    Status renderPdf(const WeeklyReportPages& pages, const QString& title, const QString& path) const;
    Status renderOdt(const WeeklyReportData& data, const QString& path) const;
};

} // namespace xaso
