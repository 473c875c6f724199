// Vietnamese ordering of people: given name, then middle, then family name; a < ă < â, d < đ.
#include "text/name_collator.h"
#include "text/vietnamese_alphabet.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace xaso::text;

using Backend = VietnameseNameCollator::Backend;
Q_DECLARE_METATYPE(VietnameseNameCollator::Backend)

class TestNameCollator : public QObject
{
    Q_OBJECT

private slots:
    void systemCollatorIsVietnamese();
    void textOrder_data();
    void textOrder();
    void sortPeople_data();
    void sortPeople();
    void partsOrder();
    void fallbackAgreesWithSystem();
};

void TestNameCollator::systemCollatorIsVietnamese()
{
    // Debian 12's Qt 6.4 collates through ICU 72, which has the vi tailoring. Should this fail
    // on another platform, the Alphabet backend still sorts correctly (see the other tests).
    QVERIFY(VietnameseNameCollator::systemHasVietnameseCollation());
    QVERIFY(VietnameseNameCollator().usesSystemCollation());
    QVERIFY(!VietnameseNameCollator(Backend::Alphabet).usesSystemCollation());
}

namespace {
void addBothBackends(const char* name, const QStringList& ascending)
{
    QTest::addRow("%s/system", name) << Backend::Automatic << ascending;
    QTest::addRow("%s/alphabet", name) << Backend::Alphabet << ascending;
}
} // namespace

void TestNameCollator::textOrder_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QStringList>("ascending");
    addBothBackends("a ă â", {u"An"_s, u"Ăn"_s, u"Ân"_s, u"Bình"_s});
    addBothBackends("An before Ân before Bình", {u"An"_s, u"Ân"_s, u"Bình"_s});
    addBothBackends("ă is a letter, not an accent", {u"az"_s, u"ăb"_s});
    addBothBackends("d before đ", {u"Dung"_s, u"Duy"_s, u"Dz"_s, u"Đào"_s, u"Đức"_s, u"Em"_s});
    addBothBackends("tones", {u"Dung"_s, u"Dùng"_s, u"Dủng"_s, u"Dũng"_s, u"Dúng"_s, u"Dụng"_s});
    addBothBackends("o ô ơ, u ư", {u"On"_s, u"Ôn"_s, u"Ơn"_s, u"Ung"_s, u"Ưng"_s});
    addBothBackends("letter before tone", {u"Hà"_s, u"Hai"_s, u"Hải"_s});
    addBothBackends("lower before upper", {u"an"_s, u"An"_s});
    addBothBackends("prefix first", {u"Minh"_s, u"Minh Anh"_s});
}

void TestNameCollator::textOrder()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, ascending);
    const VietnameseNameCollator collator(backend);
    for (qsizetype i = 0; i + 1 < ascending.size(); ++i) {
        const QString& a = ascending.at(i);
        const QString& b = ascending.at(i + 1);
        QVERIFY2(collator.compareText(a, b) < 0, qPrintable(a + u" < "_s + b));
        QVERIFY2(collator.compareText(b, a) > 0, qPrintable(b + u" > "_s + a));
        QCOMPARE(collator.compareText(a, a), 0);
    }
}

void TestNameCollator::sortPeople_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QStringList>("ascending");
    // Given name first, then middle (an empty middle name first), then family name.
    const QStringList expected = {
        u"Nguyễn Văn An"_s, // same given and middle as the next: family Nguyễn < Trần
        u"Trần Văn An"_s,
        u"Lê Thị Ân"_s, // Ân after An
        u"Bình"_s,      // one word is a given name; no middle name sorts first
        u"Phạm Ngọc Bình"_s,
        u"Hoàng Minh Dũng"_s, // same given name: middle Minh < Văn
        u"Đỗ Văn Dũng"_s,
        u"Bùi Đức"_s, // đ after d
        u"Vũ Thị Hoa"_s,
        u"Đặng Thị Hường"_s, // o < ư
        u"Ngô Quang Ơn"_s,
    };
    QTest::newRow("system") << Backend::Automatic << expected;
    QTest::newRow("alphabet") << Backend::Alphabet << expected;
}

void TestNameCollator::sortPeople()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, ascending);
    const VietnameseNameCollator collator(backend);

    QStringList shuffled = ascending;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 4, shuffled.end());
    collator.sort(shuffled);
    QCOMPARE(shuffled, ascending);

    // The collator also works as a std::sort predicate.
    QStringList again = ascending;
    std::reverse(again.begin(), again.end());
    std::sort(again.begin(), again.end(), collator);
    QCOMPARE(again, ascending);
}

void TestNameCollator::partsOrder()
{
    const VietnameseNameCollator collator;
    // Given name decides before family name, even when the family names alone sort the other way.
    QVERIFY(collator.compare(u"Vũ Văn An"_s, u"An Văn Bình"_s) < 0);
    // Middle name decides before family name.
    QVERIFY(collator.compare(NameParts{u"Trần"_s, u"Anh"_s, u"Tú"_s}, NameParts{u"An"_s, u"Bảo"_s, u"Tú"_s}) <
            0);
    // Same person written in NFD compares equal.
    const QString nfc = u"Nguyễn Thị Hường"_s;
    QCOMPARE(collator.compare(nfc, nfc.normalized(QString::NormalizationForm_D)), 0);
}

void TestNameCollator::fallbackAgreesWithSystem()
{
    // The hand-written order must match ICU's vi collation on Vietnamese syllables, so that a
    // build without ICU sorts the same lists the same way.
    QStringList words = {u"a"_s,    u"à"_s,     u"ả"_s,     u"ã"_s,      u"á"_s,      u"ạ"_s,    u"ă"_s,
                         u"ằ"_s,    u"â"_s,     u"ấ"_s,     u"b"_s,      u"ca"_s,     u"ch"_s,   u"d"_s,
                         u"đ"_s,    u"e"_s,     u"ê"_s,     u"ệ"_s,      u"gi"_s,     u"h"_s,    u"i"_s,
                         u"k"_s,    u"kh"_s,    u"l"_s,     u"m"_s,      u"n"_s,      u"ng"_s,   u"nh"_s,
                         u"o"_s,    u"ô"_s,     u"ơ"_s,     u"ợ"_s,      u"p"_s,      u"q"_s,    u"r"_s,
                         u"s"_s,    u"t"_s,     u"th"_s,    u"tr"_s,     u"u"_s,      u"ư"_s,    u"ữ"_s,
                         u"v"_s,    u"x"_s,     u"y"_s,     u"ỷ"_s,      u"Anh"_s,    u"Ánh"_s,  u"Hưng"_s,
                         u"Hùng"_s, u"Hương"_s, u"Hường"_s, u"Nguyễn"_s, u"Nguyên"_s, u"Đông"_s, u"Dương"_s};
    const VietnameseNameCollator system;
    QVERIFY(system.usesSystemCollation());
    for (const QString& a : std::as_const(words)) {
        for (const QString& b : std::as_const(words)) {
            const int expected = system.compareText(a, b);
            const int actual = compareVietnameseAlphabet(a, b);
            QVERIFY2((expected < 0) == (actual < 0) && (expected > 0) == (actual > 0),
                     qPrintable(a + u" vs "_s + b));
        }
    }
}

QTEST_GUILESS_MAIN(TestNameCollator)
#include "tst_name_collator.moc"
