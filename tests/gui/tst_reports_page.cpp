// Báo cáo: the weekly report previewed page by page over a real vault with demo records; the
// signer set in the side panel is stored and shows up in the preview; a report saved through the
// page reads back with pdftotext (motto, commune, signer, number); the ODT is a zip; the Monday
// reminder shows until the report due before Tuesday is saved; a role without the settings right
// sees the settings read-only.

#include "records_fixture.h"

#include "domain/plan/report_settings.h"
#include "domain/plan/weekly_report_log.h"
#include "main/section_registry.h"
#include "reports/report_preview.h"
#include "reports/report_settings_panel.h"
#include "reports/reports_page.h"
#include "reports/week_chooser.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

class TestReportsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void previewShowsTheCurrentWeek();
    void reminderShowsOnMondayUntilSaved();
    void signerChangeIsStoredAndPreviewed();
    void savedPdfReadsBack();
    void savedOdtIsAZip();
    void readOnlyRoleCannotEditSettings();

private:
    std::unique_ptr<ReportsPage> makePage(test::RecordsEnv& env);

    // 2026-11-23 08:00 UTC, the fixture's clock, is a Monday: the report of 2026-W47 is due.
    std::unique_ptr<test::RecordsEnv> m_env;
    std::unique_ptr<ReportsPage> m_page;
};

std::unique_ptr<ReportsPage> TestReportsPage::makePage(test::RecordsEnv& env)
{
    const SectionRegistry registry = SectionRegistry::standard();
    const SectionInfo* info = registry.find(u"reports"_s);
    if (!info)
        return nullptr;
    auto page = std::unique_ptr<ReportsPage>(qobject_cast<ReportsPage*>(
        reportsPage(SectionContext{env.env.services, env.window->session()}, *info)));
    page->resize(1280, 860);
    page->show();
    return page;
}

void TestReportsPage::initTestCase()
{
    m_env = std::make_unique<test::RecordsEnv>();
    // The Công an officer makes the report; an administrator's role adds the settings right.
    m_env->open({u"cong_an"_s, u"quan_tri"_s}, 300);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_env->env.manualClock.now().date().dayOfWeek(), 1);
    m_page = makePage(*m_env);
    QVERIFY(m_page);
}

void TestReportsPage::cleanupTestCase()
{
    m_page.reset();
    m_env.reset();
}

