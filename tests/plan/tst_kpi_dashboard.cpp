// Computed KPIs and dashboard queries read the dashboard aggregates, seeded here directly with
// Aggregates::bump as the record repositories do in their write transactions. A missing counter
// reads as 0 or "no value", never as an error.

#include "domain/plan/dashboard_queries.h"
#include "domain/plan/kpi_calculator.h"
#include "vault_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso::plan {

class TestKpiDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computedKpis_data();
    void computedKpis();
    void eligibleFallsBackToAllResidents();
    void missingCountersReadAsNothing();
    void digitisationByWeekFillsZeros();
    void verificationAndCoverage();
    void populationPyramid();
    void labourAndWelfare();
    void progressByGroupAndOverdue();

private:
    struct Bump
    {
        const char16_t* name;
        const char16_t* k1;
        const char16_t* k2;
        qint64 value;
    };
    static void seed(storage::Vault& vault, std::initializer_list<Bump> bumps);
    static void seedCommune(storage::Vault& vault);

    std::optional<ModelCatalog> m_catalog;
    std::optional<RoleCatalog> m_roles;
    std::unique_ptr<test::TempVault> m_commune; // seeded once, read by the read-only cases
    const QDate m_today{2026, 11, 23};
};

void TestKpiDashboard::seed(storage::Vault& vault, std::initializer_list<Bump> bumps)
{
    auto tx = storage::Transaction::begin(vault.db());
    QVERIFY(tx.ok());
    domain::Aggregates aggregates(vault.db());
    for (const Bump& b : bumps) {
        QVERIFY(
            aggregates
                .bump(QString::fromUtf16(b.name), QString::fromUtf16(b.k1), QString::fromUtf16(b.k2), b.value)
                .ok());
    }
    QVERIFY(tx->commit().ok());
}

void TestKpiDashboard::seedCommune(storage::Vault& vault)
{
    seed(vault, {
                    // Birth years at the reference year 2026: eligible (≥ 14) are born 2012 or before.
                    {u"residents.pyramid", u"1950", u"male", 100},
                    {u"residents.pyramid", u"1950", u"female", 120},
                    {u"residents.pyramid", u"1940", u"female", 30},
                    {u"residents.pyramid", u"1990", u"male", 400},
                    {u"residents.pyramid", u"1990", u"female", 380},
                    {u"residents.pyramid", u"2012", u"male", 50},
                    {u"residents.pyramid", u"2013", u"female", 60},
                    {u"residents.pyramid", u"2024", u"male", 20},
                    {u"residents.pyramid", u"2027", u"male", 1},
                    {u"residents.pyramid", u"abc", u"male", 5},
                    {u"residents.by_hamlet", u"xom-1", u"", 700},
                    {u"residents.by_hamlet", u"xom-2", u"", 461},
                    {u"digital.by_hamlet", u"xom-1", u"vneid", 600},
                    {u"digital.by_hamlet", u"xom-2", u"vneid", 300},
                    {u"digital.by_hamlet", u"xom-1", u"epayment", 270},
                    {u"digital.by_hamlet", u"xom-2", u"signature", 54},
                    {u"records.verification", u"welfare", u"verified", 40},
                    {u"records.verification", u"welfare", u"unverified", 8},
                    {u"records.verification", u"welfare", u"mismatch", 2},
                    {u"records.added_week", u"land", u"2026-W47", 30},
                    {u"records.added_week", u"land", u"2026-W48", 10},
                    {u"records.added_week", u"certified_copies", u"2026-W48", 7},
                    {u"records.added_week", u"certified_copies", u"2026-W40", 5},
                    {u"labour.by_status", u"employed", u"male", 10},
                    {u"labour.by_status", u"employed", u"female", 12},
                    {u"labour.by_status", u"unemployed", u"male", 1},
                    {u"labour.by_status", u"outside", u"x", 3},
                    {u"welfare.by_category", u"k5a", u"", 20},
                    {u"welfare.by_category", u"k6", u"", 30},
                    {u"welfare.monthly_total", u"k5a", u"", 15000000},
                    {u"welfare.monthly_total", u"k6", u"", 22500000},
                });
}

