// XlsxWriter → XlsxReader round trip (Vietnamese text, leading-zero IDs, dates, numbers), hand-made
// workbooks built with libzip for what Excel and other tools write (shared and inline strings,
// rich text, gaps, date styles, the 1904 date system), and damaged files.

#include "io/table_reader.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace xaso::io;

using Rows = QList<QStringList>;
using Parts = QList<QPair<QString, QByteArray>>;

namespace {

const QByteArray kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
const QByteArray kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const QByteArray kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/hidden.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>)";

QByteArray workbookXml(bool date1904)
{
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
           (date1904 ? R"(<workbookPr date1904="1"/>)" : R"(<workbookPr/>)") +
           R"(<sheets><sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Danh sách" sheetId="2" r:id="rId2"/><sheet name="Khác" sheetId="3" r:id="rId5"/></sheets></workbook>)";
}

// cellXfs: 0 General, 1 built-in 14 (date), 2 custom dd/mm/yyyy, 3 custom number with a
// bracketed colour, 4 built-in 22 (date time), 5 custom with quoted "d" text (not a date),
// 6 built-in 20 (time). cellStyleXfs holds an <xf> that must not be counted.
const QByteArray kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="[Red]#,##0.00"/><numFmt numFmtId="166" formatCode="0 &quot;ngày&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="166"/><xf numFmtId="20"/></cellXfs></styleSheet>)";

// 0 plain, 1 rich text runs with a phonetic guide to drop, 2 NFD text, 3 with a line break.
QByteArray sharedStringsXml()
{
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">)") +
           R"(<si><t>Họ và tên</t></si>)" +
           R"(<si><r><rPr><b/></rPr><t xml:space="preserve">Nguyễn </t></r><r><t>Văn Dũng</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>)" +
           "<si><t>" + u"Đặng Thị Ánh"_s.normalized(QString::NormalizationForm_D).toUtf8() + "</t></si>" +
           R"(<si><t xml:space="preserve">  Xóm 1&#10;Hưng Đông  </t></si></sst>)";
}

const QByteArray kSheet1 =
    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H6"/><sheetData>)"
    R"(<row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c></row>)"
    R"(<row r="3" spans="1:8"><c r="A3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><r><t>Số </t></r><r><rPr><i/></rPr><t>CCCD</t></r></is></c><c r="D3" t="str"><f>"Ngày"&amp;" sinh"</f><v>Ngày sinh</v></c></row>)"
    R"(<row r="4"><c r="A4" t="s"><v>1</v></c><c r="C4" t="inlineStr"><is><t>040090012345</t></is></c><c r="D4" s="1"><v>32874</v></c><c r="E4" s="2"><v>45000</v></c><c r="F4" s="4"><v>45000.5</v></c><c r="G4" s="3"><v>1234.5</v></c><c r="H4" s="5"><v>7</v></c></row>)"
    R"(<row r="6"><c t="s"><v>2</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c><c s="6"><v>0.5</v></c><c><v>0.30000000000000004</v></c><c><v>1E-3</v></c><c><v>40190012345</v></c></row>)"
    R"(<row r="7"><c r="B7" t="s"><v>3</v></c><c r="C7" t="d"><v>2024-02-29</v></c><c r="D7" s="2"/><c r="E7" t="inlineStr"><is><t> </t></is></c></row>)"
    R"(</sheetData><mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells></worksheet>)";

const QByteArray kHiddenSheet =
    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>)";

// Other generators use a namespace prefix and no r attributes.
const QByteArray kSheet3 =
    R"(<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>)";

Parts minimalWorkbook(bool date1904 = false)
{
    return {{u"[Content_Types].xml"_s, kContentTypes},
            {u"_rels/.rels"_s, kRootRels},
            {u"xl/workbook.xml"_s, workbookXml(date1904)},
            {u"xl/_rels/workbook.xml.rels"_s, kWorkbookRels},
            {u"xl/styles.xml"_s, kStyles},
            {u"xl/sharedStrings.xml"_s, sharedStringsXml()},
            {u"xl/worksheets/hidden.xml"_s, kHiddenSheet},
            {u"xl/worksheets/sheet1.xml"_s, kSheet1},
            {u"xl/worksheets/sheet3.xml"_s, kSheet3}};
}

