#include "io/xlsx_cells.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace xaso::io::xlsx {

bool parseCellReference(QStringView ref, int& column, int& row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    qint64 r = 0;
    for (qsizetype k = i; k < ref.size(); ++k) {
        if (!ref[k].isDigit() || ref[k].unicode() >= 128)
            return false;
        r = r * 10 + (ref[k].unicode() - u'0');
        if (r > 1048576)
            return false;
    }
    column = int(col - 1);
    row = int(r);
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

NumberFormatKind classifyBuiltinFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return NumberFormatKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return NumberFormatKind::Time;
    if (id == 22)
        return NumberFormatKind::DateTime;
    return NumberFormatKind::Number;
}

NumberFormatKind classifyFormatCode(QStringView code)
{
    bool d = false, y = false, m = false, h = false, s = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            quoted = true;
            break;
        case u'\\': // escaped literal
        case u'_':  // padding the width of the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        case u'[': {
            // [Red], [$-42A], [>=100]: not date parts; but [h], [mm], [ss] are elapsed time.
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QStringView inner = code.sliced(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (!inner.isEmpty() && (inner[0] == QLatin1Char('h') || inner[0] == QLatin1Char('H') ||
                                     inner[0] == QLatin1Char('s') || inner[0] == QLatin1Char('S')))
                h = true;
            i = end < 0 ? code.size() : end;
            break;
        }
        case u';': // only the first section (positive numbers) matters
            i = code.size();
            break;
        default:
            switch (c.toLower().unicode()) {
            case u'd':
                d = true;
                break;
            case u'y':
                y = true;
                break;
            case u'm':
                m = true;
                break;
            case u'h':
                h = true;
                break;
            case u's':
                s = true;
                break;
            default:
                break;
            }
        }
    }
    const bool time = h || s;
    const bool date = d || y || (m && !time);
    if (date && time)
        return NumberFormatKind::DateTime;
    if (date)
        return NumberFormatKind::Date;
    if (time)
        return NumberFormatKind::Time;
    return NumberFormatKind::Number;
}

namespace {

QString plainNumber(double v)
{
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QString timeText(int seconds)
{
    const QTime t = QTime(0, 0).addSecs(seconds);
    return t.toString(seconds % 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

QString formatNumber(QStringView raw, NumberFormatKind kind, bool date1904)
{
    bool ok = false;
    const double v = raw.trimmed().toDouble(&ok);
    if (!ok)
        return raw.trimmed().toString();
    // 2958466 is 1 January 10000, past Excel's last date.
    if (kind == NumberFormatKind::Number || v < 0 || v >= 2958466)
        return plainNumber(v);

    qint64 days = qint64(std::floor(v));
    int seconds = int(std::llround((v - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    if (kind == NumberFormatKind::Time)
        return timeText(seconds);
    if (days == 0 && !date1904)
        return seconds ? timeText(seconds) : plainNumber(v); // Excel's "0 January 1900"

    // The 1900 system counts the non-existent 29 February 1900 (a Lotus 1-2-3 bug Excel kept), so
    // from serial 61 on day 0 is 30 December 1899; before it, 31 December 1899.
    QDate base = date1904 ? QDate(1904, 1, 1) : (days < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const QString date = base.addDays(days).toString(QStringLiteral("dd/MM/yyyy"));
    if (kind == NumberFormatKind::DateTime && seconds != 0)
        return date + QLatin1Char(' ') + timeText(seconds);
    return date;
}

QString formatIsoDate(QStringView raw)
{
    const QString text = raw.trimmed().toString();
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid()) {
        const QString date = dt.date().toString(QStringLiteral("dd/MM/yyyy"));
        const int seconds = dt.time().msecsSinceStartOfDay() / 1000;
        return seconds ? date + QLatin1Char(' ') + timeText(seconds) : date;
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    const QTime t = QTime::fromString(text, Qt::ISODate);
    return t.isValid() ? timeText(t.msecsSinceStartOfDay() / 1000) : text;
}

} // namespace xaso::io::xlsx
