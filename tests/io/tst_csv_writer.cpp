// CsvWriter: BOM and line ends Excel expects, quoting only where needed, round trip through
// CsvReader, and the file appearing only on finish().

#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso::io;

using Rows = QList<QStringList>;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray contents(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodesFields_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"Nguyễn Văn Dũng"_s << u"Nguyễn Văn Dũng"_s;
        QTest::newRow("leading zeros untouched") << u"040090012345"_s << u"040090012345"_s;
        QTest::newRow("separator") << u"Xóm 1, Hưng Đông"_s << u"\"Xóm 1, Hưng Đông\""_s;
        QTest::newRow("quote") << u"nói \"có\""_s << u"\"nói \"\"có\"\"\""_s;
        QTest::newRow("newline") << u"dòng 1\ndòng 2"_s << u"\"dòng 1\ndòng 2\""_s;
        QTest::newRow("outer spaces kept by quoting") << u" a "_s << u"\" a \""_s;
        QTest::newRow("semicolon is not special with commas") << u"a;b"_s << u"a;b"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void encodesFields()
    {
        QFETCH(QString, cell);
        QFETCH(QString, encoded);
        CsvWriter writer;
        QCOMPARE(writer.encodeField(cell), encoded);
    }

    void neutralisesFormulasOnRequest()
    {
        CsvWriter::Options options;
        options.neutraliseFormulas = true;
        CsvWriter writer(options);
        QCOMPARE(writer.encodeField(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(writer.encodeField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(writer.encodeField(u"-5"_s), u"-5"_s); // a plain number stays a number
        QCOMPARE(writer.encodeField(u"+84912345678"_s), u"+84912345678"_s);
    }

    void writesBomAndCrlf()
    {
        const QString path = m_dir.filePath(u"bom.csv"_s);
        CsvWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeRow({u"Họ tên"_s, u"Số CCCD"_s}));
        QVERIFY(writer.writeRow({u"Lê Thị Hà"_s, u"040195000123"_s}));
        QVERIFY(writer.finish());
        QCOMPARE(writer.rowsWritten(), 2);
        QCOMPARE(contents(path), u"\uFEFFHọ tên,Số CCCD\r\nLê Thị Hà,040195000123\r\n"_s.toUtf8());
    }

    void writesWithoutBomAndWithSemicolons()
    {
        const QString path = m_dir.filePath(u"plain.csv"_s);
        CsvWriter::Options options;
        options.separator = u';';
        options.writeBom = false;
        options.crlf = false;
        CsvWriter writer(options);
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeRow({u"a,b"_s, u"c;d"_s}));
        QVERIFY(writer.finish());
        QCOMPARE(contents(path), QByteArray("a,b;\"c;d\"\n"));
    }

    void roundTripsThroughReader_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QChar(u',');
        QTest::newRow("semicolon") << QChar(u';');
        QTest::newRow("tab") << QChar(u'\t');
    }

    void roundTripsThroughReader()
    {
        QFETCH(QChar, separator);
        const Rows rows = {{u"STT"_s, u"Họ và tên"_s, u"Địa chỉ"_s, u"Ghi chú"_s},
                           {u"1"_s, u"Nguyễn Văn Dũng"_s, u"Xóm 1, Hưng Đông; Vinh"_s, u"nói \"có\"\nrồi"_s},
                           {u"2"_s, u"Đặng Thị Ánh"_s, u""_s, u"tab\there"_s}};
        const QString path = m_dir.filePath(u"roundtrip.csv"_s);
        CsvWriter::Options options;
        options.separator = separator;
        CsvWriter writer(options);
        QVERIFY(writer.open(path));
        for (const QStringList& row : rows)
            QVERIFY(writer.writeRow(row));
        QVERIFY(writer.finish());

        CsvReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.separator(), separator);
        Rows read;
        TableRow row;
        for (;;) {
            const auto more = reader.next(row);
            QVERIFY2(more, qPrintable(more.message()));
            if (!*more)
                break;
            read.append(row.cells);
        }
        QCOMPARE(read, rows);
    }

    void fileAppearsOnlyOnFinish()
    {
        const QString path = m_dir.filePath(u"atomic.csv"_s);
        {
            CsvWriter writer;
            QVERIFY(writer.open(path));
            QVERIFY(writer.writeRow({u"x"_s}));
            QVERIFY(!QFile::exists(path));
            // destroyed without finish(): nothing is left behind
        }
        QVERIFY(!QFile::exists(path));

        CsvWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeRow({u"x"_s}));
        writer.cancel();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!writer.writeRow({u"y"_s}));
    }

    void manyRowsStream()
    {
        const QString path = m_dir.filePath(u"many.csv"_s);
        CsvWriter writer;
        QVERIFY(writer.open(path));
        for (int i = 0; i < 50000; ++i)
            QVERIFY(writer.writeRow({QString::number(i), u"Nguyễn Văn %1"_s.arg(i)}));
        QVERIFY(writer.finish());
        QVERIFY(QFileInfo(path).size() > 50000 * 20);
    }

    void reportsUnwritablePath()
    {
        CsvWriter writer;
        const auto opened = writer.open(m_dir.filePath(u"no/such/folder/out.csv"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.code(), xaso::ErrorCode::Io);
        QVERIFY(opened.message().contains(u"out.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
