#pragma once
// The weekly report (Báo cáo) to the city about Đề án 06/CP, as plain data. The vault side fills it;
// WeeklyReportRenderer lays it out per Nghị định 30/2020/NĐ-CP, Phụ lục I. Every text field is shown
// as given (already in Vietnamese); the renderer only adds the fixed wording of the form.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace xaso {

// One model (mô hình) of the plan in the per-group progress table.
struct WeeklyReportModelRow
{
    int modelNumber = 0; // the number in the plan (1–38), shown in the TT column
    QString title;       // e.g. "Triển khai 53 dịch vụ công thiết yếu"
    QString lead;        // the lead role (chủ trì), e.g. "Công an xã"
    QString status;      // e.g. "Đang triển khai", "Hoàn thành"
    QString progress;    // free text: "80%", "412/530 hộ"
    QString problems;    // difficulties and obstacles (khó khăn, vướng mắc); may be empty
};

// One of the plan's five groups of models with the rows to report.
struct WeeklyReportGroup
{
    int number = 0; // 1–5, the Arabic number of the sub-heading under section II
    QString title;  // e.g. "Nhóm tiện ích phát triển kinh tế - xã hội"
    QList<WeeklyReportModelRow> rows;
};

// Records digitised this week for one record kind.
struct WeeklyReportDigitisation
{
    QString kindLabel;     // e.g. "Đối tượng bảo trợ xã hội"
    qint64 added = 0;      // new this week (thêm mới)
    qint64 verified = 0;   // verified against the population data this week (đã xác thực)
    qint64 mismatched = 0; // found to differ from the population data (sai lệch)
    qint64 total = 0;      // all records of this kind in the vault (tổng số)
};

// A model past its deadline.
struct WeeklyReportOverdue
{
    int modelNumber = 0;
    QString title;
    QString lead;
    QString deadline; // as the plan writes it, e.g. "30/12/2024"
};

struct WeeklyReportSigner
{
    QString authority; // "TM. ỦY BAN NHÂN DÂN"
    QString deputy;    // "KT. CHỦ TỊCH"; empty when the Chairman signs himself
    QString title;     // "PHÓ CHỦ TỊCH"
    QString name;
};

struct WeeklyReportData
{
    QString issuingBodySuperior; // "UBND THÀNH PHỐ VINH"; empty since the 2025 reform removed districts
    QString issuingBody;         // "UBND XÃ HƯNG ĐÔNG"
    QString documentNumber;      // "15"; empty leaves a blank for the clerk (văn thư) to fill
    QString numberSuffix;        // "BC-UBND"
    QString place;               // "Hưng Đông"
    QDate date;                  // invalid leaves "ngày ... tháng ... năm ..." to date by hand
    QString subject;             // "Kết quả triển khai Đề án 06/CP tuần 48 năm 2026"
    QString weekLabel; // optional italic line under the subject, e.g. "(Từ ngày … đến ngày …)"
    QStringList overallParagraphs;                // section I
    QList<WeeklyReportGroup> groups;              // section II
    QList<WeeklyReportDigitisation> digitisation; // section III
    QList<WeeklyReportOverdue> overdue;           // section IV
    QStringList proposals;                        // section V, one item each
    QString closing;        // optional last paragraph, e.g. "Trên đây là báo cáo …/."
    QStringList recipients; // Nơi nhận, one line each, without the leading "- " and trailing ";"
    WeeklyReportSigner signer;
};

} // namespace xaso
