// Status derivation of the plan's models at dates moved by a ManualClock, ISO weeks, and the
// canonical KPI text: pure functions over the real catalog, no vault.

#include "domain/plan/iso_week.h"
#include "domain/plan/model_status.h"

#include <QTest>

using namespace Qt::StringLiterals;

using OptionalStatus = std::optional<xaso::plan::ReportedStatus>;
Q_DECLARE_METATYPE(OptionalStatus)
Q_DECLARE_METATYPE(xaso::plan::ModelStatus)

namespace xaso::plan {

class TestModelStatus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void derive_data();
    void derive();
    void everyDateModelTurnsOverdueTheDayAfter();
    void isoWeek_data();
    void isoWeek();
    void isoWeekRefusesBadText_data();
    void isoWeekRefusesBadText();
    void kpiTextIsCanonical();
    void kpiTextNamesBadItem();

private:
    std::optional<ModelCatalog> m_catalog;
};

void TestModelStatus::initTestCase()
{
    auto catalog = ModelCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.message()));
    m_catalog = std::move(*catalog);
}

void TestModelStatus::derive_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<OptionalStatus>("reported");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<ModelStatus>("expected");

    const OptionalStatus none;
    const auto in = OptionalStatus(ReportedStatus::InProgress);
    const auto done = OptionalStatus(ReportedStatus::Done);
    const auto blocked = OptionalStatus(ReportedStatus::Blocked);
    const auto notStarted = OptionalStatus(ReportedStatus::NotStarted);
    // Model 19: deadline 30/10/2023.
    QTest::newRow("19 no report before deadline")
        << 19 << none << QDate(2023, 10, 1) << ModelStatus::NotStarted;
    QTest::newRow("19 on the deadline day") << 19 << in << QDate(2023, 10, 30) << ModelStatus::InProgress;
    QTest::newRow("19 the day after") << 19 << in << QDate(2023, 10, 31) << ModelStatus::Overdue;
    QTest::newRow("19 never reported, late") << 19 << none << QDate(2026, 11, 23) << ModelStatus::Overdue;
    QTest::newRow("19 done late is done") << 19 << done << QDate(2026, 11, 23) << ModelStatus::Done;
    // Model 32: "Quý I/2024" stored as 31/03/2024.
    QTest::newRow("32 blocked in time") << 32 << blocked << QDate(2024, 3, 31) << ModelStatus::Blocked;
    QTest::newRow("32 blocked and late") << 32 << blocked << QDate(2024, 4, 1) << ModelStatus::Overdue;
    QTest::newRow("32 not started and late") << 32 << notStarted << QDate(2024, 4, 1) << ModelStatus::Overdue;
    // Model 22: thường xuyên.
    QTest::newRow("22 recurring, no report") << 22 << none << QDate(2026, 11, 23) << ModelStatus::Recurring;
    QTest::newRow("22 recurring, in progress") << 22 << in << QDate(2030, 1, 1) << ModelStatus::Recurring;
    QTest::newRow("22 recurring, done") << 22 << done << QDate(2026, 11, 23) << ModelStatus::Done;
    // Model 2: after the city's guidance; model 1: the national roadmap. Never overdue.
    QTest::newRow("2 after guidance, years later")
        << 2 << none << QDate(2030, 12, 31) << ModelStatus::NotStarted;
    QTest::newRow("2 after guidance, in progress")
        << 2 << in << QDate(2030, 12, 31) << ModelStatus::InProgress;
    QTest::newRow("2 after guidance, blocked") << 2 << blocked << QDate(2030, 12, 31) << ModelStatus::Blocked;
    QTest::newRow("1 roadmap, years later") << 1 << in << QDate(2030, 12, 31) << ModelStatus::InProgress;
    // Model 38: 30/12/2024.
    QTest::newRow("38 before") << 38 << in << QDate(2024, 12, 30) << ModelStatus::InProgress;
    QTest::newRow("38 after") << 38 << in << QDate(2024, 12, 31) << ModelStatus::Overdue;
}

