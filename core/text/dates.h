#pragma once
// Dates as Vietnamese officers write them (day first) and as spreadsheets store them.

#include "util/result.h"

#include <QDate>
#include <QString>

namespace xaso::text {

enum class DatePrecision {
    Day,  // a full date
    Year, // only the year is known ("1985"): date holds 1 January of that year
};

struct ParsedDate
{
    QDate date;
    DatePrecision precision = DatePrecision::Day;
};

enum class DateInput {
    FullDateOnly,
    AllowYearOnly, // also accept a bare four-digit year (birth years in old records)
};

// Parses dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd (also yyyy/mm/dd,
// yyyy.mm.dd), surrounding white space ignored. Years have four digits (a two-digit year is
// ambiguous and refused). An impossible date gets a message naming the part at fault ("there is
// no day 31 in February 1990", "month 13 …"). Whether a date may lie in the future is the
// caller's rule (it has the Clock).
Result<QDate> parseVietnameseDate(const QString& text);
Result<ParsedDate> parseVietnameseDate(const QString& text, DateInput allowed);

// An Excel serial date in the 1900 date system: 1 = 1900-01-01; Lotus's fictitious 1900-02-29
// is serial 60, so serials from 61 are counted from 1899-12-30. The fraction (time of day) is
// dropped. Returns an invalid QDate for 60, for serials below 1, beyond 9999-12-31, or NaN.
QDate fromExcelSerial(double serial);

// dd/MM/yyyy, e.g. "05/03/2026". An invalid date gives an empty string.
QString formatVietnameseDate(QDate date);

// The place-and-date line of an administrative document (Nghị định 30/2020, Phụ lục I):
// "Hưng Đông, ngày 05 tháng 3 năm 2026". Days under 10 are zero-padded; months 1 and 2 too
// ("tháng 01", "tháng 02") so they cannot be extended by hand into 11 or 12; others are not.
QString formatReportDateLine(const QString& place, QDate date);

} // namespace xaso::text