void TestKpiDashboard::initTestCase()
{
    QVERIFY(crypto::initializeCrypto().ok());
    auto catalog = ModelCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.message()));
    m_catalog = std::move(*catalog);
    auto roles = RoleCatalog::load();
    QVERIFY2(roles.ok(), qPrintable(roles.message()));
    m_roles = std::move(*roles);
    m_commune = std::make_unique<test::TempVault>(QStringList{u"cong_an"_s});
    seedCommune(*m_commune->vault);
}

void TestKpiDashboard::computedKpis_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("expected"); // NaN: no value
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    const double none = qQNaN();
    QTest::newRow("19 VNeID level 2")
        << 19 << u"vneid_level2_share"_s << 900 * 100.0 / 1080 << 900ll << 1080ll;
    QTest::newRow("19 e-payment") << 19 << u"epayment_share"_s << 25.0 << 270ll << 1080ll;
    QTest::newRow("19 digital signature") << 19 << u"digital_signature_share"_s << 5.0 << 54ll << 1080ll;
    QTest::newRow("19 digital address, none yet") << 19 << u"digital_address_share"_s << 0.0 << 0ll << 1080ll;
    QTest::newRow("32 welfare digitised") << 32 << u"welfare_digitised"_s << 50.0 << 50ll << 0ll;
    QTest::newRow("32 welfare verified") << 32 << u"welfare_verified_share"_s << 80.0 << 40ll << 50ll;
    QTest::newRow("30 land, total from weekly additions") << 30 << u"land_records"_s << 40.0 << 40ll << 0ll;
    QTest::newRow("30 land verified") << 30 << u"land_verified_share"_s << 0.0 << 0ll << 40ll;
    QTest::newRow("31 labour, no records") << 31 << u"labour_records"_s << 0.0 << 0ll << 0ll;
    QTest::newRow("31 labour share, no denominator")
        << 31 << u"labour_verified_share"_s << none << 0ll << 0ll;
    QTest::newRow("4 certified copies") << 4 << u"certified_copies"_s << 12.0 << 12ll << 0ll;
}

void TestKpiDashboard::computedKpis()
{
    QFETCH(int, model);
    QFETCH(QString, kpi);
    QFETCH(double, expected);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    test::TempVault& tv = *m_commune;
    const PlanModel* m = m_catalog->model(model);
    QVERIFY(m && m->kpi(kpi));
    QVERIFY(KpiCalculator::isComputable(kpi));
    auto v = KpiCalculator(tv.vault->db()).compute(*m->kpi(kpi), m_today);
    QVERIFY2(v.ok(), qPrintable(v.message()));
    if (qIsNaN(expected)) {
        QVERIFY(!v->value.has_value());
    } else {
        QVERIFY(v->value.has_value());
        QVERIFY2(qAbs(*v->value - expected) < 1e-9, qPrintable(QString::number(*v->value)));
    }
    QCOMPARE(v->numerator, numerator);
    QCOMPARE(v->denominator, denominator);
}

void TestKpiDashboard::eligibleFallsBackToAllResidents()
{
    test::TempVault tv({u"cong_an"_s});
    seed(*tv.vault, {{u"residents.by_hamlet", u"xom-1", u"", 300},
                     {u"residents.by_hamlet", u"xom-2", u"", 100},
                     {u"digital.by_hamlet", u"xom-1", u"vneid", 100}});
    KpiCalculator calc(tv.vault->db());
    QCOMPARE(*calc.eligibleResidents(m_today), 400);
    auto v = calc.compute(*m_catalog->model(19)->kpi(u"vneid_level2_share"_s), m_today);
    QVERIFY(v.ok() && v->value);
    QCOMPARE(*v->value, 25.0);
    QCOMPARE(formatKpiValue(*v), u"25%"_s);
    // "residents.total", when a repository keeps it, wins over the hamlet sum.
    seed(*tv.vault, {{u"residents.total", u"", u"", 500}});
    QCOMPARE(*calc.eligibleResidents(m_today), 500);
}

