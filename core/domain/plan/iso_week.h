#pragma once
// ISO 8601 weeks ("2026-W48": Monday to Sunday; week 1 holds the year's first Thursday), the key
// of the "records.added_week" dashboard counters and the period of the weekly report.

#include "util/result.h"

#include <QDate>
#include <QString>

namespace xaso::plan {

struct IsoWeek
{
    int year = 0; // the ISO week-year, which differs from the calendar year around New Year
    int week = 0; // 1..52 or 53

    static IsoWeek containing(QDate date);
    // "2026-W48" (also "2026W48", lower-case w); the error names what is wrong.
    static Result<IsoWeek> parse(const QString& text);

    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek next() const { return containing(monday().addDays(7)); }
    IsoWeek previous() const { return containing(monday().addDays(-7)); }
    QString key() const; // "2026-W48", the counter key
    bool isValid() const { return year > 0 && week > 0; }
    bool operator==(const IsoWeek&) const = default;
};

} // namespace xaso::plan
