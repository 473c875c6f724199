#pragma once
// Fills a QTextDocument with the weekly report: header, title, sections I–V, "Nơi nhận" and the
// signature block, laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I.

#include "report/weekly_report_data.h"

namespace xaso {

class ReportDocumentBuilder;

void buildWeeklyReportDocument(ReportDocumentBuilder& builder, const WeeklyReportData& data);

} // namespace xaso
