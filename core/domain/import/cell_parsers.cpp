#include "domain/import/cell_parsers.h"

#include "io/header_locator.h"
#include "text/dates.h"

#include <QRegularExpression>

namespace xaso::domain {

std::optional<QString> matchChoice(const QString& text, const QList<Choice>& choices)
{
    const QString key = io::HeaderLocator::headerKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const Choice& c : choices) {
        if (io::HeaderLocator::headerKey(c.code) == key)
            return c.code;
        for (const QString& label : c.labels) {
            if (io::HeaderLocator::headerKey(label) == key)
                return c.code;
        }
    }
    return std::nullopt;
}

QString choiceList(const QList<Choice>& choices)
{
    QStringList names;
    for (const Choice& c : choices)
        names.append(QStringLiteral("“%1”").arg(c.labels.isEmpty() ? c.code : c.labels.constFirst()));
    return names.join(QStringLiteral(", "));
}

std::optional<double> parseDecimal(const QString& text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0));
    if (s.isEmpty())
        return std::nullopt;
    const qsizetype dots = s.count(QLatin1Char('.'));
    const qsizetype commas = s.count(QLatin1Char(','));
    if (dots > 0 && commas > 0) {
        // Both: the last one is the decimal separator, the other groups thousands.
        const bool commaDecimal = s.lastIndexOf(QLatin1Char(',')) > s.lastIndexOf(QLatin1Char('.'));
        s.remove(commaDecimal ? QLatin1Char('.') : QLatin1Char(','));
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (commas == 1) {
        s.replace(QLatin1Char(','), QLatin1Char('.')); // Vietnamese decimal comma
    } else if (commas > 1) {
        s.remove(QLatin1Char(','));
    } else if (dots > 1) {
        s.remove(QLatin1Char('.')); // 1.250.000
    }
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)$)"));
    if (!number.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> parseInteger(const QString& text)
{
    auto d = parseDecimal(text);
    if (!d || *d != double(qint64(*d)))
        return std::nullopt;
    return qint64(*d);
}

std::optional<bool> parseYesNo(const QString& text)
{
    static const QList<Choice> choices{
        {QStringLiteral("1"),
         {QStringLiteral("x"), QStringLiteral("có"), QStringLiteral("yes"), QStringLiteral("true"),
          QStringLiteral("c")}},
        {QStringLiteral("0"),
         {QStringLiteral("không"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("k")}},
    };
    auto c = matchChoice(text, choices);
    if (!c)
        return std::nullopt;
    return *c == QLatin1String("1");
}

Result<QDate> parseDateCell(const QString& text)
{
    static const QRegularExpression serial(QStringLiteral(R"(^\d{4,6}(\.\d+)?$)"));
    const QString t = text.trimmed();
    if (serial.match(t).hasMatch() && t.size() != 4) {
        const QDate d = text::fromExcelSerial(t.toDouble());
        if (d.isValid())
            return d;
    }
    return text::parseVietnameseDate(t);
}

} // namespace xaso::domain
