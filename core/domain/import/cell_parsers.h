#pragma once
// Reading the cells officers type into lists: coded choices written as Vietnamese labels with or
// without diacritics ("Nữ", "NU", "nữ"), numbers with a decimal comma, yes/no marks, dates.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xaso::domain {

struct Choice
{
    QString code;       // stored value, e.g. "female"; also accepted as input
    QStringList labels; // what people write, e.g. {"Nữ", "F"}
};

// Compares on folded keys with only letters and digits kept, so "Làm công ăn lương" matches
// "lam cong an luong" and "Làm công, ăn lương".
std::optional<QString> matchChoice(const QString& text, const QList<Choice>& choices);
// The first label of each choice, for a message listing what is accepted.
QString choiceList(const QList<Choice>& choices);

// "1250.5", "1250,5", "1.250,5", "1,250.5", "1 250,5" → 1250.5. nullopt when not a number.
std::optional<double> parseDecimal(const QString& text);
std::optional<qint64> parseInteger(const QString& text);
// "x", "có", "1", "yes", "true" → true; "không", "0", "no", "false" → false; else nullopt.
std::optional<bool> parseYesNo(const QString& text);

// A day-first date or an Excel serial number (a date cell read as its number).
Result<QDate> parseDateCell(const QString& text);

} // namespace xaso::domain
