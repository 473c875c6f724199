#include "domain/residents/hamlet_codes.h"

#include "text/folding.h"

#include <QStringList>

namespace xaso::domain {

QString HamletCodes::canonical(const QString& text)
{
    const QStringList words = text::normalizeInput(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    out.reserve(words.size());
    for (QString w : words) {
        bool allDigits = true;
        for (const QChar c : std::as_const(w))
            allDigits = allDigits && c.isDigit();
        if (allDigits) {
            while (w.size() > 1 && w.startsWith(QLatin1Char('0')))
                w.remove(0, 1);
        } else {
            w = w.toLower();
            w[0] = w.at(0).toUpper();
        }
        out.append(w);
    }
    return out.join(QLatin1Char(' '));
}

QString HamletCodes::foldKey(const QString& text)
{
    return text::foldForSearch(canonical(text));
}

Status HamletCodes::load()
{
    m_byKey.clear();
    for (const char* sql :
         {"SELECT code FROM hamlets",
          "SELECT DISTINCT k1 FROM aggregates WHERE name = 'residents.by_hamlet' AND k1 != ''"}) {
        auto st = m_db.prepare(QString::fromLatin1(sql));
        if (!st)
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString code = st->text(0);
            m_byKey.insert(foldKey(code), code);
        }
    }
    return {};
}

QString HamletCodes::resolve(const QString& text)
{
    const QString code = canonical(text);
    if (code.isEmpty())
        return code;
    const QString key = text::foldForSearch(code);
    const auto it = m_byKey.constFind(key);
    if (it != m_byKey.constEnd())
        return *it;
    m_byKey.insert(key, code);
    return code;
}

Status HamletCodes::remember(const QString& code)
{
    if (code.isEmpty())
        return {};
    auto st = m_db.cached("INSERT OR IGNORE INTO hamlets (code, name) VALUES (?, ?)");
    if (!st)
        return st.error();
    return (*st)->bind(1, code).bind(2, code).exec();
}

} // namespace xaso::domain
