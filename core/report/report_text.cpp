#include "report/report_text.h"

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

bool endsWithPunctuation(const QString& text)
{
    return !text.isEmpty() && QStringView(u".;:,").contains(text.back());
}

} // namespace

QString reportDateLine(const QString& place, const QDate& date)
{
    QString line;
    if (!place.trimmed().isEmpty())
        line = place.trimmed() + u", "_s;
    if (!date.isValid())
        return line + u"ngày ... tháng ... năm ..."_s;
    // Phụ lục I: "ngày 05 tháng 3 năm 2026", but "tháng 01" and "tháng 02" so that nobody can add a
    // digit in front of a lone 1 or 2 by hand.
    const int month = date.month();
    const QString monthText = month <= 2 ? twoDigits(month) : QString::number(month);
    return line + u"ngày %1 tháng %2 năm %3"_s.arg(twoDigits(date.day()), monthText).arg(date.year());
}

QString reportNumberLine(const QString& number, const QString& suffix)
{
    // Non-breaking spaces keep the blank from collapsing in the layout.
    const QString shown = number.trimmed().isEmpty() ? QString(8, QChar(0x00A0)) : number.trimmed();
    if (suffix.trimmed().isEmpty())
        return u"Số: "_s + shown;
    return u"Số: %1/%2"_s.arg(shown, suffix.trimmed());
}

QStringList reportRecipientLines(const QStringList& recipients)
{
    QStringList lines;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QString line = recipients.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (!line.startsWith(u'-'))
            line = u"- "_s + line;
        lines.append(line);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!endsWithPunctuation(lines.at(i)))
            lines[i] += i + 1 == lines.size() ? u'.' : u';';
    }
    return lines;
}

QString reportListItem(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.front() == u'-' || trimmed.front() == u'+' || trimmed.front().isDigit())
        return trimmed;
    return u"- "_s + trimmed;
}

} // namespace xaso