void TestKpiDashboard::missingCountersReadAsNothing()
{
    test::TempVault tv({u"cong_an"_s});
    KpiCalculator calc(tv.vault->db());
    for (const PlanModel& m : m_catalog->models()) {
        auto kpis = calc.kpisOf(m, {}, m_today);
        QVERIFY2(kpis.ok(), qPrintable(kpis.message()));
        QCOMPARE(kpis->size(), m.kpis.size());
        for (const KpiValue& v : *kpis) {
            if (v.value)
                QCOMPARE(*v.value, 0.0); // a count of nothing
        }
    }
    DashboardQueries q(*tv.vault, *m_catalog, *m_roles);
    QVERIFY(q.digitisationByWeek(IsoWeek::containing(m_today)).ok());
    QVERIFY(q.verificationStates().ok());
    QVERIFY(q.digitalCoverageByHamlet()->isEmpty());
    QCOMPARE(q.populationPyramid(m_today)->size(), 17);
    QVERIFY(q.labourStatusBySex()->isEmpty());
    QCOMPARE(q.welfareByCategory()->monthlyTotal, 0);
}

void TestKpiDashboard::digitisationByWeekFillsZeros()
{
    test::TempVault& tv = *m_commune;
    auto series = DashboardQueries(*tv.vault, *m_catalog, *m_roles)
                      .digitisationByWeek(*IsoWeek::parse(u"2026-W48"_s), 4);
    QVERIFY(series.ok());
    QCOMPARE(series->size(), digitisedKinds().size());
    for (const WeeklySeries& s : *series) {
        QCOMPARE(s.weeks.size(), 4);
        QCOMPARE(s.weeks.first().first, u"2026-W45"_s);
        QCOMPARE(s.weeks.last().first, u"2026-W48"_s);
        QList<qint64> values;
        for (const auto& w : s.weeks)
            values << w.second;
        if (s.kind == u"land")
            QCOMPARE(values, (QList<qint64>{0, 0, 30, 10}));
        else if (s.kind == u"certified_copies")
            QCOMPARE(values, (QList<qint64>{0, 0, 0, 7})); // W40 is outside the window
        else
            QCOMPARE(values, (QList<qint64>{0, 0, 0, 0}));
    }
}

void TestKpiDashboard::verificationAndCoverage()
{
    test::TempVault& tv = *m_commune;
    DashboardQueries q(*tv.vault, *m_catalog, *m_roles);
    auto states = q.verificationStates();
    QVERIFY(states.ok());
    for (const VerificationStates& s : *states) {
        if (s.kind != u"welfare")
            continue;
        QCOMPARE(s.verified, 40);
        QCOMPARE(s.unverified, 8);
        QCOMPARE(s.mismatch, 2);
        QCOMPARE(s.total(), 50);
    }
    auto coverage = q.digitalCoverageByHamlet();
    QVERIFY(coverage.ok());
    QCOMPARE(coverage->size(), 2);
    QCOMPARE(coverage->at(0).hamlet, u"xom-1"_s);
    QCOMPARE(coverage->at(0).residents, 700);
    QCOMPARE(coverage->at(0).vneid, 600);
    QCOMPARE(coverage->at(0).epayment, 270);
    QCOMPARE(coverage->at(1).signature, 54);
    QCOMPARE(coverage->at(1).address, 0);
}

