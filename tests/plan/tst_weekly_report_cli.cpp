// The CLI end to end, in process: report settings, models assign/update/show/list, and the
// weekly report built from a real vault, written as PDF and ODT and read back with poppler.

#include "cli_context.h"
#include "domain/changes/aggregates.h"
#include "report/report_text.h"
#include "report/weekly_report_builder.h"
#include "vault_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso {

class TestWeeklyReportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsSetAndGet();
    void settingsNeedTheSettingsRole();
    void modelsAssignUpdateShowList();
    void modelsUpdateRefusesUnknownKpi();
    void builderDatesAndWeeks();
    void reportPdfReadsBack();
    void reportPdfEmbedsFonts();
    void reportOdtWritten();
    void reportNeedsAFileType();
    void binaryWritesTheReportOfTheDemoVault();
    void cleanupTestCase();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList args);
    // The real xaso-cli program, with no display and QT_QPA_PLATFORM as given (unset when empty).
    Run binary(const QStringList& args, const QString& platform = {});
    QString tool(const QString& program, const QStringList& arguments);

    std::unique_ptr<test::TempVault> m_tv;
    QString m_passwordFile;
    QString m_pdf;
    QString m_odt;
    QString m_demoPdf;
    std::optional<ModelCatalog> m_catalog;
    std::optional<RoleCatalog> m_roles;
};

TestWeeklyReportCli::Run TestWeeklyReportCli::cli(QStringList args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    args.prepend(u"xaso-cli"_s);
    args << u"--vault"_s << m_tv->path << u"--password-file"_s << m_passwordFile;
    run.exit = cli::runCli(args, out, err, m_tv->clock);
    out.flush();
    err.flush();
    return run;
}

