// The province table behind the personal ID's place code (resources/data/provinces.csv).
#include "reference/provinces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using xaso::ProvinceTable;

class TestProvinces : public QObject
{
    Q_OBJECT

private slots:
    void builtinTable();
    void names_data();
    void names();
    void countryCodes_data();
    void countryCodes();
    void parseErrors_data();
    void parseErrors();
};

void TestProvinces::builtinTable()
{
    const ProvinceTable& table = ProvinceTable::builtin();
    QCOMPARE(table.size(), 63);
    QCOMPARE(table.codes().first(), u"001"_s);
    QCOMPARE(table.codes().last(), u"096"_s);
    for (const QString& code : table.codes()) {
        const QString name = table.name(code);
        QVERIFY2(name == name.normalized(QString::NormalizationForm_C), qPrintable(code));
    }
}

void TestProvinces::names_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("001") << u"001"_s << u"Hà Nội"_s;
    QTest::newRow("040") << u"040"_s << u"Nghệ An"_s;
    QTest::newRow("046") << u"046"_s << u"Thừa Thiên Huế"_s;
    QTest::newRow("077") << u"077"_s << u"Bà Rịa - Vũng Tàu"_s;
    QTest::newRow("079") << u"079"_s << u"TP. Hồ Chí Minh"_s;
    QTest::newRow("096") << u"096"_s << u"Cà Mau"_s;
    QTest::newRow("unassigned 003") << u"003"_s << QString();
    QTest::newRow("two digits") << u"40"_s << QString();
    QTest::newRow("country") << u"101"_s << QString();
}

void TestProvinces::names()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(ProvinceTable::builtin().name(code), name);
    QCOMPARE(ProvinceTable::builtin().contains(code), !name.isEmpty());
}

void TestProvinces::countryCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("country");
    QTest::newRow("100") << u"100"_s << false;
    QTest::newRow("101") << u"101"_s << true;
    QTest::newRow("200") << u"200"_s << true;
    QTest::newRow("295") << u"295"_s << true;
    QTest::newRow("296") << u"296"_s << false;
    QTest::newRow("040") << u"040"_s << false;
    QTest::newRow("not digits") << u"1a1"_s << false;
    QTest::newRow("four digits") << u"0101"_s << false;
}

void TestProvinces::countryCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, country);
    QCOMPARE(ProvinceTable::isCountryCode(code), country);
}

void TestProvinces::parseErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << QByteArray("001,Hà Nội\n") << u"t.csv, line 1: the header"_s;
    QTest::newRow("empty") << QByteArray("\n\n") << u"t.csv is empty"_s;
    QTest::newRow("bad code") << QByteArray("code,name\n001,A\n1,B\n") << u"line 3: the code “1”"_s;
    QTest::newRow("out of range") << QByteArray("code,name\n101,X\n") << u"line 2"_s;
    QTest::newRow("duplicate") << QByteArray("code,name\n001,A\r\n001,B\r\n")
                               << u"line 3: the code 001 appears twice"_s;
    QTest::newRow("no name") << QByteArray("code,name\n001,\n") << u"line 2: the province 001 has no name"_s;
    QTest::newRow("no comma") << QByteArray("code,name\n001\n") << u"line 2"_s;
}

void TestProvinces::parseErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto table = ProvinceTable::parse(csv, u"t.csv"_s);
    QVERIFY(!table.ok());
    QVERIFY2(table.message().contains(message), qPrintable(table.message()));

    // And a well-formed file with a BOM and CRLF loads.
    const auto good = ProvinceTable::parse("\xEF\xBB\xBF"
                                           "code,name\r\n040,Ngh\xE1\xBB\x87 An\r\n",
                                           u"g.csv"_s);
    QVERIFY2(good.ok(), qPrintable(good.message()));
    QCOMPARE(good->name(u"040"), u"Nghệ An"_s);
}

QTEST_GUILESS_MAIN(TestProvinces)
#include "tst_provinces.moc"
