// Vietnamese phone numbers: normalised to national digits, or a message naming the problem.
#include "text/phone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso::text;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestPhone::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain mobile") << u"0912345678"_s << u"0912345678"_s;
    QTest::newRow("spaces") << u"091 234 5678"_s << u"0912345678"_s;
    QTest::newRow("dots") << u"0912.345.678"_s << u"0912345678"_s;
    QTest::newRow("dashes") << u"0912-345-678"_s << u"0912345678"_s;
    QTest::newRow("+84") << u"+84 912 345 678"_s << u"0912345678"_s;
    QTest::newRow("84") << u"84912345678"_s << u"0912345678"_s;
    QTest::newRow("0084") << u"0084912345678"_s << u"0912345678"_s;
    QTest::newRow("+84 (0)") << u"+84 (0) 912 345 678"_s << u"0912345678"_s;
    QTest::newRow("03") << u"0321234567"_s << u"0321234567"_s;
    QTest::newRow("05") << u"0561234567"_s << u"0561234567"_s;
    QTest::newRow("07") << u"0701234567"_s << u"0701234567"_s;
    QTest::newRow("08") << u"0888123456"_s << u"0888123456"_s;
    QTest::newRow("landline") << u"(0238) 3844 123"_s << u"02383844123"_s;
    QTest::newRow("landline +84") << u"+84 24 3826 1234"_s << u"02438261234"_s;
    QTest::newRow("surrounding space") << u"  0912345678 "_s << u"0912345678"_s;
}

void TestPhone::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const auto result = normalizeVietnamesePhone(input);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(*result, normalized);
}

void TestPhone::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("letter") << u"0912a45678"_s << u"Character 5 (“a”)"_s;
    QTest::newRow("slash") << u"0912/345678"_s << u"Character 5"_s;
    QTest::newRow("plus inside") << u"09+12345678"_s << u"Character 3"_s;
    QTest::newRow("mobile too long") << u"09123456789"_s << u"this one has 11"_s;
    QTest::newRow("too short") << u"091234567"_s << u"only 9 digits"_s;
    QTest::newRow("landline too short") << u"0243826123"_s << u"11 digits; this one has 10"_s;
    QTest::newRow("old 01x mobile") << u"01681234567"_s << u"renumbered in 2018"_s;
    QTest::newRow("prefix 06") << u"0612345678"_s << u"“06”"_s;
    QTest::newRow("prefix 04") << u"0412345678"_s << u"“04”"_s;
    QTest::newRow("no leading zero") << u"912345678"_s << u"starts with 0"_s;
    QTest::newRow("foreign") << u"+1 202 555 0100"_s << u"+84"_s;
    QTest::newRow("empty") << u" - "_s << u"empty"_s;
}

void TestPhone::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const auto result = normalizeVietnamesePhone(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), xaso::ErrorCode::InvalidArgument);
    QVERIFY2(result.message().contains(mentions), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
