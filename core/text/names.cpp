#include "text/names.h"

#include "text/folding.h"

#include <QStringList>

namespace xaso::text {

NameParts splitVietnameseName(const QString& fullName)
{
    const QStringList words = normalizeInput(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NameParts parts;
    if (words.isEmpty())
        return parts;
    parts.given = words.last();
    if (words.size() >= 2)
        parts.family = words.first();
    if (words.size() >= 3)
        parts.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    return parts;
}

} // namespace xaso::text