void TestModelStatus::derive()
{
    QFETCH(int, model);
    QFETCH(OptionalStatus, reported);
    QFETCH(QDate, today);
    QFETCH(ModelStatus, expected);
    // The date comes from a clock, as it does in the program: noon UTC is the same day in Vietnam.
    ManualClock clock(QDateTime(today, QTime(12, 0), Qt::UTC));
    const PlanModel* m = m_catalog->model(model);
    QVERIFY(m);
    const ModelStatus status = deriveStatus(*m, reported, todayFrom(clock));
    QCOMPARE(modelStatusKey(status), modelStatusKey(expected));
}

void TestModelStatus::everyDateModelTurnsOverdueTheDayAfter()
{
    ManualClock clock(QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
    for (const PlanModel& m : m_catalog->models()) {
        if (m.deadline.kind != ModelDeadline::Date)
            continue;
        clock.set(QDateTime(m.deadline.date, QTime(12, 0), Qt::UTC));
        QVERIFY(deriveStatus(m, ReportedStatus::InProgress, todayFrom(clock)) != ModelStatus::Overdue);
        clock.advanceMs(24 * 3600 * 1000);
        QCOMPARE(deriveStatus(m, ReportedStatus::InProgress, todayFrom(clock)), ModelStatus::Overdue);
        QCOMPARE(deriveStatus(m, ReportedStatus::Done, todayFrom(clock)), ModelStatus::Done);
    }
}

void TestModelStatus::isoWeek_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("mid-year") << QDate(2026, 11, 25) << u"2026-W48"_s << QDate(2026, 11, 23);
    QTest::newRow("Sunday ends the week") << QDate(2026, 11, 29) << u"2026-W48"_s << QDate(2026, 11, 23);
    QTest::newRow("1 Jan 2027 is in 2026-W53") << QDate(2027, 1, 1) << u"2026-W53"_s << QDate(2026, 12, 28);
    QTest::newRow("29 Dec 2025 is in 2026-W01")
        << QDate(2025, 12, 29) << u"2026-W01"_s << QDate(2025, 12, 29);
    QTest::newRow("single digit padded") << QDate(2026, 3, 5) << u"2026-W10"_s << QDate(2026, 3, 2);
}

void TestModelStatus::isoWeek()
{
    QFETCH(QDate, date);
    QFETCH(QString, key);
    QFETCH(QDate, monday);
    const IsoWeek w = IsoWeek::containing(date);
    QCOMPARE(w.key(), key);
    QCOMPARE(w.monday(), monday);
    QCOMPARE(w.sunday(), monday.addDays(6));
    auto parsed = IsoWeek::parse(key);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QVERIFY(*parsed == w);
    QCOMPARE(w.next().previous().key(), key);
}

void TestModelStatus::isoWeekRefusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no W") << u"2026-48"_s << u"2026-W48"_s;
    QTest::newRow("week 0") << u"2026-W00"_s << u"Week 0"_s;
    QTest::newRow("2025 has no week 53") << u"2025-W53"_s << u"52 weeks"_s;
}

void TestModelStatus::isoWeekRefusesBadText()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto parsed = IsoWeek::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(mentions), qPrintable(parsed.message()));
}

void TestModelStatus::kpiTextIsCanonical()
{
    auto a = decodeKpiValues(u"paperless_services=12; essential_services = 40,5"_s);
    QVERIFY2(a.ok(), qPrintable(a.message()));
    QCOMPARE(encodeKpiValues(*a), u"essential_services=40.5;paperless_services=12"_s);
    QCOMPARE(*decodeKpiValues(encodeKpiValues(*a)), *a);
    QCOMPARE(formatKpiNumber(96.34), u"96,3"_s);
    QCOMPARE(formatKpiNumber(12345), u"12.345"_s);
}

void TestModelStatus::kpiTextNamesBadItem()
{
    auto bad = decodeKpiValues(u"paperless_services=abc"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.message().contains(u"paperless_services=abc"_s), qPrintable(bad.message()));
    QVERIFY(!decodeKpiValues(u"=5"_s).ok());
}

} // namespace xaso::plan

QTEST_GUILESS_MAIN(xaso::plan::TestModelStatus)
#include "tst_model_status.moc"