bool writeZip(const QString& path, const Parts& parts)
{
    int code = 0;
    zip_t* za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!za)
        return false;
    for (const auto& [name, data] : parts) {
        // The buffers live in `parts` until zip_close() reads them.
        zip_source_t* src = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
        if (!src || zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(za);
            return false;
        }
    }
    return zip_close(za) == 0;
}

struct Outcome
{
    Rows rows;
    QList<int> numbers;
    QString error;
};

Outcome readAll(TableReader& reader, const QString& path)
{
    Outcome outcome;
    if (const auto opened = reader.open(path); !opened) {
        outcome.error = opened.message();
        return outcome;
    }
    TableRow row;
    for (;;) {
        const auto more = reader.next(row);
        if (!more) {
            outcome.error = more.message();
            break;
        }
        if (!*more)
            break;
        outcome.rows.append(row.cells);
        outcome.numbers.append(row.rowNumber);
    }
    return outcome;
}

} // namespace

class TestXlsxRoundtrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writerOutputReadsBack()
    {
        const QString path = m_dir.filePath(u"export.xlsx"_s);
        XlsxWriter writer;
        XlsxWriter::Options options;
        options.sheetName = u"Nhân khẩu"_s;
        options.columnWidths = {6, 28, 16, 12};
        QVERIFY(writer.open(path, options));
        QVERIFY(writer.writeHeader({u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s, u"Ngày sinh"_s, u"Lúc"_s, u"Có"_s,
                                    u"Hệ số"_s, u"Địa chỉ"_s}));
        const QString nfd = u"Đặng Thị Ánh"_s.normalized(QString::NormalizationForm_D);
        QVERIFY(
            writer.writeRow({1, u"Nguyễn Văn Dũng"_s, u"040090012345"_s, QDate(1990, 2, 1),
                             QDateTime(QDate(2024, 5, 6), QTime(7, 8)), true, 1.5, u"Xóm 1\nHưng Đông"_s}));
        QVERIFY(writer.writeRow(
            {2, nfd, u"001195000123"_s, QVariant(), QVariant(), false, 0.1 + 0.2, u"Khối 3"_s}));
        QVERIFY(writer.writeTextRow({u"3"_s, u""_s, u"0012"_s}));
        QVERIFY(!QFile::exists(path)); // only finish() puts the file in place
        QVERIFY(writer.finish());
        QCOMPARE(writer.rowsWritten(), 4);
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(m_dir.filePath(u".export.xlsx.part"_s)));

        XlsxReader reader;
        const Outcome outcome = readAll(reader, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(reader.currentSheetName(), u"Nhân khẩu"_s);
        const Rows expected = {
            {u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s, u"Ngày sinh"_s, u"Lúc"_s, u"Có"_s, u"Hệ số"_s,
             u"Địa chỉ"_s},
            {u"1"_s, u"Nguyễn Văn Dũng"_s, u"040090012345"_s, u"01/02/1990"_s, u"06/05/2024 07:08"_s,
             u"TRUE"_s, u"1.5"_s, u"Xóm 1\nHưng Đông"_s},
            {u"2"_s, u"Đặng Thị Ánh"_s, u"001195000123"_s, u""_s, u""_s, u"FALSE"_s, u"0.3"_s, u"Khối 3"_s},
            {u"3"_s, u""_s, u"0012"_s},
        };
        QCOMPARE(outcome.rows, expected);
        QCOMPARE(outcome.numbers, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
    }

    void writerRejectsBadInput()
    {
        XlsxWriter writer;
        XlsxWriter::Options options;
        options.sheetName = u"a/b"_s;
        const auto bad = writer.open(m_dir.filePath(u"bad.xlsx"_s), options);
        QVERIFY(!bad);
        QVERIFY(bad.message().contains(u"a/b"_s));

        QVERIFY(writer.open(m_dir.filePath(u"long.xlsx"_s)));
        QVERIFY(writer.writeRow({u"ok"_s}));
        const auto tooLong = writer.writeRow({u"x"_s, QString(XlsxWriter::kMaxTextLength + 1, u'a')});
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.message().contains(u"row 2, column B"_s), qPrintable(tooLong.message()));
        writer.cancel();
        QVERIFY(!QFile::exists(m_dir.filePath(u"long.xlsx"_s)));
    }

    void readsHandMadeWorkbook()
    {
        const QString path = m_dir.filePath(u"handmade.xlsx"_s);
        QVERIFY(writeZip(path, minimalWorkbook()));
        XlsxReader reader;
        const Outcome outcome = readAll(reader, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(reader.sheetNames(), (QStringList{u"Ẩn"_s, u"Danh sách"_s, u"Khác"_s}));
        QCOMPARE(reader.currentSheetName(), u"Danh sách"_s); // the first visible sheet
        const Rows expected = {
            {u"DANH SÁCH"_s},
            {u"Họ và tên"_s, u""_s, u"Số CCCD"_s, u"Ngày sinh"_s},
            {u"Nguyễn Văn Dũng"_s, u""_s, u"040090012345"_s, u"01/01/1990"_s, u"15/03/2023"_s,
             u"15/03/2023 12:00"_s, u"1234.5"_s, u"7"_s},
            {u"Đặng Thị Ánh"_s, u"TRUE"_s, u"FALSE"_s, u"#N/A"_s, u"12:00"_s, u"0.3"_s, u"0.001"_s,
             u"40190012345"_s},
            {u""_s, u"Xóm 1\nHưng Đông"_s, u"29/02/2024"_s},
        };
        QCOMPARE(outcome.rows, expected);
        QCOMPARE(outcome.numbers, (QList<int>{1, 3, 4, 6, 7}));
    }

    void readsNamedSheetAnd1904Dates()
    {
        const QString path = m_dir.filePath(u"d1904.xlsx"_s);
        Parts parts = minimalWorkbook(true);
        QVERIFY(writeZip(path, parts));
        XlsxReader reader;
        Outcome outcome = readAll(reader, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        // 32874 and 45000 are four years and a day later in the 1904 system.
        QCOMPARE(outcome.rows.at(2).at(3), u"02/01/1994"_s);
        QCOMPARE(outcome.rows.at(2).at(4), u"16/03/2027"_s);

        reader.setSheetName(u"KHÁC"_s);
        outcome = readAll(reader, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.rows, (Rows{{u"a"_s, u"1"_s}, {u"Họ và tên"_s}}));
        QCOMPARE(outcome.numbers, (QList<int>{1, 2}));

        reader.setSheetName(u"Không có"_s);
        outcome = readAll(reader, path);
        QVERIFY(outcome.error.contains(u"Không có"_s));
        QVERIFY(outcome.error.contains(u"Danh sách"_s));
    }

    void damagedFilesGetClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");

        auto zipped = [this](const Parts& parts) {
            const QString path = m_dir.filePath(u"tmp.zip"_s);
            QFile::remove(path);
            if (!writeZip(path, parts))
                qFatal("cannot build zip");
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto replaced = [](const QString& name, const QByteArray& data) {
            Parts parts = minimalWorkbook();
            for (auto& part : parts) {
                if (part.first == name)
                    part.second = data;
            }
            return parts;
        };
        auto without = [](const QString& name) {
            Parts parts = minimalWorkbook();
            parts.removeIf([&](const auto& p) { return p.first == name; });
            return parts;
        };

        QTest::newRow("not a zip") << QByteArray("PK\x03\x04garbage that is not a zip archive at all")
                                   << QStringList{u"damaged.xlsx"_s, u"not a valid Excel workbook"_s};
        const QByteArray good = zipped(minimalWorkbook());
        QTest::newRow("truncated zip")
            << good.left(good.size() / 2) << QStringList{u"damaged.xlsx"_s, u"not a valid Excel workbook"_s};
        QTest::newRow("no workbook part") << zipped(without(u"xl/workbook.xml"_s))
                                          << QStringList{u"no workbook part"_s, u"xl/workbook.xml"_s};
        QTest::newRow("missing sheet part") << zipped(without(u"xl/worksheets/sheet1.xml"_s))
                                            << QStringList{u"xl/worksheets/sheet1.xml"_s, u"missing"_s};
        QTest::newRow("sheet XML cut short")
            << zipped(replaced(u"xl/worksheets/sheet1.xml"_s, kSheet1.left(400)))
            << QStringList{u"xl/worksheets/sheet1.xml"_s, u"ends too early"_s};
        QTest::newRow("malformed XML")
            << zipped(replaced(u"xl/styles.xml"_s, "<styleSheet><numFmts></styleSheet>"))
            << QStringList{u"xl/styles.xml"_s, u"not well-formed"_s, u"line 1"_s};
        QTest::newRow("shared string out of range")
            << zipped(replaced(
                   u"xl/worksheets/sheet1.xml"_s,
                   R"(<worksheet><sheetData><row r="9"><c r="B9" t="s"><v>99</v></c></row></sheetData></worksheet>)"))
            << QStringList{u"cell B9"_s, u"shared string"_s};
        QTest::newRow("bad cell reference")
            << zipped(replaced(
                   u"xl/worksheets/sheet1.xml"_s,
                   R"(<worksheet><sheetData><row r="2"><c r="1A"><v>1</v></c></row></sheetData></worksheet>)"))
            << QStringList{u"row 2"_s, u"“1A”"_s};
        QTest::newRow("legacy xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of an OLE file")
                                    << QStringList{u".xls"_s, u".xlsx"_s};
    }

    void damagedFilesGetClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        const QString path = m_dir.filePath(u"damaged.xlsx"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        XlsxReader reader;
        const Outcome outcome = readAll(reader, path);
        QVERIFY2(!outcome.error.isEmpty(), "an error was expected");
        for (const QString& part : expected)
            QVERIFY2(outcome.error.contains(part), qPrintable(outcome.error + u" lacks "_s + part));
    }

    void forFilePicksReaderByContent()
    {
        const QString xlsxNamedCsv = m_dir.filePath(u"really-xlsx.csv"_s);
        QVERIFY(writeZip(xlsxNamedCsv, minimalWorkbook()));
        auto reader = TableReader::forFile(xlsxNamedCsv);
        QVERIFY(dynamic_cast<XlsxReader*>(reader.get()));
        QVERIFY(reader->open(xlsxNamedCsv));

        const QString csv = m_dir.filePath(u"list.xlsx.txt"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n");
        f.close();
        QVERIFY(!dynamic_cast<XlsxReader*>(TableReader::forFile(csv).get()));
        QCOMPARE(detectFileKind(m_dir.filePath(u"missing.xlsx"_s)), FileKind::Xlsx);
        QCOMPARE(detectFileKind(m_dir.filePath(u"missing.xls"_s)), FileKind::LegacyXls);
        QCOMPARE(detectFileKind(m_dir.filePath(u"missing.csv"_s)), FileKind::Csv);
    }

    // A larger export streams in constant_memory mode and reads back row by row.
    void streamsManyRows()
    {
        const QString path = m_dir.filePath(u"many.xlsx"_s);
        XlsxWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeHeader({u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s, u"Ngày sinh"_s}));
        for (int i = 1; i <= 20000; ++i) {
            QVERIFY(writer.writeRow({i, u"Nguyễn Văn %1"_s.arg(i), u"%1"_s.arg(i, 12, 10, QLatin1Char('0')),
                                     QDate(1990, 1, 1).addDays(i)}));
        }
        QVERIFY(writer.finish());

        XlsxReader reader;
        QVERIFY(reader.open(path));
        TableRow row;
        int count = 0;
        for (;;) {
            const auto more = reader.next(row);
            QVERIFY2(more, qPrintable(more.message()));
            if (!*more)
                break;
            ++count;
            if (count == 20001) {
                QCOMPARE(row.rowNumber, 20001);
                QCOMPARE(row.cells,
                         (QStringList{u"20000"_s, u"Nguyễn Văn 20000"_s, u"000000020000"_s,
                                      QDate(1990, 1, 1).addDays(20000).toString(u"dd/MM/yyyy"_s)}));
            }
        }
        QCOMPARE(count, 20001);
        QVERIFY(reader.totalBytes() > 0);
    }
};

QTEST_GUILESS_MAIN(TestXlsxRoundtrip)
#include "tst_xlsx_roundtrip.moc"
