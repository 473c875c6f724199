// Day-first dates, Excel serials and the document date line (Nghị định 30/2020).
#include "text/dates.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace xaso::text;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void yearOnly();
    void excelSerial_data();
    void excelSerial();
    void format();
    void reportDateLine_data();
    void reportDateLine();
};

void TestDates::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/mm/yyyy") << u"05/03/2026"_s << QDate(2026, 3, 5);
    QTest::newRow("d/m/yyyy") << u"5/3/2026"_s << QDate(2026, 3, 5);
    QTest::newRow("dd-mm-yyyy") << u"05-03-2026"_s << QDate(2026, 3, 5);
    QTest::newRow("dd.mm.yyyy") << u"05.03.2026"_s << QDate(2026, 3, 5);
    QTest::newRow("iso") << u"2026-03-05"_s << QDate(2026, 3, 5);
    QTest::newRow("iso slashes") << u"2026/3/5"_s << QDate(2026, 3, 5);
    QTest::newRow("spaces around") << u"  31/12/1999 "_s << QDate(1999, 12, 31);
    QTest::newRow("spaces inside") << u"05 / 03 / 2026"_s << QDate(2026, 3, 5);
    QTest::newRow("leap day") << u"29/02/2000"_s << QDate(2000, 2, 29);
    QTest::newRow("day first, not month") << u"12/01/1990"_s << QDate(1990, 1, 12);
}

void TestDates::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = parseVietnameseDate(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(*parsed, date);
}

void TestDates::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // the part at fault must be named
    QTest::newRow("31 February") << u"31/02/1990"_s << u"Day 31 does not exist in 02/1990"_s;
    QTest::newRow("29 February, not leap") << u"29/02/1900"_s << u"that month has 28 days"_s;
    QTest::newRow("31 April") << u"31-04-2024"_s << u"Day 31"_s;
    QTest::newRow("day 0") << u"00/05/2024"_s << u"Day 0"_s;
    QTest::newRow("month 13") << u"01/13/2024"_s << u"Month 13"_s;
    QTest::newRow("month 0 iso") << u"2024-00-10"_s << u"Month 0"_s;
    QTest::newRow("two-digit year") << u"05/03/90"_s << u"“90” must have four digits"_s;
    QTest::newRow("three-digit day") << u"005/03/1990"_s << u"“005”"_s;
    QTest::newRow("year 0") << u"01/01/0000"_s << u"Year 0"_s;
    QTest::newRow("letters") << u"5 tháng 3"_s << u"dd/mm/yyyy"_s;
    QTest::newRow("mixed separators") << u"05/03-2026"_s << u"dd/mm/yyyy"_s;
    QTest::newRow("two parts") << u"05/2026"_s << u"dd/mm/yyyy"_s;
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
    QTest::newRow("year only not asked") << u"1985"_s << u"only a year"_s;
}

void TestDates::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = parseVietnameseDate(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), xaso::ErrorCode::InvalidArgument);
    QVERIFY2(parsed.message().contains(mentions), qPrintable(parsed.message()));
}

void TestDates::yearOnly()
{
    const auto year = parseVietnameseDate(u" 1985 "_s, DateInput::AllowYearOnly);
    QVERIFY2(year.ok(), qPrintable(year.message()));
    QCOMPARE(year->precision, DatePrecision::Year);
    QCOMPARE(year->date, QDate(1985, 1, 1));

    const auto full = parseVietnameseDate(u"07/08/1985"_s, DateInput::AllowYearOnly);
    QVERIFY(full.ok());
    QCOMPARE(full->precision, DatePrecision::Day);
    QCOMPARE(full->date, QDate(1985, 8, 7));

    QVERIFY(!parseVietnameseDate(u"85"_s, DateInput::AllowYearOnly).ok());
    QVERIFY(!parseVietnameseDate(u"0000"_s, DateInput::AllowYearOnly).ok());
}

void TestDates::excelSerial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1") << 1.0 << QDate(1900, 1, 1);
    QTest::newRow("59") << 59.0 << QDate(1900, 2, 28);
    QTest::newRow("60 is the Lotus 29 Feb") << 60.0 << QDate();
    QTest::newRow("61") << 61.0 << QDate(1900, 3, 1);
    QTest::newRow("1 Jan 2000") << 36526.0 << QDate(2000, 1, 1);
    QTest::newRow("time of day dropped") << 46086.75 << QDate(2026, 3, 5);
    QTest::newRow("last") << 2958465.0 << QDate(9999, 12, 31);
    QTest::newRow("past last") << 2958466.0 << QDate();
    QTest::newRow("0") << 0.0 << QDate();
    QTest::newRow("negative") << -5.0 << QDate();
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QDate();
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QDate();
}

void TestDates::excelSerial()
{
    QFETCH(double, serial);
    QFETCH(QDate, date);
    QCOMPARE(fromExcelSerial(serial), date);
}

void TestDates::format()
{
    QCOMPARE(formatVietnameseDate(QDate(2026, 3, 5)), u"05/03/2026"_s);
    QCOMPARE(formatVietnameseDate(QDate(1999, 12, 31)), u"31/12/1999"_s);
    QCOMPARE(formatVietnameseDate(QDate()), QString());
    // What we format, we parse back.
    const QDate d(1987, 11, 9);
    QCOMPARE(*parseVietnameseDate(formatVietnameseDate(d)), d);
}

void TestDates::reportDateLine_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("line");
    QTest::newRow("5 March") << QDate(2026, 3, 5) << u"Hưng Đông, ngày 05 tháng 3 năm 2026"_s;
    QTest::newRow("January padded") << QDate(2026, 1, 9) << u"Hưng Đông, ngày 09 tháng 01 năm 2026"_s;
    QTest::newRow("February padded") << QDate(2026, 2, 28) << u"Hưng Đông, ngày 28 tháng 02 năm 2026"_s;
    QTest::newRow("October") << QDate(2025, 10, 10) << u"Hưng Đông, ngày 10 tháng 10 năm 2025"_s;
    QTest::newRow("December") << QDate(2025, 12, 1) << u"Hưng Đông, ngày 01 tháng 12 năm 2025"_s;
}

void TestDates::reportDateLine()
{
    QFETCH(QDate, date);
    QFETCH(QString, line);
    QCOMPARE(formatReportDateLine(u"Hưng Đông"_s, date), line);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
