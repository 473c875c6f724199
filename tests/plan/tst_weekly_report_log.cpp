// The record of saved weekly reports behind the desktop's Monday reminder: which week is due on
// which day (the plan: "trước ngày thứ 3 hàng tuần"), recording and reading back a save, and the
// reports right needed to record one.

#include "domain/plan/weekly_report_log.h"
#include "reference/roles.h"
#include "vault_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso::plan {

class TestWeeklyReportLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueWeek_data();
    void dueWeek();
    void saveClearsTheReminder();
    void savingAgainReplaces();
    void readOnlyRoleMayNotRecord();

private:
    std::optional<RoleCatalog> m_roles;
};

void TestWeeklyReportLog::initTestCase()
{
    auto roles = RoleCatalog::load();
    QVERIFY2(roles.ok(), qPrintable(roles.message()));
    m_roles = std::move(*roles);
}

void TestWeeklyReportLog::dueWeek_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("week");
    QTest::addColumn<QDate>("dueBy");
    // 2026-03-09 is the Monday of 2026-W11: the report of W10 is due before Tuesday 10/03.
    QTest::newRow("monday") << QDate(2026, 3, 9) << u"2026-W10"_s << QDate(2026, 3, 9);
    QTest::newRow("wednesday, overdue") << QDate(2026, 3, 11) << u"2026-W10"_s << QDate(2026, 3, 9);
    QTest::newRow("sunday") << QDate(2026, 3, 15) << u"2026-W10"_s << QDate(2026, 3, 9);
    QTest::newRow("next monday") << QDate(2026, 3, 16) << u"2026-W11"_s << QDate(2026, 3, 16);
    // Around New Year the ISO week-year differs from the calendar year.
    QTest::newRow("new year") << QDate(2026, 1, 5) << u"2026-W01"_s << QDate(2026, 1, 5);
    QTest::newRow("53-week year") << QDate(2027, 1, 4) << u"2026-W53"_s << QDate(2027, 1, 4);
}

void TestWeeklyReportLog::dueWeek()
{
    QFETCH(QDate, today);
    QFETCH(QString, week);
    QFETCH(QDate, dueBy);
    const IsoWeek due = WeeklyReportLog::dueWeek(today);
    QCOMPARE(due.key(), week);
    QCOMPARE(WeeklyReportLog::dueBy(due), dueBy);
    QCOMPARE(WeeklyReportLog::dueBy(due).dayOfWeek(), 1);
}

void TestWeeklyReportLog::saveClearsTheReminder()
{
    test::TempVault tv({u"cong_an"_s});
    tv.clock.set(QDateTime(QDate(2026, 3, 9), QTime(7, 30), Qt::UTC)); // Monday
    WeeklyReportLog log(*tv.vault, *m_roles);
    const QDate monday(2026, 3, 9);
    const IsoWeek due = WeeklyReportLog::dueWeek(monday);

    auto pending = log.reminderDue(monday);
    QVERIFY2(pending.ok(), qPrintable(pending.message()));
    QVERIFY(*pending);
    auto before = log.saved(due);
    QVERIFY(before.ok());
    QVERIFY(!before->has_value());

    // Saving the current week's report does not settle last week's.
    QVERIFY(log.recordSaved(IsoWeek::containing(monday), u"pdf"_s, u"3"_s).ok());
    QVERIFY(*log.reminderDue(monday));

    const Status saved = log.recordSaved(due, u"pdf"_s, u" 15 "_s);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QVERIFY(!*log.reminderDue(monday));
    auto after = log.saved(due);
    QVERIFY(after.ok() && after->has_value());
    QCOMPARE((*after)->week, due);
    QCOMPARE((*after)->format, u"pdf"_s);
    QCOMPARE((*after)->documentNumber, u"15"_s);
    QCOMPARE((*after)->savedAt, QDateTime(QDate(2026, 3, 9), QTime(7, 30), Qt::UTC));

    // The Monday after, week 11's report (saved above) settles it; a week later week 12's is due.
    QVERIFY(!*log.reminderDue(QDate(2026, 3, 16)));
    QVERIFY(*log.reminderDue(QDate(2026, 3, 23)));

    // It is in the vault, not in memory: a fresh log over a reopened vault sees it.
    const QString path = tv.path;
    tv.vault.reset();
    auto reopened = storage::Vault::open(path, test::kPassword, tv.clock);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QVERIFY(!*WeeklyReportLog(**reopened, *m_roles).reminderDue(monday));
}

void TestWeeklyReportLog::savingAgainReplaces()
{
    test::TempVault tv({u"cong_an"_s});
    WeeklyReportLog log(*tv.vault, *m_roles);
    const IsoWeek week = IsoWeek::containing(QDate(2026, 11, 16));
    QVERIFY(log.recordSaved(week, u"pdf"_s, u"12"_s).ok());
    tv.clock.advanceMs(3'600'000);
    QVERIFY(log.recordSaved(week, u"odt"_s, QString()).ok());
    auto last = log.saved(week);
    QVERIFY(last.ok() && last->has_value());
    QCOMPARE((*last)->format, u"odt"_s);
    QCOMPARE((*last)->documentNumber, QString());
    QCOMPARE((*last)->savedAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
}

void TestWeeklyReportLog::readOnlyRoleMayNotRecord()
{
    test::TempVault tv({u"lanh_dao"_s}); // reports: read
    WeeklyReportLog log(*tv.vault, *m_roles);
    const IsoWeek week = IsoWeek::containing(QDate(2026, 11, 16));
    const Status refused = log.recordSaved(week, u"pdf"_s, QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY(refused.message().contains(u"lanh_dao"_s));
    auto read = log.saved(week);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QVERIFY(!read->has_value());

    test::TempVault none({u"tram_y_te"_s}); // reports: none
    auto denied = WeeklyReportLog(*none.vault, *m_roles).saved(week);
    QVERIFY(!denied.ok());
}

} // namespace xaso::plan

QTEST_GUILESS_MAIN(xaso::plan::TestWeeklyReportLog)
#include "tst_weekly_report_log.moc"
