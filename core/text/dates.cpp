#include "text/dates.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xaso::text {
namespace {

QString tr(const char* source)
{
    return QCoreApplication::translate("VietnameseDate", source);
}

Error invalid(QString message)
{
    return makeError(ErrorCode::InvalidArgument, std::move(message));
}

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Error unrecognised(const QString& text)
{
    return invalid(tr("“%1” is not a date: write it as dd/mm/yyyy, for example 05/03/2026.").arg(text));
}

// Checks the three numeric parts in the order day, month, year and builds the date.
Result<QDate> buildDate(const QString& dayText, const QString& monthText, const QString& yearText)
{
    if (yearText.size() != 4)
        return invalid(tr("The year “%1” must have four digits.").arg(yearText));
    if (dayText.size() > 2)
        return invalid(tr("The day “%1” has more than two digits.").arg(dayText));
    if (monthText.size() > 2)
        return invalid(tr("The month “%1” has more than two digits.").arg(monthText));
    const int year = yearText.toInt();
    const int month = monthText.toInt();
    const int day = dayText.toInt();
    if (year < 1)
        return invalid(tr("Year %1 does not exist.").arg(year));
    if (month < 1 || month > 12)
        return invalid(tr("Month %1 does not exist: months run from 1 to 12.").arg(month));
    const int daysInMonth = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > daysInMonth) {
        return invalid(tr("Day %1 does not exist in %2/%3: that month has %4 days.")
                           .arg(day)
                           .arg(month, 2, 10, QLatin1Char('0'))
                           .arg(year)
                           .arg(daysInMonth));
    }
    return QDate(year, month, day);
}

} // namespace

Result<ParsedDate> parseVietnameseDate(const QString& text, DateInput allowed)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("The date is empty."));

    if (isAsciiDigits(trimmed) && trimmed.size() == 4) {
        if (allowed != DateInput::AllowYearOnly)
            return invalid(tr("“%1” is only a year; a full date is needed (dd/mm/yyyy).").arg(trimmed));
        const int year = trimmed.toInt();
        if (year < 1)
            return invalid(tr("Year %1 does not exist.").arg(year));
        return ParsedDate{QDate(year, 1, 1), DatePrecision::Year};
    }

    // The first character other than a digit or a space decides the separator; all three parts
    // must use the same one.
    const auto sepAt = std::find_if(trimmed.begin(), trimmed.end(),
                                    [](QChar c) { return (c < u'0' || c > u'9') && !c.isSpace(); });
    if (sepAt == trimmed.end())
        return unrecognised(trimmed);
    const QChar sep = *sepAt;
    if (sep != u'/' && sep != u'-' && sep != u'.')
        return unrecognised(trimmed);
    QStringList parts = trimmed.split(sep);
    if (parts.size() != 3)
        return unrecognised(trimmed);
    for (QString& p : parts) {
        p = p.trimmed(); // "05 / 03 / 2026"
        if (!isAsciiDigits(p))
            return unrecognised(trimmed);
    }

    // A four-digit first part means year-month-day (ISO); otherwise day-month-year.
    Result<QDate> date = parts.at(0).size() == 4 ? buildDate(parts.at(2), parts.at(1), parts.at(0))
                                                 : buildDate(parts.at(0), parts.at(1), parts.at(2));
    if (!date)
        return date.error();
    return ParsedDate{*date, DatePrecision::Day};
}

Result<QDate> parseVietnameseDate(const QString& text)
{
    Result<ParsedDate> parsed = parseVietnameseDate(text, DateInput::FullDateOnly);
    if (!parsed)
        return parsed.error();
    return parsed->date;
}

QDate fromExcelSerial(double serial)
{
    constexpr double lastSerial = 2958465; // 9999-12-31
    if (!std::isfinite(serial) || serial < 1 || serial >= lastSerial + 1)
        return {};
    const auto whole = static_cast<qint64>(std::floor(serial));
    if (whole == 60) // 1900-02-29, which never existed (Lotus 1-2-3 compatibility)
        return {};
    if (whole < 60)
        return QDate(1899, 12, 31).addDays(whole);
    return QDate(1899, 12, 30).addDays(whole);
}

QString formatVietnameseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return u"%1/%2/%3"_s.arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year(), 4, 10, QLatin1Char('0'));
}

QString formatReportDateLine(const QString& place, QDate date)
{
    if (!date.isValid())
        return place;
    // The document language is Vietnamese by law, so this text is not translated.
    const int monthWidth = date.month() < 3 ? 2 : 1;
    const QString line = u"ngày %1 tháng %2 năm %3"_s.arg(date.day(), 2, 10, QLatin1Char('0'))
                             .arg(date.month(), monthWidth, 10, QLatin1Char('0'))
                             .arg(date.year());
    const QString trimmedPlace = place.trimmed();
    return trimmedPlace.isEmpty() ? line : trimmedPlace + u", "_s + line;
}

} // namespace xaso::text
