// HeaderLocator, ColumnMapping and DataRowReader: title rows above the header, an STT column,
// Vietnamese headers with and without diacritics or punctuation, hand edits, and a clear message
// for missing required columns.

#include "io/csv_reader.h"
#include "io/data_row_reader.h"
#include "io/header_locator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso::io;

namespace {

// A generic field list for the tests; real lists belong to the domain importers.
QList<FieldSpec> specs()
{
    return {
        {u"fullName"_s, {u"Họ và tên"_s, u"Họ tên"_s}, true},
        {u"personalId"_s, {u"Số CCCD/ĐDCN"_s, u"Số định danh cá nhân"_s, u"CCCD"_s}, true},
        {u"birthDate"_s, {u"Ngày sinh"_s, u"Ngày, tháng, năm sinh"_s}, false},
        {u"address"_s, {u"Địa chỉ"_s, u"Nơi ở hiện nay"_s}, false},
    };
}

TableRow row(int number, const QStringList& cells)
{
    return TableRow{number, cells};
}

} // namespace

class TestHeaderLocator : public QObject
{
    Q_OBJECT

private slots:
    void foldsHeaderKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("diacritics") << u"Họ và tên"_s << u"hovaten"_s;
        QTest::newRow("upper without diacritics") << u"HO VA TEN"_s << u"hovaten"_s;
        QTest::newRow("lower") << u"ho va ten"_s << u"hovaten"_s;
        QTest::newRow("no spaces") << u"HọVàTên"_s << u"hovaten"_s;
        QTest::newRow("đ and punctuation") << u"Số CCCD/ĐDCN"_s << u"socccdddcn"_s;
        QTest::newRow("line break in header") << u"Ngày,\ntháng, năm sinh"_s << u"ngaythangnamsinh"_s;
        QTest::newRow("NFD input") << u"Địa chỉ"_s.normalized(QString::NormalizationForm_D) << u"diachi"_s;
    }

    void foldsHeaderKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(HeaderLocator::headerKey(text), key);
    }

    void recognisesSequenceColumn()
    {
        for (const QString& s : {u"STT"_s, u"stt"_s, u"TT"_s, u"Số TT"_s, u"Số thứ tự"_s, u"S.T.T"_s})
            QVERIFY2(HeaderLocator::isSequenceHeader(s), qPrintable(s));
        QVERIFY(!HeaderLocator::isSequenceHeader(u"Trạng thái"_s));
    }

    void findsHeaderBelowTitleRows_data()
    {
        QTest::addColumn<QList<TableRow>>("rows");
        QTest::addColumn<int>("headerRow");
        QTest::addColumn<int>("nameColumn");
        QTest::addColumn<int>("idColumn");
        QTest::addColumn<int>("birthColumn");

        const QList<TableRow> titled = {
            row(1, {u"UBND XÃ HƯNG ĐÔNG"_s}),
            row(2, {u"DANH SÁCH NHÂN KHẨU"_s, u""_s, u""_s}),
            row(3, {}),
            row(4, {u"STT"_s, u"Họ và tên"_s, u"Số CCCD/ĐDCN"_s, u"Ngày sinh (dd/mm/yyyy)"_s, u"Ghi chú"_s}),
            row(5, {u"1"_s, u"Nguyễn Văn Dũng"_s, u"040090012345"_s, u"01/02/1990"_s}),
        };
        QTest::newRow("title rows and STT") << titled << 4 << 1 << 2 << 3;

        const QList<TableRow> plain = {
            row(1, {u"HO VA TEN"_s, u"NGAY SINH"_s, u"so cccd ddcn"_s}),
            row(2, {u"Lê Thị Hà"_s, u"03/04/1985"_s, u"040185000001"_s}),
        };
        QTest::newRow("no diacritics, first row") << plain << 1 << 0 << 2 << 1;

        // A title row that happens to contain one field name loses to the row with more.
        const QList<TableRow> decoy = {
            row(7, {u"Họ tên"_s}),
            row(8, {u"TT"_s, u"Họ tên"_s, u"CCCD"_s}),
        };
        QTest::newRow("more matches win") << decoy << 8 << 1 << 2 << -1;
    }

    void findsHeaderBelowTitleRows()
    {
        QFETCH(QList<TableRow>, rows);
        QFETCH(int, headerRow);
        QFETCH(int, nameColumn);
        QFETCH(int, idColumn);
        QFETCH(int, birthColumn);

        const HeaderLocator locator(specs());
        const auto match = locator.locate(rows);
        QVERIFY2(match, qPrintable(match.message()));
        QCOMPARE(match->headerRowNumber, headerRow);
        QCOMPARE(match->mapping.headerRowNumber(), headerRow);
        QCOMPARE(match->mapping.column(u"fullName"_s), nameColumn);
        QCOMPARE(match->mapping.column(u"personalId"_s), idColumn);
        QCOMPARE(match->mapping.column(u"birthDate"_s), birthColumn);
        QVERIFY(match->missingRequired.isEmpty());
        QVERIFY(match->mapping.checkRequired(locator.specs()));
    }

    void reportsIgnoredAndUnknownColumns()
    {
        const HeaderLocator locator(specs());
        const HeaderMatch match =
            locator.matchHeader(row(4, {u"STT"_s, u"Họ và tên"_s, u"Số CCCD/ĐDCN"_s, u""_s, u"Ghi chú"_s}));
        QCOMPARE(match.ignoredColumns, QList<int>{0});
        QCOMPARE(match.unknownColumns, QList<int>{4});
        QCOMPARE(match.mapping.fieldAt(1), u"fullName"_s);
        QCOMPARE(match.mapping.fieldAt(0), QString());
    }

    void exactHeaderBeatsLooseOne()
    {
        // "Ngày sinh (âm lịch)" would match "Ngày sinh" without its note, but the exact column wins.
        const HeaderLocator locator(specs());
        const HeaderMatch match = locator.matchHeader(row(1, {u"Ngày sinh (âm lịch)"_s, u"Ngày sinh"_s}));
        QCOMPARE(match.mapping.column(u"birthDate"_s), 1);
        QCOMPARE(match.unknownColumns, QList<int>{0});
    }

    void missingRequiredColumnIsNamed()
    {
        const HeaderLocator locator(specs());
        const auto match =
            locator.locate({row(1, {u"Tiêu đề"_s}), row(2, {u"STT"_s, u"Họ và tên"_s, u"Địa chỉ"_s})});
        QVERIFY(match);
        QCOMPARE(match->missingRequired, QStringList{u"personalId"_s});
        const auto check = match->mapping.checkRequired(locator.specs());
        QVERIFY(!check);
        QCOMPARE(check.code(), xaso::ErrorCode::InvalidArgument);
        QVERIFY2(check.message().contains(u"row 2"_s), qPrintable(check.message()));
        QVERIFY2(check.message().contains(u"“Số CCCD/ĐDCN”"_s), qPrintable(check.message()));
        QVERIFY(!check.message().contains(u"Họ và tên"_s));

        // The officer maps it by hand; then the mapping is complete.
        ColumnMapping edited = match->mapping;
        edited.map(u"personalId"_s, 2);
        QCOMPARE(edited.column(u"address"_s), -1); // column 2 moved from address to personalId
        QVERIFY(edited.checkRequired(locator.specs()));
        edited.unmap(u"fullName"_s);
        QVERIFY(!edited.checkRequired(locator.specs()));
    }

    void noHeaderIsAnError()
    {
        const HeaderLocator locator(specs(), 3);
        QList<TableRow> rows;
        for (int i = 1; i <= 5; ++i)
            rows.append(row(i, {u"x"_s, u"y"_s}));
        rows.append(row(6, {u"Họ và tên"_s, u"CCCD"_s})); // beyond the 3 rows scanned
        const auto match = locator.locate(rows);
        QVERIFY(!match);
        QVERIFY2(match.message().contains(u"first 3 rows"_s), qPrintable(match.message()));
        QVERIFY2(match.message().contains(u"“Họ và tên”"_s), qPrintable(match.message()));
    }

    void numberingRowDetection_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<bool>("numbering");
        QTest::newRow("(1) (2) (3)") << QStringList{u"(1)"_s, u"(2)"_s, u"(3)"_s, u"(4)"_s} << true;
        QTest::newRow("1 2 3") << QStringList{u"1"_s, u"2"_s, u""_s, u"3"_s} << true;
        QTest::newRow("too short") << QStringList{u"1"_s, u"2"_s} << false;
        QTest::newRow("data row") << QStringList{u"1"_s, u"Nguyễn Văn A"_s, u"3"_s} << false;
        QTest::newRow("not from 1") << QStringList{u"2"_s, u"3"_s, u"4"_s} << false;
    }

    void numberingRowDetection()
    {
        QFETCH(QStringList, cells);
        QFETCH(bool, numbering);
        QCOMPARE(DataRowReader::isColumnNumberingRow(row(1, cells)), numbering);
    }

    // End to end over a CSV file: title rows, header, numbering row, blank rows between records.
    void readsDataRowsAfterHeader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"list.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"\uFEFFỦY BAN NHÂN DÂN XÃ HƯNG ĐÔNG;;;\r\nDANH SÁCH;;;\r\n;;;\r\n"
                    u"STT;HO VA TEN;Số CCCD/ĐDCN;Ngày sinh\r\n(1);(2);(3);(4)\r\n"
                    u"1;Nguyễn Văn Dũng;040090012345;01/02/1990\r\n;;;\r\n\r\n"
                    u"2;Đặng Thị Ánh;040195000123;\r\n"_s.toUtf8());
        }
        CsvReader reader;
        QVERIFY(reader.open(path));
        const HeaderLocator locator(specs());
        QList<TableRow> buffered;
        const auto match = locator.locate(reader, buffered);
        QVERIFY2(match, qPrintable(match.message()));
        QCOMPARE(match->headerRowNumber, 4);
        QVERIFY(match->missingRequired.isEmpty());

        DataRowReader rows(reader, buffered);
        QList<int> numbers;
        QStringList names;
        TableRow data;
        for (;;) {
            const auto more = rows.next(data);
            QVERIFY2(more, qPrintable(more.message()));
            if (!*more)
                break;
            numbers.append(data.rowNumber);
            names.append(match->mapping.value(data, u"fullName"_s));
        }
        QCOMPARE(numbers, (QList<int>{6, 9}));
        QCOMPARE(names, (QStringList{u"Nguyễn Văn Dũng"_s, u"Đặng Thị Ánh"_s}));
        QCOMPARE(rows.skippedRows(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHeaderLocator)
#include "tst_header_locator.moc"
