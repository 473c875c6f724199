// Every part of the weekly report reaches the PDF, whatever its size: reports from no models up to
// all 38 with every record kind and long texts, read back with pdftotext. A layout that loses the
// height of a block after a page break drops the text below it; this test sees that as a missing
// heading, a missing table row or a missing signature block.

#include "report/weekly_report_renderer.h"
#include "weekly_report_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

enum class Size { Empty, FiveModels, AllModels, Large, LongTexts };

WeeklyReportData reportOfSize(Size size)
{
    WeeklyReportData d = test::weeklyReportFixture(QDate(2026, 3, 5));
    switch (size) {
    case Size::Empty:
        for (WeeklyReportGroup& g : d.groups)
            g.rows.clear();
        d.overallParagraphs.clear();
        d.digitisation.clear();
        d.overdue.clear();
        d.proposals.clear();
        break;
    case Size::FiveModels:
        // One model per group, one record kind.
        for (WeeklyReportGroup& g : d.groups)
            g.rows.resize(1);
        d.overallParagraphs.resize(1);
        d.digitisation.resize(1);
        d.overdue.resize(1);
        d.proposals.resize(1);
        break;
    case Size::AllModels:
        break;
    case Size::Large:
        // Every record kind, many models overdue, many proposals, a long section I.
        d.digitisation = {
            {u"Nhân khẩu"_s, 1412, 1380, 21, 12034},
            {u"Hộ gia đình"_s, 402, 398, 3, 3310},
            {u"Đối tượng an sinh xã hội"_s, 37, 35, 2, 612},
            {u"Người lao động"_s, 1204, 1150, 18, 6318},
            {u"Người sử dụng đất, chủ sở hữu nhà ở"_s, 96, 80, 9, 2140},
            {u"Bản sao điện tử được chứng thực"_s, 58, 58, 0, 1875},
        };
        d.overdue.clear();
        for (const WeeklyReportGroup& g : d.groups) {
            for (const WeeklyReportModelRow& row : g.rows) {
                if (row.modelNumber % 3 == 0)
                    d.overdue.append({row.modelNumber, row.title, row.lead, u"30/12/2024"_s});
            }
        }
        for (int i = 0; i < 8; ++i) {
            d.overallParagraphs.append(
                u"- Mô hình %1: trong tuần đã tổ chức rà soát, đối chiếu dữ liệu với Cơ sở dữ liệu quốc gia "
                u"về dân cư, cập nhật kết quả vào hệ thống và báo cáo Tổ công tác Đề án 06/CP xã."_s.arg(i +
                                                                                                         1));
            d.proposals.append(
                u"Đề nghị số %1: hỗ trợ kinh phí, hướng dẫn nghiệp vụ cho bộ phận chuyên môn."_s.arg(i + 1));
        }
        break;
    case Size::LongTexts:
        // Tall rows: every model has several lines of difficulties.
        for (WeeklyReportGroup& g : d.groups) {
            for (WeeklyReportModelRow& row : g.rows) {
                row.problems = u"Thiếu thiết bị, đường truyền chưa ổn định; người dân đi làm ăn xa chưa về "
                               u"kích hoạt tài khoản; chờ hướng dẫn của cấp trên."_s;
            }
        }
        break;
    }
    return d;
}

} // namespace

class TestReportCompleteness final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySectionReachesThePdf_data();
    void everySectionReachesThePdf();
    void cleanupTestCase();

private:
    QString run(const QString& program, const QStringList& arguments);

    QTemporaryDir m_dir;
};

QString TestReportCompleteness::run(const QString& program, const QStringList& arguments)
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

void TestReportCompleteness::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    QVERIFY(m_dir.isValid());
}

void TestReportCompleteness::everySectionReachesThePdf_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("extraLines");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("no models") << int(Size::Empty) << 0 << 1 << 2;
    QTest::newRow("5 models") << int(Size::FiveModels) << 0 << 2 << 3;
    QTest::newRow("38 models, every record kind, long lists") << int(Size::Large) << 0 << 5 << 12;
    QTest::newRow("38 models, tall rows") << int(Size::LongTexts) << 0 << 5 << 14;
    // One more line each time moves every page end down by a line, across tables and headings.
    for (int lines = 0; lines < 12; ++lines)
        QTest::addRow("38 models, %d extra lines", lines) << int(Size::AllModels) << lines << 4 << 10;
}

