#pragma once
// Sorting people the Vietnamese way: by given name (tên), then middle name, then family name,
// each compared with the Vietnamese collation (a < ă < â, d < đ; tones ngang < huyền < hỏi <
// ngã < sắc < nặng). DOMAIN.md, "Vietnamese text".
//
// The system collator (QCollator, ICU on Linux) with QLocale(Vietnamese) is used when it carries
// the vi tailoring; Debian 12's Qt 6.4 does (ICU 72). Where it does not (a Qt built without ICU
// whose platform collator ignores vi), the collator falls back to compareVietnameseAlphabet(),
// which implements the same order by hand. Not thread-safe: one instance per thread.

#include "text/names.h"

#include <QCollator>
#include <QStringList>

#include <optional>

namespace xaso::text {

class VietnameseNameCollator
{
public:
    enum class Backend {
        Automatic, // the system vi collator if it has the tailoring, else Alphabet
        Alphabet,  // always the built-in compareVietnameseAlphabet()
    };

    explicit VietnameseNameCollator(Backend backend = Backend::Automatic);

    // Whether QCollator(QLocale(Vietnamese)) really sorts the Vietnamese way (ă after az, đ after dz).
    static bool systemHasVietnameseCollation();
    bool usesSystemCollation() const { return m_collator.has_value(); }

    // Plain text in Vietnamese order (one name part, a place name…); < 0, 0 or > 0.
    int compareText(QStringView a, QStringView b) const;

    // People: given name, then middle, then family name.
    int compare(const NameParts& a, const NameParts& b) const;
    int compare(const QString& fullNameA, const QString& fullNameB) const;
    bool operator()(const QString& a, const QString& b) const { return compare(a, b) < 0; }

    // Stable sort of full names; splits every name once.
    void sort(QStringList& fullNames) const;

private:
    std::optional<QCollator> m_collator;
};

} // namespace xaso::text
