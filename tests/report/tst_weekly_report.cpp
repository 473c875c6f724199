// The weekly report rendered to PDF and ODT, checked with poppler's command-line tools the way a
// reader would see it: text, fonts, page size and page numbers.

#include "report/report_text.h"
#include "report/weekly_report_renderer.h"
#include "weekly_report_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso {

class TestWeeklyReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dateLine_data();
    void dateLine();
    void pdfHasHeaderTitleAndSections();
    void pdfDateLineForJanuary();
    void pdfEmbedsLiberationSerif();
    void pdfIsA4();
    void pageNumbersFromPageTwo();
    void signatureBlockStaysTogether();
    void pageBreaksKeepBlocksTogether_data();
    void pageBreaksKeepBlocksTogether();
    void odtContainsSubject();
    void unwritablePathFailsWithMessage();
    void cleanupTestCase();

private:
    // Runs a tool and returns its standard output as UTF-8, NFC (poppler may emit decomposed marks).
    QString run(const QString& program, const QStringList& arguments);
    QString pdfText(const QString& pdf, int firstPage = 0, int lastPage = 0);

    QTemporaryDir m_dir;
    WeeklyReportData m_data;
    QString m_pdf;
    QString m_odt;
    int m_pages = 0;
};

QString TestWeeklyReport::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

QString TestWeeklyReport::pdfText(const QString& pdf, int firstPage, int lastPage)
{
    QStringList arguments{u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (firstPage > 0)
        arguments << u"-f"_s << QString::number(firstPage) << u"-l"_s << QString::number(lastPage);
    arguments << pdf << u"-"_s;
    return run(u"pdftotext"_s, arguments);
}

void TestWeeklyReport::initTestCase()
{
    for (const QString& tool : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("poppler-utils is not installed");
    }
    QVERIFY(m_dir.isValid());
    m_data = test::weeklyReportFixture(QDate(2026, 3, 5));
    m_pdf = m_dir.filePath(u"bao-cao-tuan-48.pdf"_s);
    m_odt = m_dir.filePath(u"bao-cao-tuan-48.odt"_s);
    const WeeklyReportRenderer renderer;
    const Status pdf = renderer.renderPdf(m_data, m_pdf);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const Status odt = renderer.renderOdt(m_data, m_odt);
    QVERIFY2(odt.ok(), qPrintable(odt.message()));

    const QString info = run(u"pdfinfo"_s, {m_pdf});
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    m_pages = pages.captured(1).toInt();
}

void TestWeeklyReport::dateLine_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day padded, March not")
        << u"Hưng Đông"_s << QDate(2026, 3, 5) << u"Hưng Đông, ngày 05 tháng 3 năm 2026"_s;
    QTest::newRow("January padded") << u"Hưng Đông"_s << QDate(2026, 1, 12)
                                    << u"Hưng Đông, ngày 12 tháng 01 năm 2026"_s;
    QTest::newRow("February padded") << u"Hưng Đông"_s << QDate(2026, 2, 1)
                                     << u"Hưng Đông, ngày 01 tháng 02 năm 2026"_s;
    QTest::newRow("September not padded")
        << u"Vinh"_s << QDate(2025, 9, 30) << u"Vinh, ngày 30 tháng 9 năm 2025"_s;
    QTest::newRow("October") << u"Vinh"_s << QDate(2025, 10, 9) << u"Vinh, ngày 09 tháng 10 năm 2025"_s;
    QTest::newRow("December") << u"Hưng Đông"_s << QDate(2026, 12, 31)
                              << u"Hưng Đông, ngày 31 tháng 12 năm 2026"_s;
    QTest::newRow("place trimmed") << u"  Hưng Đông "_s << QDate(2026, 3, 5)
                                   << u"Hưng Đông, ngày 05 tháng 3 năm 2026"_s;
    QTest::newRow("no place") << QString() << QDate(2026, 3, 5) << u"ngày 05 tháng 3 năm 2026"_s;
    QTest::newRow("no date: blanks to fill by hand")
        << u"Hưng Đông"_s << QDate() << u"Hưng Đông, ngày ... tháng ... năm ..."_s;
}

void TestWeeklyReport::dateLine()
{
    QFETCH(QString, place);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(reportDateLine(place, date), expected);
}

