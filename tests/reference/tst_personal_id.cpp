// The 12-digit personal ID: PPP G YY RRRRRR (DOMAIN.md, "Personal ID").
#include "reference/personal_id.h"

#include <QTest>

using namespace Qt::StringLiterals;
using xaso::IdWarning;
using xaso::PersonalId;
using xaso::Sex;

Q_DECLARE_METATYPE(xaso::Sex)
Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(std::optional<xaso::Sex>)
Q_DECLARE_METATYPE(QList<xaso::IdWarning::Kind>)

class TestPersonalId : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void warnings_data();
    void warnings();
    void warningMessages();
    void oldCmnd_data();
    void oldCmnd();
};

void TestPersonalId::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("province"); // empty when born abroad
    QTest::addColumn<bool>("abroad");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<int>("century");
    QTest::addColumn<int>("birthYear");
    QTest::newRow("male 1900s, Nghệ An")
        << u"040085123456"_s << u"040085123456"_s << u"Nghệ An"_s << false << Sex::Male << 1900 << 1985;
    QTest::newRow("female 1900s, Hà Nội")
        << u"001185000001"_s << u"001185000001"_s << u"Hà Nội"_s << false << Sex::Female << 1900 << 1985;
    QTest::newRow("male 2000s, TP. Hồ Chí Minh")
        << u"079203012345"_s << u"079203012345"_s << u"TP. Hồ Chí Minh"_s << false << Sex::Male << 2000
        << 2003;
    QTest::newRow("female 2000s, Thanh Hóa")
        << u"038305000123"_s << u"038305000123"_s << u"Thanh Hóa"_s << false << Sex::Female << 2000 << 2005;
    QTest::newRow("born 1900 exactly")
        << u"096100999999"_s << u"096100999999"_s << u"Cà Mau"_s << false << Sex::Female << 1900 << 1900;
    QTest::newRow("century digit 4 is 2100s")
        << u"040400000001"_s << u"040400000001"_s << u"Nghệ An"_s << false << Sex::Male << 2100 << 2100;
    QTest::newRow("country code 101")
        << u"101090123456"_s << u"101090123456"_s << QString() << true << Sex::Male << 1900 << 1990;
    QTest::newRow("country code 295")
        << u"295312123456"_s << u"295312123456"_s << QString() << true << Sex::Female << 2000 << 2012;
    QTest::newRow("spaces trimmed") << u"  040085123456\t"_s << u"040085123456"_s << u"Nghệ An"_s << false
                                    << Sex::Male << 1900 << 1985;
    QTest::newRow("no-break space trimmed") << u"\u00a0040085123456\u00a0"_s << u"040085123456"_s
                                            << u"Nghệ An"_s << false << Sex::Male << 1900 << 1985;
}

void TestPersonalId::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QString, province);
    QFETCH(bool, abroad);
    QFETCH(Sex, sex);
    QFETCH(int, century);
    QFETCH(int, birthYear);

    const auto id = PersonalId::parse(input);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(id->digits(), digits);
    QCOMPARE(id->placeCode(), digits.left(3));
    QCOMPARE(id->provinceName(), province);
    QCOMPARE(id->bornAbroad(), abroad);
    QCOMPARE(id->sex(), sex);
    QCOMPARE(id->century(), century);
    QCOMPARE(id->birthYear(), birthYear);
}

void TestPersonalId::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("letter") << u"0400x5123456"_s << u"Character 5 (“x”) is not a digit."_s;
    QTest::newRow("letter first") << u"A40085123456"_s << u"Character 1 (“A”) is not a digit."_s;
    QTest::newRow("space inside") << u"040 085123456"_s << u"Character 4 (a space) is not a digit."_s;
    QTest::newRow("dash") << u"040-085-123456"_s << u"Character 4 (“-”) is not a digit."_s;
    QTest::newRow("full-width digit") << u"04008512345\uff16"_s << u"Character 12 (“６”) is not a digit."_s;
    QTest::newRow("position after trimming")
        << u"   04008512345O"_s << u"Character 12 (“O”) is not a digit."_s;
    QTest::newRow("11 digits") << u"04008512345"_s << u"A personal ID has 12 digits; this one has 11."_s;
    QTest::newRow("13 digits") << u"0400851234567"_s << u"A personal ID has 12 digits; this one has 13."_s;
    QTest::newRow("9 digits, old CMND")
        << u"186123456"_s
        << u"A personal ID has 12 digits; this one has 9, like an old ID card (CMND) number."_s;
    QTest::newRow("empty") << u"   "_s << u"The personal ID is empty."_s;
    QTest::newRow("unknown province 003")
        << u"003085123456"_s
        << u"The first three digits, 003, are neither a province code (001–096) nor a country code (101–295)."_s;
    QTest::newRow("000") << u"000085123456"_s << u"000,"_s;
    QTest::newRow("097") << u"097085123456"_s << u"097,"_s;
    QTest::newRow("100") << u"100085123456"_s << u"100,"_s;
    QTest::newRow("296 invalid") << u"296085123456"_s << u"296,"_s;
    QTest::newRow("999") << u"999085123456"_s << u"999,"_s;
}