TestWeeklyReportCli::Run TestWeeklyReportCli::binary(const QStringList& args, const QString& platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    if (!platform.isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
    env.insert(u"XASO_PASSWORD"_s, test::kPassword);
    env.insert(u"XASO_STATE_DIR"_s, m_tv->dir.filePath(u"state"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(XASO_BINARY_DIR "/app/cli/xaso-cli"), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"did not finish"_s;
        return run;
    }
    run.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestWeeklyReportCli::tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << program << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

void TestWeeklyReportCli::initTestCase()
{
    QVERIFY(crypto::initializeCrypto().ok());
    m_catalog = std::move(*ModelCatalog::load());
    m_roles = std::move(*RoleCatalog::load());
    // Công an xã prepares the report (plan, section III.3); quan_tri may change the settings.
    m_tv = std::make_unique<test::TempVault>(QStringList{u"cong_an"_s, u"quan_tri"_s});
    m_passwordFile = m_tv->dir.filePath(u"password.txt"_s);
    QFile pw(m_passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(test::kPassword.toUtf8() + '\n');
    pw.close();
    m_pdf = m_tv->dir.filePath(u"bao-cao.pdf"_s);
    m_odt = m_tv->dir.filePath(u"bao-cao.odt"_s);

    // The counters the record repositories keep, for week 48 of 2026 (the clock's week).
    auto tx = storage::Transaction::begin(m_tv->vault->db());
    QVERIFY(tx.ok());
    domain::Aggregates a(m_tv->vault->db());
    const QList<std::tuple<QString, QString, QString, qint64>> bumps{
        {u"records.added_week"_s, u"welfare"_s, u"2026-W48"_s, 37},
        {u"records.verified_week"_s, u"welfare"_s, u"2026-W48"_s, 35},
        {u"records.mismatch_week"_s, u"welfare"_s, u"2026-W48"_s, 2},
        {u"records.verification"_s, u"welfare"_s, u"verified"_s, 580},
        {u"records.verification"_s, u"welfare"_s, u"unverified"_s, 20},
        {u"records.verification"_s, u"welfare"_s, u"mismatch"_s, 12},
        {u"records.added_week"_s, u"land"_s, u"2026-W48"_s, 96},
        {u"records.verification"_s, u"land"_s, u"verified"_s, 1800},
        {u"records.verification"_s, u"land"_s, u"unverified"_s, 340},
        {u"residents.pyramid"_s, u"1980"_s, u"male"_s, 4800},
        {u"residents.pyramid"_s, u"1982"_s, u"female"_s, 4974},
        {u"residents.pyramid"_s, u"2015"_s, u"male"_s, 900},
        {u"digital.by_hamlet"_s, u"xom-1"_s, u"vneid"_s, 9412},
        {u"digital.by_hamlet"_s, u"xom-1"_s, u"epayment"_s, 6100},
    };
    for (const auto& [name, k1, k2, value] : bumps)
        QVERIFY(a.bump(name, k1, k2, value).ok());
    QVERIFY(tx->commit().ok());
}

void TestWeeklyReportCli::settingsSetAndGet()
{
    const QList<QPair<QString, QString>> values{
        {u"commune_name"_s, u"Hưng Đông"_s},
        {u"issuing_body"_s, u"UBND xã Hưng Đông"_s},
        {u"superior_body"_s, u"UBND Thành phố Vinh"_s},
        {u"signer_name"_s, u"Lê Trương Phi"_s},
        {u"recipients"_s, u"UBND Thành phố (để b/c); Công an Thành phố Vinh; Lưu: VT, CA"_s},
    };
    for (const auto& [key, value] : values) {
        const Run r = cli({u"settings"_s, u"set"_s, key, value});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
    }
    const Run get = cli({u"settings"_s, u"get"_s, u"signer_name"_s});
    QCOMPARE(get.exit, 0);
    QCOMPARE(get.out.trimmed(), u"Lê Trương Phi"_s);
    const Run all = cli({u"settings"_s, u"get"_s});
    QCOMPARE(all.exit, 0);
    QVERIFY2(all.out.contains(u"Công an Thành phố Vinh; Lưu: VT, CA"_s), qPrintable(all.out));
    QVERIFY2(all.out.contains(u"number_prefix     = BC-UBND   (default)"_s), qPrintable(all.out));
    const Run unknown = cli({u"settings"_s, u"get"_s, u"mayor"_s});
    QCOMPARE(unknown.exit, int(cli::ExitRefused));
    QVERIFY2(unknown.err.contains(u"signer_title"_s), qPrintable(unknown.err));
}

void TestWeeklyReportCli::settingsNeedTheSettingsRole()
{
    test::TempVault other({u"cong_an"_s});
    QTemporaryDir dir;
    const QString pw = dir.filePath(u"pw"_s);
    QFile f(pw);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::kPassword.toUtf8());
    f.close();
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int exit = cli::runCli({u"xaso-cli"_s, u"settings"_s, u"set"_s, u"signer_name"_s, u"X"_s,
                                  u"--vault"_s, other.path, u"--password-file"_s, pw},
                                 o, e, other.clock);
    e.flush();
    QCOMPARE(exit, int(cli::ExitRefused));
    QVERIFY2(err.contains(u"cong_an"_s), qPrintable(err));
}

void TestWeeklyReportCli::modelsAssignUpdateShowList()
{
    const QString evidence = m_tv->dir.filePath(u"bien-ban-hop.txt"_s);
    QFile f(evidence);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Bien ban hop To cong tac 06, 20/11/2026");
    f.close();

    const QList<QStringList> commands{
        {u"models"_s, u"assign"_s, u"19"_s, u"--lead"_s, u"Nguyễn Văn An"_s, u"--coop"_s,
         u"to_cong_tac_06,Ngân hàng"_s},
        {u"models"_s, u"update"_s, u"19"_s, u"--status"_s, u"in_progress"_s, u"--note"_s,
         u"Thu nhận 212 hồ sơ định danh điện tử mức 2 trong tuần"_s, u"--evidence"_s, evidence},
        {u"models"_s, u"update"_s, u"3"_s, u"--status"_s, u"in_progress"_s, u"--kpi"_s,
         u"paperless_services=12"_s},
        {u"models"_s, u"update"_s, u"2"_s, u"--status"_s, u"blocked"_s, u"--problems"_s,
         u"Chưa có kinh phí mua Kiosk"_s},
        {u"models"_s, u"update"_s, u"38"_s, u"--status"_s, u"done"_s, u"--date"_s, u"20/11/2026"_s},
    };
    for (const QStringList& c : commands) {
        const Run r = cli(c);
        QVERIFY2(r.exit == 0, qPrintable(c.join(u' ') + u": "_s + r.err));
    }
    const Run show = cli({u"models"_s, u"show"_s, u"19"_s});
    QCOMPARE(show.exit, 0);
    for (const QString& expected :
         {u"Nguyễn Văn An (Công an xã)"_s, u"Chậm tiến độ (overdue)"_s, u"vneid_level2_share"_s,
          u"bien-ban-hop.txt"_s, u"212 hồ sơ"_s, u"Tổ công tác 06, Ngân hàng"_s}) {
        QVERIFY2(show.out.contains(expected), qPrintable(u"missing "_s + expected + u"\n"_s + show.out));
    }
    const Run list = cli({u"models"_s, u"list"_s});
    QCOMPARE(list.exit, 0);
    QCOMPARE(list.out.count(QRegularExpression(u"^\\d+ "_s, QRegularExpression::MultilineOption)), 38);
    QVERIFY(list.out.contains(u"Vướng mắc"_s));
    QVERIFY(list.out.contains(u"Hoàn thành"_s));
    QVERIFY(list.out.contains(u"Thường xuyên"_s));
}

void TestWeeklyReportCli::modelsUpdateRefusesUnknownKpi()
{
    const Run r = cli({u"models"_s, u"update"_s, u"3"_s, u"--kpi"_s, u"bogus=1"_s});
    QCOMPARE(r.exit, int(cli::ExitRefused));
    QVERIFY2(r.err.contains(u"bogus"_s) && r.err.contains(u"paperless_services"_s), qPrintable(r.err));
    const Run usage = cli({u"models"_s, u"update"_s, u"3"_s});
    QCOMPARE(usage.exit, int(cli::ExitUsage));
}

void TestWeeklyReportCli::builderDatesAndWeeks()
{
    WeeklyReportBuilder builder(*m_tv->vault, *m_catalog, *m_roles);
    auto current = builder.build();
    QVERIFY2(current.ok(), qPrintable(current.message()));
    QCOMPARE(current->date, QDate(2026, 11, 23)); // today, within week 48
    QCOMPARE(current->subject, u"Kết quả triển khai Đề án 06/CP tuần 48 năm 2026"_s);
    QCOMPARE(current->weekLabel, u"(Từ ngày 23/11/2026 đến ngày 29/11/2026)"_s);
    QCOMPARE(current->groups.size(), 5);
    int rows = 0;
    for (const WeeklyReportGroup& g : current->groups)
        rows += int(g.rows.size());
    QCOMPARE(rows, 38);
    QCOMPARE(current->digitisation.size(), 2); // welfare and land; kinds with nothing are left out
    QCOMPARE(current->digitisation.at(0).added, 37);
    QCOMPARE(current->digitisation.at(0).verified, 35);
    QCOMPARE(current->digitisation.at(0).mismatched, 2);
    QCOMPARE(current->digitisation.at(0).total, 612);

    // An old week is dated the Monday it was due (before Tuesday's deadline).
    WeeklyReportOptions old;
    old.week = *plan::IsoWeek::parse(u"2026-W40"_s);
    auto past = builder.build(old);
    QVERIFY(past.ok());
    QCOMPARE(past->date, QDate(2026, 10, 5));
    QCOMPARE(
        WeeklyReportBuilder::defaultReportDate(*plan::IsoWeek::parse(u"2026-W47"_s), QDate(2026, 11, 23)),
        QDate(2026, 11, 23));
    // A week that has not begun is refused.
    WeeklyReportOptions future;
    future.week = *plan::IsoWeek::parse(u"2026-W49"_s);
    QCOMPARE(builder.build(future).code(), ErrorCode::InvalidArgument);
}

void TestWeeklyReportCli::reportPdfReadsBack()
{
    for (const QString& t : {u"pdftotext"_s, u"pdffonts"_s}) {
        if (QStandardPaths::findExecutable(t).isEmpty())
            QSKIP("poppler-utils is not installed");
    }
    const Run r = cli({u"report"_s, u"weekly"_s, u"--number"_s, u"15"_s, u"--out"_s, m_pdf});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(m_pdf), qPrintable(r.out));
    const QString text =
        tool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s}).simplified();
    QStringList expected{
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s,
        u"UBND THÀNH PHỐ VINH"_s,
        u"UBND XÃ HƯNG ĐÔNG"_s,
        u"Số: 15/BC-UBND"_s,
        u"Hưng Đông, ngày 23 tháng 11 năm 2026"_s,
        u"BÁO CÁO"_s,
        u"tuần 48 năm 2026"_s,
        u"Lê Trương Phi"_s,
        u"đang gặp vướng mắc: Chưa có kinh phí mua Kiosk"_s,        // the proposal derived from model 2
        u"Thu nhận 212 hồ sơ định danh điện tử mức 2 trong tuần"_s, // this week's update of model 19
        u"đạt 96,3% (9.412/9.774 người)"_s,                         // model 19 computed from the counters
        u"Tổng cộng"_s,                                             // the digitisation table's total row
    };
    for (const PlanGroup& g : m_catalog->groups())
        expected << u"%1. %2"_s.arg(g.number).arg(g.title);
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(u"missing: "_s + e));
}

