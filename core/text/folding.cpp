#include "text/folding.h"

namespace xaso::text {

QString normalizeInput(const QString& s)
{
    return s.normalized(QString::NormalizationForm_C).simplified();
}

QString foldForSearch(const QString& s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ: NFD does not decompose them
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out.simplified();
}

QStringList searchTokens(const QString& fullName)
{
    return distinctWords(foldForSearch(fullName));
}

QStringList distinctWords(const QString& folded)
{
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList tokens;
    tokens.reserve(words.size());
    for (const QString& w : words) {
        if (!tokens.contains(w)) // names have a handful of words: a linear scan is cheapest
            tokens.append(w);
    }
    return tokens;
}

} // namespace xaso::text
