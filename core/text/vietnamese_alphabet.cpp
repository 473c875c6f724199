#include "text/vietnamese_alphabet.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace xaso::text {
namespace {

// Primary classes, high bits of the primary weight; within a class the low bits order.
enum : int { SpaceClass = 0, PunctClass = 1, DigitClass = 2, AlphabetClass = 3, OtherClass = 4 };
constexpr int classShift = 22;

struct Weights
{
    QList<int> primary;
    QList<int> secondary;
    QList<int> tertiary;
};

const QString& alphabet()
{
    static const QString letters = QString::fromUtf8("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz");
    return letters;
}

// Tone marks (dấu thanh) in the traditional order; 0 = ngang (no tone mark).
int toneWeight(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return 1; // huyền
    case 0x0309:
        return 2; // hỏi
    case 0x0303:
        return 3; // ngã
    case 0x0301:
        return 4; // sắc
    case 0x0323:
        return 5; // nặng
    default:
        return -1;
    }
}

// Marks that make a separate letter of the alphabet (ă â ê ô ơ ư) rather than a tone.
bool isLetterModifier(char16_t mark)
{
    return mark == 0x0306 || mark == 0x0302 || mark == 0x031B;
}

Weights weigh(QStringView text)
{
    const QString nfd = text.toString().normalized(QString::NormalizationForm_D);
    Weights w;
    qsizetype i = 0;
    while (i < nfd.size()) {
        const QChar base = nfd.at(i++);
        QString letter(base.toLower());
        int tone = 0;
        int otherMarks = 0;
        while (i < nfd.size() && nfd.at(i).isMark()) {
            const char16_t mark = nfd.at(i++).unicode();
            if (isLetterModifier(mark))
                letter.append(QChar(mark));
            else if (const int t = toneWeight(mark); t >= 0)
                tone = t;
            else
                otherMarks = otherMarks * 8 + 1; // rare (foreign names): after all tones
        }
        letter = letter.normalized(QString::NormalizationForm_C);

        int primary = 0;
        if (const qsizetype at = letter.size() == 1 ? alphabet().indexOf(letter.at(0)) : -1; at >= 0)
            primary = (AlphabetClass << classShift) | int(at);
        else if (base.isSpace())
            primary = SpaceClass << classShift;
        else if (base.isDigit())
            primary = (DigitClass << classShift) | base.digitValue();
        else if (base.isLetter())
            primary = (OtherClass << classShift) | int(letter.at(0).unicode());
        else
            primary = (PunctClass << classShift) | int(base.unicode());
        w.primary.append(primary);
        w.secondary.append(tone + (otherMarks ? 6 + otherMarks : 0));
        w.tertiary.append(base.isUpper() ? 1 : 0);
    }
    return w;
}

int compareLists(const QList<int>& a, const QList<int>& b)
{
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (ia != a.end() && ib != b.end())
        return *ia < *ib ? -1 : 1;
    return int(a.size() > b.size()) - int(a.size() < b.size());
}

} // namespace

int compareVietnameseAlphabet(QStringView a, QStringView b)
{
    const Weights wa = weigh(a);
    const Weights wb = weigh(b);
    if (const int c = compareLists(wa.primary, wb.primary))
        return c;
    if (const int c = compareLists(wa.secondary, wb.secondary))
        return c;
    if (const int c = compareLists(wa.tertiary, wb.tertiary))
        return c;
    return a.compare(b);
}

} // namespace xaso::text
