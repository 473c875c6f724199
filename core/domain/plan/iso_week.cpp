#include "domain/plan/iso_week.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xaso::plan {

IsoWeek IsoWeek::containing(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return {year, week};
}

QDate IsoWeek::monday() const
{
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    return week1Monday.addDays(qint64(week - 1) * 7);
}

QString IsoWeek::key() const
{
    return u"%1-W%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

Result<IsoWeek> IsoWeek::parse(const QString& text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-?[Ww](\\d{1,2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("IsoWeek", "'%1' is not an ISO week; write it like 2026-W48.")
                .arg(text));
    IsoWeek w{m.captured(1).toInt(), m.captured(2).toInt()};
    // A year has week 53 only when 28 December falls in it.
    const int weeksInYear = QDate(w.year, 12, 28).weekNumber();
    if (w.year < 1900 || w.week < 1 || w.week > weeksInYear)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("IsoWeek", "Week %1 does not exist in %2 (it has %3 weeks).")
                .arg(w.week)
                .arg(w.year)
                .arg(weeksInYear));
    return w;
}

} // namespace xaso::plan