void TestReportsPage::previewShowsTheCurrentWeek()
{
    QCOMPARE(m_page->week().key(), u"2026-W48"_s);
    QTRY_VERIFY(m_page->pageCount() > 0); // scheduled on show
    QVERIFY(m_page->regenerate());
    QVERIFY(m_page->pageCount() >= 2);
    const QString text = m_page->previewText();
    QVERIFY(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(text.contains(u"tuần 48 năm 2026"_s));

    ReportPreview* preview = m_page->preview();
    QCOMPARE(preview->pageCount(), m_page->pageCount());
    auto* label = preview->findChild<QLabel*>(u"pageLabel"_s);
    QVERIFY(label->text().contains(u"1/%1"_s.arg(m_page->pageCount())));
    const QImage first = preview->currentPageImage();
    QVERIFY(!first.isNull());
    QVERIFY(first.width() > 300);
    // A4 proportions, and ink on the page.
    QVERIFY(qAbs(double(first.height()) / first.width() - 297.0 / 210.0) < 0.01);
    int dark = 0;
    for (int y = 0; y < first.height() / 5; y += 2)
        for (int x = 0; x < first.width(); x += 2)
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY2(dark > 200, "the header of page 1 should hold text");

    auto* next = preview->findChild<QToolButton*>(u"nextPage"_s);
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(preview->currentPage(), 1);
    QVERIFY(label->text().contains(u"2/%1"_s.arg(m_page->pageCount())));
    QVERIFY(preview->currentPageImage() != first);

    // Next week has not begun: it cannot be chosen.
    auto* nextWeek = m_page->findChild<QToolButton*>(u"nextWeek"_s);
    QVERIFY(!nextWeek->isEnabled());
}

void TestReportsPage::reminderShowsOnMondayUntilSaved()
{
    auto* banner = m_page->findChild<QWidget*>(u"reminderBanner"_s);
    QVERIFY(banner);
    QVERIFY(m_page->reminderDue());
    QVERIFY(banner->isVisible());
    QVERIFY(m_page->findChild<QLabel*>(u"reminderText"_s)->text().contains(u"47"_s));

    if (const QString dir = qEnvironmentVariable("XASO_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(m_page->regenerate());
        m_page->grab().save(QDir(dir).filePath(u"reports-page.png"_s));
    }

    QTemporaryDir out;
    // This week's report does not settle last week's.
    QVERIFY(m_page->savePdf(out.filePath(u"w48.pdf"_s)).ok());
    QVERIFY(m_page->reminderDue());

    auto* open = m_page->findChild<QPushButton*>(u"openDueWeek"_s);
    QVERIFY(open->isVisible());
    open->click();
    QCOMPARE(m_page->week().key(), u"2026-W47"_s);
    QVERIFY(!open->isVisible());
    const Status saved = m_page->savePdf(out.filePath(u"w47.pdf"_s));
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QVERIFY(!m_page->reminderDue());
    QVERIFY(!banner->isVisible());
    // Stored in the vault, for the next session.
    auto pending = plan::WeeklyReportLog(m_env->vault(), m_env->env.roles).reminderDue(QDate(2026, 11, 23));
    QVERIFY(pending.ok() && !*pending);
    QVERIFY(m_page->findChild<QLabel*>(u"saveStatus"_s)->text().contains(u"w47.pdf"_s));

    // Week 48 was saved above, so the Monday after it has nothing due; the Wednesday of week 50
    // finds week 49's report overdue.
    m_env->env.manualClock.set(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
    QVERIFY(!makePage(*m_env)->reminderDue());
    m_env->env.manualClock.set(QDateTime(QDate(2026, 12, 9), QTime(8, 0), Qt::UTC));
    auto later = makePage(*m_env);
    QVERIFY(later->reminderDue());
    QVERIFY(later->findChild<QLabel*>(u"reminderText"_s)->text().contains(u"49"_s));
    later.reset();
    m_env->env.manualClock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
}

void TestReportsPage::signerChangeIsStoredAndPreviewed()
{
    ReportSettingsPanel* panel = m_page->settingsPanel();
    QVERIFY(panel->settingsEditable());
    auto* signer = panel->findChild<QLineEdit*>(u"signerName"_s);
    auto* apply = panel->findChild<QPushButton*>(u"applySettings"_s);
    QVERIFY(signer && apply);
    QVERIFY(!signer->isReadOnly());
    QVERIFY(!apply->isEnabled()); // nothing changed yet
    QVERIFY(m_page->regenerate());
    QVERIFY(!m_page->previewText().contains(u"Nguyễn Văn Hùng"_s));

    signer->selectAll();
    signer->setFocus();
    test::typeText(signer, u"Nguyễn Văn Hùng"_s);
    QVERIFY(apply->isEnabled());
    apply->click();
    QTRY_VERIFY(m_page->previewText().contains(u"Nguyễn Văn Hùng"_s));
    QVERIFY(!apply->isEnabled());

    plan::ReportSettings stored(m_env->vault(), m_env->env.roles);
    QCOMPARE(*stored.get(u"signer_name"_s), u"Nguyễn Văn Hùng"_s);

    auto* recipients = panel->findChild<QPlainTextEdit*>(u"recipients"_s);
    recipients->setPlainText(u"UBND Thành phố Vinh (để b/c)\nLưu: VT"_s);
    apply->click();
    QTRY_VERIFY(m_page->previewText().contains(u"UBND Thành phố Vinh (để b/c)"_s));
    QCOMPARE(*stored.get(u"recipients"_s), u"UBND Thành phố Vinh (để b/c)\nLưu: VT"_s);
}

void TestReportsPage::savedPdfReadsBack()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    auto* number = m_page->settingsPanel()->findChild<QLineEdit*>(u"reportNumber"_s);
    number->setText(u"15"_s);
    QTemporaryDir out;
    const QString path = out.filePath(u"bao-cao.pdf"_s);
    const Status saved = m_page->savePdf(path);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));

    QProcess p;
    p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished(20'000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Độc lập - Tự do - Hạnh phúc"_s));
    QVERIFY(text.contains(u"Hưng Đông"_s));
    QVERIFY(text.contains(u"Nguyễn Văn Hùng"_s));
    QVERIFY(text.contains(u"Số: 15/BC-UBND"_s));
    // The number is kept with the week's record and comes back when the week is chosen again.
    m_page->setWeek(plan::IsoWeek::containing(QDate(2026, 11, 23)));
    m_page->setWeek(plan::IsoWeek::containing(QDate(2026, 11, 16)));
    QCOMPARE(number->text(), u"15"_s);
}

void TestReportsPage::savedOdtIsAZip()
{
    QTemporaryDir out;
    const QString path = out.filePath(u"bao-cao.odt"_s);
    const Status saved = m_page->saveOdt(path);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QVERIFY(bytes.contains("content.xml"));
    QVERIFY(bytes.contains("application/vnd.oasis.opendocument.text"));
}

void TestReportsPage::readOnlyRoleCannotEditSettings()
{
    test::RecordsEnv env;
    env.open({u"lanh_dao"_s}); // reports: read, settings: read
    QVERIFY(!QTest::currentTestFailed());
    auto page = makePage(env);
    ReportSettingsPanel* panel = page->settingsPanel();
    QVERIFY(!panel->settingsEditable());
    QVERIFY(panel->findChild<QLineEdit*>(u"signerName"_s)->isReadOnly());
    QVERIFY(panel->findChild<QPlainTextEdit*>(u"recipients"_s)->isReadOnly());
    QVERIFY(!panel->findChild<QPushButton*>(u"applySettings"_s)->isVisible());
    QVERIFY(panel->findChild<QLabel*>(u"settingsReadOnlyNote"_s)->isVisible());
    QVERIFY(!panel->apply());
    // The Vice Chairman reads the report but does not make it: no reminder for him.
    QVERIFY(!page->reminderDue());
    QVERIFY(page->regenerate());
    QTemporaryDir out;
    QVERIFY(page->savePdf(out.filePath(u"r.pdf"_s)).ok());
}

QTEST_MAIN(TestReportsPage)
#include "tst_reports_page.moc"
