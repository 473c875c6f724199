// CsvReader over every encoding and separator officers' files come in, quoting edge cases,
// chunk boundaries, errors that name the byte/line at fault, and a 200,000-row streaming run.

#include "io/csv_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso::io;

using Rows = QList<QStringList>;

namespace {

enum class Enc { Utf8, Utf8Bom, Utf16LeBom, Utf16BeBom, Utf16Le, Utf16Be };

QByteArray encode(const QString& text, Enc enc)
{
    QByteArray out;
    switch (enc) {
    case Enc::Utf8:
        return text.toUtf8();
    case Enc::Utf8Bom:
        return "\xEF\xBB\xBF" + text.toUtf8();
    case Enc::Utf16LeBom:
        out = "\xFF\xFE";
        break;
    case Enc::Utf16BeBom:
        out = "\xFE\xFF";
        break;
    case Enc::Utf16Le:
    case Enc::Utf16Be:
        break;
    }
    const bool le = enc == Enc::Utf16LeBom || enc == Enc::Utf16Le;
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(le ? lo : hi);
        out.append(le ? hi : lo);
    }
    return out;
}

struct Outcome
{
    Rows rows;
    QList<int> numbers;
    QString error;
    QChar separator;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString writeFile(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"input%1.csv"_s.arg(++m_fileCounter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

    Outcome readAll(const QByteArray& bytes, const CsvReader::Options& options = {})
    {
        Outcome outcome;
        CsvReader reader(options);
        const auto opened = reader.open(writeFile(bytes));
        if (!opened) {
            outcome.error = opened.message();
            return outcome;
        }
        outcome.separator = reader.separator();
        TableRow row;
        for (;;) {
            const auto more = reader.next(row);
            if (!more) {
                outcome.error = more.message();
                // The reader stays failed with the same message.
                const auto again = reader.next(row);
                if (again || again.message() != outcome.error)
                    outcome.error = u"reader did not stay failed"_s;
                break;
            }
            if (!*more)
                break;
            outcome.rows.append(row.cells);
            outcome.numbers.append(row.rowNumber);
        }
        return outcome;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsEncodingsAndSeparators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("numbers");

        const Rows people = {{u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s},
                             {u"1"_s, u"Nguyễn Văn Dũng"_s, u"040090012345"_s},
                             {u"2"_s, u"Đặng Thị Ánh"_s, u"040195000123"_s}};
        auto joined = [&](QChar sep, const QString& eol) {
            QString text;
            for (const QStringList& r : people)
                text += r.join(sep) + eol;
            return text;
        };
        const QList<int> lines = {1, 2, 3};
        QTest::newRow("utf8 comma LF")
            << encode(joined(u',', u"\n"_s), Enc::Utf8) << QChar(u',') << people << lines;
        QTest::newRow("utf8 BOM semicolon CRLF")
            << encode(joined(u';', u"\r\n"_s), Enc::Utf8Bom) << QChar(u';') << people << lines;
        QTest::newRow("utf8 BOM comma CRLF")
            << encode(joined(u',', u"\r\n"_s), Enc::Utf8Bom) << QChar(u',') << people << lines;
        QTest::newRow("utf16le BOM tab CRLF (Excel Unicode text)")
            << encode(joined(u'\t', u"\r\n"_s), Enc::Utf16LeBom) << QChar(u'\t') << people << lines;
        QTest::newRow("utf16be BOM tab")
            << encode(joined(u'\t', u"\n"_s), Enc::Utf16BeBom) << QChar(u'\t') << people << lines;
        QTest::newRow("utf16le no BOM tab")
            << encode(joined(u'\t', u"\r\n"_s), Enc::Utf16Le) << QChar(u'\t') << people << lines;
        QTest::newRow("utf16be no BOM semicolon")
            << encode(joined(u';', u"\n"_s), Enc::Utf16Be) << QChar(u';') << people << lines;
        QTest::newRow("utf8 tab CR only (old Mac)")
            << encode(joined(u'\t', u"\r"_s), Enc::Utf8) << QChar(u'\t') << people << lines;
        QTest::newRow("pipe, no final line break")
            << encode(joined(u'|', u"\n"_s).chopped(1), Enc::Utf8) << QChar(u'|') << people << lines;

        QTest::newRow("quoted separators, doubled quotes, embedded CRLF")
            << encode(
                   u"Tên,Địa chỉ,Ghi chú\r\n\"Lê, Văn A\",\"Số 5\r\nLê Lợi\",\"nói \"\"có\"\"\"\r\nB,C,D\r\n"_s,
                   Enc::Utf8Bom)
            << QChar(u',')
            << Rows{{u"Tên"_s, u"Địa chỉ"_s, u"Ghi chú"_s},
                    {u"Lê, Văn A"_s, u"Số 5\nLê Lợi"_s, u"nói \"có\""_s},
                    {u"B"_s, u"C"_s, u"D"_s}}
            << QList<int>{1, 2, 4};
        QTest::newRow("embedded newline in UTF-16 tab file")
            << encode(u"a\tb\r\n\"x\ty\r\nz\"\t2\r\n"_s, Enc::Utf16LeBom) << QChar(u'\t')
            << Rows{{u"a"_s, u"b"_s}, {u"x\ty\nz"_s, u"2"_s}} << QList<int>{1, 2};
        // "Nguyễn" typed on macOS arrives decomposed (NFD); cells come out composed (NFC).
        const QString nfd = u"Nguyễn Văn Ánh"_s.normalized(QString::NormalizationForm_D);
        QTest::newRow("NFD becomes NFC")
            << encode(u"Họ tên;Năm\n"_s + nfd + u";1990\n"_s, Enc::Utf8) << QChar(u';')
            << Rows{{u"Họ tên"_s, u"Năm"_s}, {u"Nguyễn Văn Ánh"_s, u"1990"_s}} << QList<int>{1, 2};
        QTest::newRow("cells trimmed, inner spaces kept")
            << encode(u"  a  b  ,\u00A0c  \n"_s, Enc::Utf8) << QChar(u',') << Rows{{u"a  b"_s, u"c"_s}}
            << QList<int>{1};
        QTest::newRow("title lines above a semicolon table")
            << encode(u"UBND XÃ HƯNG ĐÔNG, TP VINH\nDANH SÁCH HỘ NGHÈO\nSTT;Họ tên;Địa chỉ\n1;A;Xóm 1, Hưng "
                      u"Đông\n"
                      u"2;B;Xóm 2\n3;C;Xóm 3\n"_s,
                      Enc::Utf8)
            << QChar(u';')
            << Rows{{u"UBND XÃ HƯNG ĐÔNG, TP VINH"_s},     {u"DANH SÁCH HỘ NGHÈO"_s},
                    {u"STT"_s, u"Họ tên"_s, u"Địa chỉ"_s}, {u"1"_s, u"A"_s, u"Xóm 1, Hưng Đông"_s},
                    {u"2"_s, u"B"_s, u"Xóm 2"_s},          {u"3"_s, u"C"_s, u"Xóm 3"_s}}
            << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("separator inside quotes is not counted")
            << encode(u"\"a;b;c\",d\n\"e;f;g\",h\n"_s, Enc::Utf8) << QChar(u',')
            << Rows{{u"a;b;c"_s, u"d"_s}, {u"e;f;g"_s, u"h"_s}} << QList<int>{1, 2};
        QTest::newRow("Excel sep= line") << encode(u"sep=;\na,b;c\n"_s, Enc::Utf8) << QChar(u';')
                                         << Rows{{u"a,b"_s, u"c"_s}} << QList<int>{2};
        QTest::newRow("empty line and trailing empty cells")
            << encode(u"a,b,\n\nc,,\n"_s, Enc::Utf8) << QChar(u',')
            << Rows{{u"a"_s, u"b"_s, u""_s}, {u""_s}, {u"c"_s, u""_s, u""_s}} << QList<int>{1, 2, 3};
        QTest::newRow("one column") << encode(u"Họ tên\nAn\nBình\n"_s, Enc::Utf8) << QChar(u',')
                                    << Rows{{u"Họ tên"_s}, {u"An"_s}, {u"Bình"_s}} << QList<int>{1, 2, 3};
        QTest::newRow("space before an opening quote") << encode(u"a, \"b,c\"\n"_s, Enc::Utf8) << QChar(u',')
                                                       << Rows{{u"a"_s, u"b,c"_s}} << QList<int>{1};
        QTest::newRow("quote inside unquoted text is literal")
            << encode(u"màn hình 21\",x\n"_s, Enc::Utf8) << QChar(u',') << Rows{{u"màn hình 21\""_s, u"x"_s}}
            << QList<int>{1};
        QTest::newRow("characters outside the BMP")
            << encode(u"STT\tTên\r\n1\t😀𠀀\r\n"_s, Enc::Utf16Le) << QChar(u'\t')
            << Rows{{u"STT"_s, u"Tên"_s}, {u"1"_s, u"😀𠀀"_s}} << QList<int>{1, 2};
        QTest::newRow("empty file") << QByteArray() << QChar(u',') << Rows{} << QList<int>{};
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QChar(u',') << Rows{} << QList<int>{};
    }

    void readsEncodingsAndSeparators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, numbers);
        const Outcome outcome = readAll(bytes);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.separator, separator);
        QCOMPARE(outcome.rows, rows);
        QCOMPARE(outcome.numbers, numbers);
    }

    void forcedSeparatorAndEncoding()
    {
        CsvReader::Options options;
        options.separator = u';';
        options.encoding = TextEncoding::Utf16Le;
        const Outcome outcome = readAll(encode(u"a,b;c\n"_s, Enc::Utf16Le), options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.rows, (Rows{{u"a,b"_s, u"c"_s}}));
    }

    // Every byte of a pattern lands once on the 64 KiB chunk boundary: multi-byte characters,
    // surrogate pairs, CRLF, doubled quotes and quoted line breaks must survive the split.
    void chunkBoundaries_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("encoding");
        for (int enc : {int(Enc::Utf8), int(Enc::Utf16LeBom)}) {
            const int boundary = enc == int(Enc::Utf8) ? 65536 : 32767; // in characters, after the BOM
            for (int shift = -14; shift <= 2; ++shift) {
                QTest::addRow("%s shift %d", enc == int(Enc::Utf8) ? "utf8" : "utf16", shift)
                    << boundary + shift << enc;
            }
        }
    }

    void chunkBoundaries()
    {
        QFETCH(int, padding);
        QFETCH(int, encoding);
        const QString pad(padding - 2, u'x');
        const QString text = pad + u"\r\n\"a\"\"b\r\nc\",ễ𝄞\r\nz,y\r\n"_s;
        const Outcome outcome = readAll(encode(text, Enc(encoding)));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.rows, (Rows{{pad}, {u"a\"b\nc"_s, u"ễ𝄞"_s}, {u"z"_s, u"y"_s}}));
        QCOMPARE(outcome.numbers, (QList<int>{1, 2, 4}));
    }

    void errorsNameTheFault_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");

        // "Họ tên\n" is 10 bytes in UTF-8 ("ọ" 3, "ê" 2), so the 0xFF after "abc" is byte 13.
        QTest::newRow("invalid UTF-8 byte") << QByteArray("H\xE1\xBB\x8D t\xC3\xAAn\nabc\xFF,d\n")
                                            << QStringList{u"UTF-8"_s, u"0xFF"_s, u"byte 13"_s, u"line 2"_s};
        QTest::newRow("offset counts the BOM") << QByteArray("\xEF\xBB\xBF"
                                                             "a,b\r\nc,\xC3\x28\r\n")
                                               << QStringList{u"0xC3"_s, u"byte 10"_s, u"line 2"_s};
        QTest::newRow("Windows-1258 text")
            << QByteArray("T\xEAn,Tu\xF4\xF2i\n")
            << QStringList{u"0xEA"_s, u"byte 1"_s, u"line 1"_s, u"CSV UTF-8"_s};
        QTest::newRow("overlong encoding")
            << QByteArray("a,\xC0\xAF\n") << QStringList{u"0xC0"_s, u"byte 2"_s};
        QTest::newRow("encoded surrogate")
            << QByteArray("a\n\nb\xED\xA0\x80\n") << QStringList{u"0xED"_s, u"byte 4"_s, u"line 3"_s};
        QTest::newRow("truncated at end")
            << QByteArray("abc\n\xE1\xBB")
            << QStringList{u"middle of a character"_s, u"byte 4"_s, u"line 2"_s};
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"open\n2,3\n4,5\n")
            << QStringList{u"Unterminated quote"_s, u"line 2"_s, u"column 2"_s};
        QTest::newRow("unterminated quote in UTF-16")
            << encode(u"a\tb\r\nx\ty\r\n\"z\r\n"_s, Enc::Utf16LeBom)
            << QStringList{u"Unterminated quote"_s, u"line 3"_s, u"column 1"_s};
        QTest::newRow("odd UTF-16 length") << encode(u"a\tb\n"_s, Enc::Utf16LeBom) + 'x'
                                           << QStringList{u"UTF-16"_s, u"middle of a character"_s};
        QTest::newRow("unpaired surrogate") << QByteArray("\xFF\xFE"
                                                          "a\0\x00\xDC\n\0",
                                                          8)
                                            << QStringList{u"UTF-16"_s, u"byte 4"_s};
        QTest::newRow("old .xls workbook")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest") << QStringList{u".xls"_s, u"password"_s};
        QTest::newRow("xlsx given to the CSV reader")
            << QByteArray("PK\x03\x04rest") << QStringList{u".xlsx"_s};

        // Far into the file: the offset and line stay exact across chunks.
        QByteArray big;
        for (int i = 0; i < 5000; ++i)
            big += "12345678901234567890,Nguy\xE1\xBB\x85n\n"; // 30 bytes per line
        const qint64 offset = big.size() + 2;
        big += "ok\xF5x\n";
        QTest::newRow("invalid byte after 150 KB")
            << big << QStringList{u"0xF5"_s, u"byte %1"_s.arg(offset), u"line 5001"_s};
    }

    void errorsNameTheFault()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        const Outcome outcome = readAll(bytes);
        QVERIFY2(!outcome.error.isEmpty(), "an error was expected");
        for (const QString& part : expected)
            QVERIFY2(outcome.error.contains(part), qPrintable(outcome.error + u" lacks "_s + part));
    }

    void runawayQuoteStopsWithConstantMemory()
    {
        QByteArray bytes = "a,\"b\n";
        const QByteArray line(1000, 'x');
        for (int i = 0; i < 1200; ++i) // 1.2 MB of lines inside one quoted field
            bytes += line + "\n";
        const Outcome outcome = readAll(bytes);
        QVERIFY2(outcome.error.contains(u"line 1"_s) && outcome.error.contains(u"never closed"_s),
                 qPrintable(outcome.error));
    }

    void openFailsForMissingFile()
    {
        CsvReader reader;
        const auto opened = reader.open(m_dir.filePath(u"does-not-exist.csv"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.code(), xaso::ErrorCode::Io);
        QVERIFY(opened.message().contains(u"does-not-exist.csv"_s));
    }

    // 200,000 rows (about 12 MB) stream through without the file being held.
    void streamsLargeFile()
    {
        const QString path = m_dir.filePath(u"large.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\xEF\xBB\xBFSTT;H\xE1\xBB\x8D t\xC3\xAAn;Ng\xC3\xA0y sinh;Ghi ch\xC3\xBA\r\n");
            for (int i = 1; i <= 200000; ++i) {
                f.write(QByteArray::number(i) + ";Nguy\xE1\xBB\x85n V\xC4\x83n " +
                        QByteArray::number(i % 997) + ";01/02/1990;\"d\xC3\xB2ng 1\r\nd\xC3\xB2ng 2\"\r\n");
            }
        }
        CsvReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.totalBytes(), QFileInfo(path).size());
        TableRow row;
        TableRow last;
        qint64 rows = 0;
        qint64 lastProgress = 0;
        bool progressMoved = false;
        for (;;) {
            const auto more = reader.next(row);
            QVERIFY2(more, qPrintable(more.message()));
            if (!*more)
                break;
            ++rows;
            last = row;
            if (rows > 1) {
                QCOMPARE(row.cells.size(), 4);
                QCOMPARE(row.cells.at(3), u"dòng 1\ndòng 2"_s);
            }
            progressMoved |= reader.bytesRead() > lastProgress && lastProgress > 0;
            lastProgress = reader.bytesRead();
        }
        QCOMPARE(rows, 200001);
        QCOMPARE(last.rowNumber, 2 * 200000); // each record spans two physical lines
        QCOMPARE(last.cells.at(0), u"200000"_s);
        QVERIFY(progressMoved);
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