void TestWeeklyReport::pdfHasHeaderTitleAndSections()
{
    const QString raw = pdfText(m_pdf);
    QVERIFY(!raw.isEmpty());
    // Headings and cells wrap; compare on the text with runs of white space folded to one space.
    const QString text = raw.simplified();
    const QStringList expected{
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s,
        u"UBND THÀNH PHỐ VINH"_s,
        u"UBND XÃ HƯNG ĐÔNG"_s,
        u"Số: 15/BC-UBND"_s,
        u"Hưng Đông, ngày 05 tháng 3 năm 2026"_s,
        u"BÁO CÁO"_s,
        m_data.subject,
        u"I. TÌNH HÌNH TRIỂN KHAI CHUNG"_s,
        u"II. KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH THEO NHÓM"_s,
        u"III. KẾT QUẢ SỐ HÓA"_s,
        u"IV. CÁC MÔ HÌNH CHẬM TIẾN ĐỘ"_s,
        u"V. ĐỀ XUẤT, KIẾN NGHỊ"_s,
        u"Mô hình"_s,
        u"Chủ trì"_s,
        u"Trạng thái"_s,
        u"Tiến độ"_s,
        u"Khó khăn,"_s, // the header cell wraps after the comma
        u"Loại hồ sơ"_s,
        u"Đã xác thực"_s,
        u"Nơi nhận:"_s,
        u"- Lưu: VT, CA."_s,
        u"TM. ỦY BAN NHÂN DÂN"_s,
        u"KT. CHỦ TỊCH"_s,
        u"PHÓ CHỦ TỊCH"_s,
        u"Lê Trương Phi"_s,
    };
    for (const QString& line : expected)
        QVERIFY2(text.contains(line), qPrintable(u"missing: "_s + line));
    for (const WeeklyReportGroup& group : m_data.groups) {
        const QString heading = u"%1. %2"_s.arg(group.number).arg(group.title);
        QVERIFY2(text.contains(heading), qPrintable(u"missing group: "_s + heading));
    }
    // Thousands grouped the Vietnamese way in the digitisation totals (612+6.318+2.140+1.875).
    QVERIFY(text.contains(u"10.945"_s));
}

void TestWeeklyReport::pdfDateLineForJanuary()
{
    WeeklyReportData data = m_data;
    data.date = QDate(2026, 1, 12);
    data.groups.resize(1);
    const QString path = m_dir.filePath(u"thang-01.pdf"_s);
    const Status status = WeeklyReportRenderer().renderPdf(data, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QVERIFY(pdfText(path).simplified().contains(u"Hưng Đông, ngày 12 tháng 01 năm 2026"_s));
}

void TestWeeklyReport::pdfEmbedsLiberationSerif()
{
    const QString fonts = run(u"pdffonts"_s, {m_pdf});
    QStringList names;
    // name type encoding emb sub uni object-id generation
    static const QRegularExpression row(
        u"^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s);
    for (const QString& line : fonts.split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1);
        QVERIFY2(name.contains(u"LiberationSerif"_s), qPrintable(u"unexpected font: "_s + line));
        QVERIFY2(match.captured(2) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
        names.append(name.section(u'+', -1));
    }
    QVERIFY2(names.contains(u"LiberationSerif"_s), qPrintable(fonts));
    QVERIFY2(names.contains(u"LiberationSerif-Bold"_s), qPrintable(fonts));
    QVERIFY2(names.contains(u"LiberationSerif-Italic"_s), qPrintable(fonts));
    QVERIFY2(names.contains(u"LiberationSerif-BoldItalic"_s), qPrintable(fonts));
}

void TestWeeklyReport::pdfIsA4()
{
    const QString info = run(u"pdfinfo"_s, {m_pdf});
    const QRegularExpressionMatch size =
        QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QVERIFY(qAbs(size.captured(1).toDouble() - 595) <= 1);
    QVERIFY(qAbs(size.captured(2).toDouble() - 842) <= 1);
}

void TestWeeklyReport::pageNumbersFromPageTwo()
{
    QVERIFY2(m_pages >= 3, qPrintable(u"only %1 pages"_s.arg(m_pages)));
    const auto firstLine = [this](int page) {
        const QStringList lines = pdfText(m_pdf, page, page).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                return line.trimmed();
        }
        return QString();
    };
    const QString first = firstLine(1);
    QVERIFY2(first.startsWith(u"UBND THÀNH PHỐ VINH"_s), qPrintable(first));
    QCOMPARE(firstLine(2), u"2"_s);
    QCOMPARE(firstLine(m_pages), QString::number(m_pages));
}

void TestWeeklyReport::signatureBlockStaysTogether()
{
    const QString last = pdfText(m_pdf, m_pages, m_pages).simplified();
    QVERIFY2(last.contains(u"TM. ỦY BAN NHÂN DÂN"_s), qPrintable(last));
    QVERIFY2(last.contains(u"Lê Trương Phi"_s), qPrintable(last));
    QVERIFY2(last.contains(u"Nơi nhận:"_s), qPrintable(last));
}

void TestWeeklyReport::pageBreaksKeepBlocksTogether_data()
{
    // One more line of text each time moves every page end down the document by a line, so the
    // rows sweep the page ends across headings, table rows and the signature block.
    QTest::addColumn<int>("extraLines");
    for (int lines = 0; lines < 16; ++lines)
        QTest::addRow("%d extra lines", lines) << lines;
}

void TestWeeklyReport::pageBreaksKeepBlocksTogether()
{
    QFETCH(int, extraLines);
    WeeklyReportData data = m_data;
    data.groups.resize(2);
    for (int i = 0; i < extraLines; ++i)
        data.overallParagraphs.append(u"Bổ sung nội dung số %1."_s.arg(i + 1));
    const QString path = m_dir.filePath(u"sweep-%1.pdf"_s.arg(extraLines));
    const Status status = WeeklyReportRenderer().renderPdf(data, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));

    // pdftotext ends every page with a form feed.
    QStringList pages = pdfText(path).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY(pages.size() >= 2);
    static const QRegularExpression heading(u"^\\s*(I|II|III|IV|V|\\d)\\. "_s);
    int signaturePages = 0;
    for (int page = 0; page < pages.size(); ++page) {
        QStringList lines = pages.at(page).split(u'\n');
        lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
        QVERIFY(!lines.isEmpty());
        if (page > 0)
            QCOMPARE(lines.first().trimmed(), QString::number(page + 1));
        // A heading never ends a page: its table or paragraph follows it over.
        QVERIFY2(!heading.match(lines.last()).hasMatch(),
                 qPrintable(u"page %1 ends with a heading: %2"_s.arg(page + 1).arg(lines.last())));
        const QString text = pages.at(page).simplified();
        if (text.contains(u"Lê Trương Phi"_s)) {
            ++signaturePages;
            QVERIFY2(text.contains(u"TM. ỦY BAN NHÂN DÂN"_s) && text.contains(u"Nơi nhận:"_s) &&
                         text.contains(u"- Lưu: VT, CA."_s) && text.contains(u"Trên đây là báo cáo"_s),
                     qPrintable(u"signature block split on page %1"_s.arg(page + 1)));
        }
    }
    QCOMPARE(signaturePages, 1);
}