void TestWeeklyReportCli::reportPdfEmbedsFonts()
{
    if (!QFileInfo::exists(m_pdf))
        QSKIP("no PDF (poppler-utils missing)");
    const QString fonts = tool(u"pdffonts"_s, {m_pdf});
    static const QRegularExpression row(
        u"^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s);
    int rows = 0;
    for (const QString& line : fonts.split(u'\n')) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        ++rows;
        QVERIFY2(m.captured(1).contains(u"LiberationSerif"_s), qPrintable(line));
        QVERIFY2(m.captured(2) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
    }
    QVERIFY2(rows >= 3, qPrintable(fonts)); // regular, bold, italic at least
}

void TestWeeklyReportCli::reportOdtWritten()
{
    const Run r = cli({u"report"_s, u"weekly"_s, u"--week"_s, u"2026-W48"_s, u"--out"_s, m_odt});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QFile f(m_odt);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("PK"));
    QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    if (!QStandardPaths::findExecutable(u"unzip"_s).isEmpty()) {
        const QString content = tool(u"unzip"_s, {u"-p"_s, m_odt, u"content.xml"_s});
        QVERIFY(content.contains(u"tuần 48 năm 2026"_s));
    }
}

void TestWeeklyReportCli::reportNeedsAFileType()
{
    QCOMPARE(cli({u"report"_s, u"weekly"_s, u"--out"_s, m_tv->dir.filePath(u"r.docx"_s)}).exit,
             int(cli::ExitUsage));
    QCOMPARE(cli({u"report"_s, u"weekly"_s, u"--week"_s, u"2026-48"_s, u"--out"_s, m_pdf}).exit,
             int(cli::ExitUsage));
}

