#include "text/name_collator.h"

#include "text/vietnamese_alphabet.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace xaso::text {
namespace {

QCollator makeVietnameseCollator()
{
    QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    c.setCaseSensitivity(Qt::CaseSensitive);
    c.setNumericMode(false);
    c.setIgnorePunctuation(false);
    return c;
}

} // namespace

VietnameseNameCollator::VietnameseNameCollator(Backend backend)
{
    if (backend == Backend::Automatic && systemHasVietnameseCollation())
        m_collator = makeVietnameseCollator();
}

bool VietnameseNameCollator::systemHasVietnameseCollation()
{
    // The root collation (what a collator without vi data falls back to, silently) treats ă as a
    // with an accent and đ as a secondary variant of d, so "ăb" < "az" and "đa" < "dz" there.
    static const bool tailored = [] {
        const QCollator c = makeVietnameseCollator();
        return c.compare(u"ăb"_s, u"az"_s) > 0 && c.compare(u"đa"_s, u"dz"_s) > 0 &&
               c.compare(u"ân"_s, u"ăz"_s) > 0;
    }();
    return tailored;
}

int VietnameseNameCollator::compareText(QStringView a, QStringView b) const
{
    if (m_collator)
        return m_collator->compare(a, b);
    return compareVietnameseAlphabet(a, b);
}

int VietnameseNameCollator::compare(const NameParts& a, const NameParts& b) const
{
    if (const int c = compareText(a.given, b.given))
        return c;
    if (const int c = compareText(a.middle, b.middle))
        return c;
    return compareText(a.family, b.family);
}

int VietnameseNameCollator::compare(const QString& fullNameA, const QString& fullNameB) const
{
    return compare(splitVietnameseName(fullNameA), splitVietnameseName(fullNameB));
}

void VietnameseNameCollator::sort(QStringList& fullNames) const
{
    QList<NameParts> parts;
    parts.reserve(fullNames.size());
    for (const QString& name : std::as_const(fullNames))
        parts.append(splitVietnameseName(name));
    QList<qsizetype> order(fullNames.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype x, qsizetype y) { return compare(parts.at(x), parts.at(y)) < 0; });
    QStringList sorted;
    sorted.reserve(fullNames.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(fullNames.at(i));
    fullNames = std::move(sorted);
}

} // namespace xaso::text