void TestReportCompleteness::everySectionReachesThePdf()
{
    QFETCH(int, size);
    QFETCH(int, extraLines);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    WeeklyReportData data = reportOfSize(Size(size));
    for (int i = 0; i < extraLines; ++i)
        data.overallParagraphs.append(u"Bổ sung nội dung số %1."_s.arg(i + 1));
    const QString path = m_dir.filePath(u"report-%1-%2.pdf"_s.arg(size).arg(extraLines));
    const Status status = WeeklyReportRenderer().renderPdf(data, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));

    const QString raw = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QStringList pages = raw.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= minPages && pages.size() <= maxPages,
             qPrintable(u"%1 pages, expected %2–%3"_s.arg(pages.size()).arg(minPages).arg(maxPages)));
    for (int page = 0; page < pages.size(); ++page)
        QVERIFY2(pages.at(page).simplified().size() > 8, qPrintable(u"page %1 is empty"_s.arg(page + 1)));

    // In reading order: each piece after the one before it, page numbers left out (a paragraph
    // that runs over a page end has one in its middle).
    QStringList body;
    for (int page = 0; page < pages.size(); ++page) {
        QStringList lines = pages.at(page).split(u'\n');
        lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
        if (page > 0) {
            QCOMPARE(lines.value(0).trimmed(), QString::number(page + 1));
            lines.removeFirst();
        }
        body << lines;
    }
    const QString text = body.join(u'\n').simplified();
    QStringList expected{
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s,
        u"Hưng Đông, ngày 05 tháng 3 năm 2026"_s,
        u"BÁO CÁO"_s,
        data.subject,
        u"I. TÌNH HÌNH TRIỂN KHAI CHUNG"_s,
    };
    expected << (data.overallParagraphs.isEmpty() ? QStringList{u"Không có nội dung mới trong tuần."_s}
                                                  : data.overallParagraphs);
    expected << u"II. KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH THEO NHÓM"_s;
    for (const WeeklyReportGroup& g : data.groups)
        expected << u"%1. %2"_s.arg(g.number).arg(g.title);
    expected << u"III. KẾT QUẢ SỐ HÓA, LÀM SẠCH DỮ LIỆU TRONG TUẦN"_s;
    if (data.digitisation.isEmpty())
        expected << u"Trong tuần không có hồ sơ được số hóa."_s;
    else if (data.digitisation.size() > 1)
        expected << u"Tổng cộng"_s;
    expected << u"IV. CÁC MÔ HÌNH CHẬM TIẾN ĐỘ"_s;
    if (data.overdue.isEmpty())
        expected << u"Không có mô hình chậm tiến độ so với thời hạn của Kế hoạch."_s;
    else
        expected << u"Có %1 mô hình chưa hoàn thành đúng thời hạn của Kế hoạch:"_s.arg(data.overdue.size());
    expected << u"V. ĐỀ XUẤT, KIẾN NGHỊ"_s;
    if (data.proposals.isEmpty())
        expected << u"Không có."_s;
    for (const QString& p : std::as_const(data.proposals))
        expected << p;
    expected << data.closing << u"Nơi nhận:"_s << u"TM. ỦY BAN NHÂN DÂN"_s << u"KT. CHỦ TỊCH"_s
             << u"PHÓ CHỦ TỊCH"_s << u"- Lưu: VT, CA."_s << data.signer.name;
    qsizetype at = 0;
    for (const QString& piece : std::as_const(expected)) {
        const qsizetype found = text.indexOf(piece.simplified(), at);
        QVERIFY2(found >= 0, qPrintable(u"missing, or out of order: "_s + piece));
        // The signature block's two columns share lines; the rest is one column.
        if (!piece.startsWith(u"- Lưu"_s) && piece != data.signer.name)
            at = found + piece.simplified().size();
    }
    QVERIFY2(pages.last().contains(data.signer.name), "the signer's name is not on the last page");

    // Every model's row of section II: the TT cell, at the left edge, starts a line with the model
    // number (a title's wrapped line starts further in).
    const qsizetype sectionTwo = raw.indexOf(u"II. KẾT QUẢ TRIỂN KHAI"_s);
    const qsizetype sectionThree = raw.indexOf(u"III. KẾT QUẢ SỐ HÓA"_s);
    QVERIFY(sectionTwo >= 0 && sectionThree > sectionTwo);
    static const QRegularExpression ttCell(u"^ {0,2}(\\d{1,2}) +\\S"_s, QRegularExpression::MultilineOption);
    QSet<int> rows;
    for (auto it = ttCell.globalMatch(raw.mid(sectionTwo, sectionThree - sectionTwo)); it.hasNext();)
        rows.insert(it.next().captured(1).toInt());
    QSet<int> models;
    for (const WeeklyReportGroup& g : data.groups) {
        for (const WeeklyReportModelRow& row : g.rows)
            models.insert(row.modelNumber);
    }
    QCOMPARE(rows, models);
}

void TestReportCompleteness::cleanupTestCase()
{
    // To look at the output: XASO_REPORT_LOOK_DIR=/tmp/report-look ctest -R report_report_completeness
    const QString look = qEnvironmentVariable("XASO_REPORT_LOOK_DIR");
    if (look.isEmpty())
        return;
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString& file : files) {
        QFile::remove(QDir(look).filePath(file));
        QFile::copy(m_dir.filePath(file), QDir(look).filePath(file));
    }
}

} // namespace xaso

QTEST_MAIN(xaso::TestReportCompleteness)
#include "tst_report_completeness.moc"