void TestWeeklyReportCli::binaryWritesTheReportOfTheDemoVault()
{
    // The Done-when of the plan issue, through the program a clerk runs: a demo vault, a few
    // progress updates, the weekly report as PDF, read back the way the city would read it.
    if (!QFileInfo::exists(QStringLiteral(XASO_BINARY_DIR "/app/cli/xaso-cli")))
        QSKIP("xaso-cli is not built");
    for (const QString& t : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s}) {
        if (QStandardPaths::findExecutable(t).isEmpty())
            QSKIP("poppler-utils is not installed");
    }
    const QString vault = m_tv->dir.filePath(u"demo.xaso"_s);
    m_demoPdf = m_tv->dir.filePath(u"bao-cao-demo.pdf"_s);
    const QDate today = QDate::currentDate();
    const QString date = today.toString(u"dd/MM/yyyy"_s);
    const QList<QStringList> steps{
        {u"init"_s, u"--vault"_s, vault, u"--name"_s, u"Cán bộ demo"_s, u"--roles"_s,
         u"lanh_dao,to_cong_tac_06,cong_an"_s},
        {u"demo"_s, u"--vault"_s, vault, u"--residents"_s, u"600"_s},
        {u"models"_s, u"assign"_s, u"19"_s, u"--lead"_s, u"Nguyễn Văn An"_s, u"--vault"_s, vault},
        {u"models"_s, u"update"_s, u"19"_s, u"--status"_s, u"in_progress"_s, u"--note"_s,
         u"Thu nhận 212 hồ sơ định danh điện tử mức 2"_s, u"--date"_s, date, u"--vault"_s, vault},
        {u"models"_s, u"update"_s, u"2"_s, u"--status"_s, u"blocked"_s, u"--problems"_s,
         u"Chưa có kinh phí mua Kiosk"_s, u"--date"_s, date, u"--vault"_s, vault},
        {u"models"_s, u"update"_s, u"3"_s, u"--status"_s, u"in_progress"_s, u"--kpi"_s,
         u"paperless_services=12"_s, u"--date"_s, date, u"--vault"_s, vault},
        {u"models"_s, u"update"_s, u"38"_s, u"--status"_s, u"done"_s, u"--date"_s, date, u"--vault"_s, vault},
    };
    for (const QStringList& step : steps) {
        // No platform plugin by that name: a command that made a QGuiApplication would abort.
        const Run r = binary(step, u"no-such-platform"_s);
        QVERIFY2(r.exit == 0, qPrintable(step.join(u' ') + u": "_s + r.err));
    }
    const Run report = binary({u"report"_s, u"weekly"_s, u"--number"_s, u"15"_s, u"--date"_s, date,
                               u"--out"_s, m_demoPdf, u"--vault"_s, vault});
    QVERIFY2(report.exit == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(m_demoPdf), qPrintable(report.out));

    const QString raw = tool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, m_demoPdf, u"-"_s});
    const QString text = raw.simplified();
    QStringList expected{
        u"UBND XÃ HƯNG ĐÔNG"_s,
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s,
        u"Số: 15/BC-UBND"_s,
        reportDateLine(u"Hưng Đông"_s, today),
        u"BÁO CÁO"_s,
        u"Kết quả triển khai Đề án 06/CP tuần"_s,
        u"I. TÌNH HÌNH TRIỂN KHAI CHUNG"_s,
        u"Thu nhận 212 hồ sơ định danh điện tử mức 2"_s,
        u"II. KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH THEO NHÓM"_s,
    };
    for (const PlanGroup& g : m_catalog->groups())
        expected << u"%1. %2"_s.arg(g.number).arg(g.title);
    expected << u"III. KẾT QUẢ SỐ HÓA, LÀM SẠCH DỮ LIỆU TRONG TUẦN"_s << u"Nhân khẩu"_s << u"Hộ gia đình"_s
             << u"IV. CÁC MÔ HÌNH CHẬM TIẾN ĐỘ"_s << u"V. ĐỀ XUẤT, KIẾN NGHỊ"_s
             << u"đang gặp vướng mắc: Chưa có kinh phí mua Kiosk"_s << u"Trên đây là báo cáo"_s
             << u"Nơi nhận:"_s << u"TM. ỦY BAN NHÂN DÂN"_s << u"KT. CHỦ TỊCH"_s << u"PHÓ CHỦ TỊCH"_s;
    qsizetype at = 0;
    for (const QString& e : std::as_const(expected)) {
        const qsizetype found = text.indexOf(e, at);
        QVERIFY2(found >= 0, qPrintable(u"missing, or out of order: "_s + e));
        at = found + e.size();
    }
    // The issuing body and the motto share the first line; page numbers from page 2.
    QStringList pages = raw.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 3 && pages.size() <= 10, qPrintable(QString::number(pages.size())));
    for (int page = 0; page < pages.size(); ++page) {
        QStringList lines = pages.at(page).split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString& l) { return l.trimmed().isEmpty(); });
        QVERIFY(!lines.isEmpty());
        if (page == 0) {
            QVERIFY2(lines.first().contains(u"UBND XÃ HƯNG ĐÔNG"_s) &&
                         lines.first().contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s),
                     qPrintable(lines.first()));
        } else {
            QCOMPARE(lines.first().trimmed(), QString::number(page + 1));
        }
    }
    QVERIFY(pages.last().contains(u"TM. ỦY BAN NHÂN DÂN"_s));

    const QString fonts = tool(u"pdffonts"_s, {m_demoPdf});
    static const QRegularExpression row(
        u"^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s);
    int embedded = 0;
    for (const QString& line : fonts.split(u'\n')) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        QVERIFY2(m.captured(1).contains(u"LiberationSerif"_s), qPrintable(line));
        QVERIFY2(m.captured(2) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
        ++embedded;
    }
    QVERIFY2(embedded >= 3, qPrintable(fonts));
}

void TestWeeklyReportCli::cleanupTestCase()
{
    // To look at the output: XASO_PLAN_LOOK_DIR=/tmp/plan-look ctest -R plan_weekly_report_cli
    const QString look = qEnvironmentVariable("XASO_PLAN_LOOK_DIR");
    if (look.isEmpty())
        return;
    for (const QString& file : {m_pdf, m_odt, m_demoPdf}) {
        const QString target = look + u'/' + QFileInfo(file).fileName();
        QFile::remove(target);
        QFile::copy(file, target);
    }
}

} // namespace xaso

QTEST_MAIN(xaso::TestWeeklyReportCli)
#include "tst_weekly_report_cli.moc"