void TestKpiDashboard::populationPyramid()
{
    test::TempVault& tv = *m_commune;
    auto bands = DashboardQueries(*tv.vault, *m_catalog, *m_roles).populationPyramid(m_today);
    QVERIFY(bands.ok());
    QCOMPARE(bands->size(), 17); // 0–4 … 75–79, 80+
    QHash<QString, PyramidBand> byLabel;
    for (const PyramidBand& b : *bands)
        byLabel.insert(b.label(), b);
    QCOMPARE(byLabel.value(u"0–4"_s).male, 20);
    QCOMPARE(byLabel.value(u"10–14"_s).male, 50);
    QCOMPARE(byLabel.value(u"10–14"_s).female, 60);
    QCOMPARE(byLabel.value(u"35–39"_s).male, 400);
    QCOMPARE(byLabel.value(u"35–39"_s).female, 380);
    QCOMPARE(byLabel.value(u"75–79"_s).female, 120);
    QCOMPARE(byLabel.value(u"80+"_s).female, 30);
    qint64 sum = 0;
    for (const PyramidBand& b : *bands)
        sum += b.male + b.female + b.other;
    QCOMPARE(sum, 1160); // the 2027 birth and the unreadable year are left out
    // Ten years later everyone moves up two bands.
    auto later = DashboardQueries(*tv.vault, *m_catalog, *m_roles).populationPyramid(QDate(2036, 1, 1));
    QCOMPARE(later->at(2).male, 20); // 10–14
}

void TestKpiDashboard::labourAndWelfare()
{
    test::TempVault& tv = *m_commune;
    DashboardQueries q(*tv.vault, *m_catalog, *m_roles);
    auto labour = q.labourStatusBySex();
    QVERIFY(labour.ok());
    QCOMPARE(labour->size(), 3);
    QCOMPARE(labour->at(0).status, u"employed"_s);
    QCOMPARE(labour->at(0).male, 10);
    QCOMPARE(labour->at(0).female, 12);
    QCOMPARE(labour->at(1).other, 3); // "outside", an unknown sex word
    auto welfare = q.welfareByCategory();
    QVERIFY(welfare.ok());
    QCOMPARE(welfare->beneficiaries, 50);
    QCOMPARE(welfare->monthlyTotal, 37500000);
    QCOMPARE(welfare->categories.size(), 2);
    QCOMPARE(welfare->categories.at(1).category, u"k6"_s);
    QCOMPARE(welfare->categories.at(1).monthlyAmount, 22500000);
}

void TestKpiDashboard::progressByGroupAndOverdue()
{
    test::TempVault tv({u"cong_an"_s});
    DashboardQueries q(*tv.vault, *m_catalog, *m_roles);
    auto groups = q.progressByGroup(m_today);
    QVERIFY(groups.ok());
    QCOMPARE(groups->size(), 5);
    QCOMPARE(groups->at(0).models, 5);
    QCOMPARE(groups->at(0).count(ModelStatus::Overdue), 2);    // models 4 and 5 (2023)
    QCOMPARE(groups->at(0).count(ModelStatus::NotStarted), 3); // roadmap, after guidance
    QCOMPARE(groups->at(2).models, 11);
    QCOMPARE(groups->at(2).count(ModelStatus::Recurring), 4); // 22, 23, 25, 26
    QCOMPARE(groups->at(2).count(ModelStatus::Overdue), 3);   // 19, 24, 27
    auto overdue = q.overdue(m_today);
    QVERIFY(overdue.ok());
    QCOMPARE(overdue->size(), 14);
    QCOMPARE(overdue->last().modelNumber, 38);
    QCOMPARE(overdue->last().deadline, QDate(2024, 12, 30));
    QCOMPARE(overdue->last().daysLate, QDate(2024, 12, 30).daysTo(m_today));

    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    QVERIFY(repo.addProgress({38, {}, ReportedStatus::Done, {}, u"SOC đã vận hành"_s, {}, {}, {}}).ok());
    QCOMPARE(q.overdue(m_today)->size(), 13);
    QCOMPARE(q.progressByGroup(m_today)->at(4).count(ModelStatus::Done), 1);
}

} // namespace xaso::plan

QTEST_GUILESS_MAIN(xaso::plan::TestKpiDashboard)
#include "tst_kpi_dashboard.moc"