void TestPersonalId::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto id = PersonalId::parse(input);
    QVERIFY(!id.ok());
    QCOMPARE(id.code(), xaso::ErrorCode::InvalidArgument);
    QVERIFY2(id.message().contains(message), qPrintable(id.message()));
}

void TestPersonalId::warnings_data()
{
    using Kinds = QList<IdWarning::Kind>;
    using K = IdWarning::Kind;
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::optional<int>>("birthYear");
    QTest::addColumn<std::optional<Sex>>("sex");
    QTest::addColumn<std::optional<int>>("currentYear");
    QTest::addColumn<Kinds>("kinds");
    const std::optional<int> noYear;
    const std::optional<Sex> noSex;
    QTest::newRow("all agree") << u"040085123456"_s << std::optional(1985) << std::optional(Sex::Male)
                               << std::optional(2026) << Kinds{};
    QTest::newRow("nothing recorded") << u"040085123456"_s << noYear << noSex << noYear << Kinds{};
    QTest::newRow("birth year mismatch") << u"040085123456"_s << std::optional(1986)
                                         << std::optional(Sex::Male) << noYear << Kinds{K::BirthYearMismatch};
    QTest::newRow("right YY, wrong century")
        << u"040285123456"_s << std::optional(1985) << noSex << noYear << Kinds{K::BirthYearMismatch};
    QTest::newRow("sex mismatch, male ID")
        << u"040085123456"_s << noYear << std::optional(Sex::Female) << noYear << Kinds{K::SexMismatch};
    QTest::newRow("sex mismatch, female ID") << u"040305123456"_s << std::optional(2005)
                                             << std::optional(Sex::Male) << noYear << Kinds{K::SexMismatch};
    QTest::newRow("both") << u"001185000001"_s << std::optional(1958) << std::optional(Sex::Male) << noYear
                          << Kinds{K::BirthYearMismatch, K::SexMismatch};
    QTest::newRow("born in the future")
        << u"040230123456"_s << noYear << noSex << std::optional(2026) << Kinds{K::BirthYearInFuture};
    QTest::newRow("born this year") << u"040226123456"_s << noYear << noSex << std::optional(2026) << Kinds{};
}

void TestPersonalId::warnings()
{
    QFETCH(QString, id);
    QFETCH(std::optional<int>, birthYear);
    QFETCH(std::optional<Sex>, sex);
    QFETCH(std::optional<int>, currentYear);
    QFETCH(QList<IdWarning::Kind>, kinds);

    const auto parsed = PersonalId::parse(id);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    const QList<IdWarning> warnings = parsed->checkAgainst(birthYear, sex, currentYear);
    QList<IdWarning::Kind> actual;
    for (const IdWarning& w : warnings) {
        actual.append(w.kind);
        QVERIFY(!w.message.isEmpty());
    }
    QCOMPARE(actual, kinds);
}

void TestPersonalId::warningMessages()
{
    const auto id = PersonalId::parse(u"040085123456"_s);
    QVERIFY(id.ok());
    const auto warnings = id->checkAgainst(1986, Sex::Female);
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).message,
             u"The personal ID gives birth year 1985 (digits 4–6) but the record says 1986."_s);
    QCOMPARE(warnings.at(1).message,
             u"The personal ID belongs to a man (its 4th digit, 0, is even) but the record says female."_s);
}

void TestPersonalId::oldCmnd_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("result"); // empty: refused
    QTest::addColumn<QString>("message");
    QTest::newRow("9 digits") << u"186123456"_s << u"186123456"_s << QString();
    QTest::newRow("12 digits") << u" 186123456789 "_s << u"186123456789"_s << QString();
    QTest::newRow("leading zero kept") << u"012345678"_s << u"012345678"_s << QString();
    QTest::newRow("10 digits") << u"1861234567"_s << QString() << u"9 or 12 digits; this one has 10"_s;
    QTest::newRow("letter") << u"18612345B"_s << QString() << u"Character 9 (“B”)"_s;
    QTest::newRow("empty") << QString() << QString() << u"empty"_s;
}

void TestPersonalId::oldCmnd()
{
    QFETCH(QString, input);
    QFETCH(QString, result);
    QFETCH(QString, message);
    const auto parsed = PersonalId::parseOldCmnd(input);
    if (result.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.message().contains(message), qPrintable(parsed.message()));
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(*parsed, result);
    }
}

QTEST_GUILESS_MAIN(TestPersonalId)
#include "tst_personal_id.moc"