void TestWeeklyReport::odtContainsSubject()
{
    QFile file(m_odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("PK"));
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty()) {
        // The ODF packaging rule: an uncompressed "mimetype" entry first, its data at offset 38.
        QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        return;
    }
    const QString content = run(u"unzip"_s, {u"-p"_s, m_odt, u"content.xml"_s});
    QVERIFY2(content.contains(m_data.subject), qPrintable(content.left(2000)));
    QVERIFY(content.contains(u"Độc lập - Tự do - Hạnh phúc"_s));
    QVERIFY(content.contains(u"Liberation Serif"_s));
    QCOMPARE(run(u"unzip"_s, {u"-p"_s, m_odt, u"mimetype"_s}), u"application/vnd.oasis.opendocument.text"_s);
}

void TestWeeklyReport::unwritablePathFailsWithMessage()
{
    const QString path = m_dir.filePath(u"no-such-folder/bao-cao.pdf"_s);
    const Status pdf = WeeklyReportRenderer().renderPdf(m_data, path);
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.code(), ErrorCode::Io);
    QVERIFY2(pdf.message().contains(path), qPrintable(pdf.message()));
    const Status odt = WeeklyReportRenderer().renderOdt(m_data, path);
    QVERIFY(!odt.ok());
    QCOMPARE(odt.code(), ErrorCode::Io);
}

void TestWeeklyReport::cleanupTestCase()
{
    // To look at the output: XASO_REPORT_LOOK_DIR=/tmp/report-look ctest -R report_weekly_report
    const QString look = qEnvironmentVariable("XASO_REPORT_LOOK_DIR");
    if (look.isEmpty())
        return;
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString& file : files) {
        const QString target = QDir(look).filePath(file);
        QFile::remove(target);
        QFile::copy(m_dir.filePath(file), target);
    }
}

} // namespace xaso

QTEST_MAIN(xaso::TestWeeklyReport)
#include "tst_weekly_report.moc"
