// The dashboard queries and computed KPIs on a real vault filled through the real writers (the demo
// commune, welfare and labour repositories, plan progress): every figure must equal a GROUP BY over
// the record tables themselves, and stay equal after the counters are rebuilt from the records.

#include "domain/changes/aggregates.h"
#include "domain/demo/demo_generator.h"
#include "domain/copies/certified_copy_repository.h"
#include "domain/labour/labour_repository.h"
#include "domain/land/land_repository.h"
#include "domain/plan/dashboard_queries.h"
#include "domain/plan/kpi_calculator.h"
#include "domain/residents/resident_aggregates.h"
#include "domain/welfare/welfare_repository.h"
#include "vault_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso::plan {

class TestDashboardRecords final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verificationStatesMatchTheRecords();
    void digitisationByWeekMatchesCreationDates();
    void coverageByHamletMatchesTheChecklists();
    void pyramidMatchesBirthYears();
    void labourAndWelfareMatchTheRecords();
    void model19KpisMatchTheRecords();
    void kindKpisMatchTheRecords();
    void progressAndOverdueFollowTheUpdates();
    void sameFiguresAfterRebuild();

private:
    // column 0: a key, column 1 (and 2): integers, as key → values
    QMap<QString, QList<qint64>> groupBy(const QString& sql);
    qint64 scalar(const QString& sql);
    QString snapshot();

    std::optional<ModelCatalog> m_catalog;
    std::optional<RoleCatalog> m_roles;
    std::unique_ptr<test::TempVault> m_tv;
    const QDate m_today{2026, 11, 23};
};

QMap<QString, QList<qint64>> TestDashboardRecords::groupBy(const QString& sql)
{
    QMap<QString, QList<qint64>> out;
    auto st = m_tv->vault->db().prepare(sql);
    if (!st)
        qFatal("%s: %s", qPrintable(sql), qPrintable(st.message()));
    for (;;) {
        auto row = st->step();
        if (!row || !*row)
            break;
        QList<qint64> values;
        for (int c = 1; c < st->columnCount(); ++c)
            values.append(st->int64(c));
        out.insert(st->text(0), values);
    }
    return out;
}

qint64 TestDashboardRecords::scalar(const QString& sql)
{
    auto v = m_tv->vault->db().scalar(sql);
    return v ? v->toLongLong() : -1;
}

void TestDashboardRecords::initTestCase()
{
    QVERIFY(crypto::initializeCrypto().ok());
    m_catalog = std::move(*ModelCatalog::load());
    m_roles = std::move(*RoleCatalog::load());
    m_tv = std::make_unique<test::TempVault>(QStringList{u"cong_an"_s, u"van_hoa_xa_hoi"_s});
    storage::Vault& vault = *m_tv->vault;

    // A small demo commune, its records dated over the 12 weeks before today.
    domain::demo::DemoOptions options;
    options.residents = 1500;
    options.seed = 7;
    options.hamlets = 6;
    options.endDate = m_today;
    options.otherKinds = false; // the welfare and labour records below are this test's own, counted
    auto summary = domain::demo::DemoGenerator(vault, m_tv->clock).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    m_tv->clock.set(QDateTime(m_today, QTime(8, 0), Qt::UTC));

    // Welfare and labour records through their repositories, some verified.
    auto rules = domain::WelfareRules::load();
    QVERIFY(rules.ok());
    domain::WelfareRepository welfare(vault, *m_roles, *rules);
    const QList<std::tuple<QString, QString, QDate, QString>> beneficiaries{
        {u"040222001234"_s, u"k1"_s, QDate(2022, 5, 10), u"b"_s},
        {u"040223001235"_s, u"k1"_s, QDate(2023, 1, 2), u"c"_s},
        {u"040085004321"_s, u"k6"_s, QDate(1985, 3, 2), {}},
        {u"040180004322"_s, u"k6"_s, QDate(1980, 7, 9), {}},
        {u"040140004323"_s, u"k5a"_s, QDate(1940, 1, 1), {}},
    };
    QStringList welfareIds;
    for (const auto& [id, clause, born, point] : beneficiaries) {
        domain::WelfareBeneficiary b;
        b.residentId = id;
        b.fullName = u"Người thử %1"_s.arg(id.right(4));
        b.birthDate = born;
        b.clause = clause;
        b.point = point;
        if (clause == u"k6")
            b.disabilityLevel = u"Đặc biệt nặng"_s;
        b.decisionNumber = u"125/QĐ-UBND"_s;
        b.decisionDate = QDate(2026, 1, 5);
        b.startDate = QDate(2026, 2, 1);
        b.paymentKind = u"cash"_s;
        b.hamletCode = u"T01"_s;
        auto saved = welfare.insert(b);
        QVERIFY2(saved.ok(), qPrintable(id + u": "_s + saved.message()));
        welfareIds << saved->id;
    }
    QVERIFY(welfare.setVerification(welfareIds.at(0), domain::Verification::Verified).ok());
    QVERIFY(
        welfare.setVerification(welfareIds.at(2), domain::Verification::Mismatch, {u"birth_date"_s}).ok());

    domain::LabourRepository labour(vault, *m_roles);
    const QList<std::tuple<QString, QString, QString>> workers{
        {u"040090002222"_s, u"male"_s, u"employed"_s},
        {u"040191002223"_s, u"female"_s, u"employed"_s},
        {u"040092002224"_s, u"male"_s, u"unemployed"_s},
        {u"040195002225"_s, u"female"_s, u"outside"_s},
    };
    QStringList labourIds;
    for (const auto& [id, sex, status] : workers) {
        domain::LabourRecord r;
        r.residentId = id;
        r.fullName = u"Lao động %1"_s.arg(id.right(4));
        r.birthDate = QDate(1900 + id.mid(4, 2).toInt(), 1, 1); // as the ID says
        r.sex = sex;
        r.hamletCode = u"T01"_s;
        r.areaType = u"rural"_s;
        r.technicalLevel = u"college"_s;
        r.status = status;
        if (status == u"employed") {
            r.employmentStatus = u"employee"_s;
            r.occupationCode = u"7212"_s;
            r.industryCode = u"c"_s;
            r.employer = u"Công ty TNHH Cơ khí Vinh"_s;
        } else if (status == u"unemployed") {
            r.unemployedKind = u"worked_before"_s;
            r.previousJob = u"Thợ xây"_s;
        } else {
            r.outsideReason = u"Đang đi học"_s;
        }
        auto saved = labour.insert(r);
        QVERIFY2(saved.ok(), qPrintable(id + u": "_s + saved.message()));
        labourIds << saved->id;
    }
    QVERIFY(labour.setVerification(labourIds.at(1), domain::Verification::Verified).ok());
}

void TestDashboardRecords::verificationStatesMatchTheRecords()
{
    DashboardQueries queries(*m_tv->vault, *m_catalog, *m_roles);
    auto states = queries.verificationStates();
    QVERIFY2(states.ok(), qPrintable(states.message()));
    const QHash<QString, QString> tables{{u"residents"_s, u"residents"_s},
                                         {u"households"_s, u"households"_s},
                                         {u"welfare"_s, u"welfare_beneficiaries"_s},
                                         {u"labour"_s, u"labour_records"_s}};
    int checked = 0;
    for (const VerificationStates& s : *states) {
        if (!tables.contains(s.kind))
            continue;
        const auto byState =
            groupBy(u"SELECT verification, count(*) FROM %1 WHERE deleted = 0 GROUP BY 1"_s.arg(
                tables.value(s.kind)));
        QCOMPARE(s.unverified, byState.value(u"unverified"_s).value(0));
        QCOMPARE(s.verified, byState.value(u"verified"_s).value(0));
        QCOMPARE(s.mismatch, byState.value(u"mismatch"_s).value(0));
        QCOMPARE(s.notFound, byState.value(u"not_found"_s).value(0));
        QVERIFY2(s.total() > 0, qPrintable(s.kind));
        ++checked;
    }
    QCOMPARE(checked, 3); // residents, welfare, labour (households are not checked against the extract)
}

void TestDashboardRecords::digitisationByWeekMatchesCreationDates()
{
    DashboardQueries queries(*m_tv->vault, *m_catalog, *m_roles);
    auto series = queries.digitisationByWeek(IsoWeek::containing(m_today), 14);
    QVERIFY2(series.ok(), qPrintable(series.message()));
    QHash<QString, qint64> expected;
    auto st = m_tv->vault->db().prepare(u"SELECT created_at_ms FROM residents WHERE deleted = 0"_s);
    QVERIFY(st.ok());
    while (*st->step())
        ++expected[domain::ResidentAggregates::isoWeek(st->int64(0))];
    qint64 shown = 0;
    for (const WeeklySeries& s : *series) {
        if (s.kind != u"residents")
            continue;
        QCOMPARE(s.weeks.size(), 14);
        QCOMPARE(s.weeks.last().first, IsoWeek::containing(m_today).key());
        for (const auto& [week, added] : s.weeks) {
            QCOMPARE(added, expected.value(week));
            shown += added;
        }
    }
    // The demo spreads its residents over the 12 weeks before today: all are in the window.
    QCOMPARE(shown, scalar(u"SELECT count(*) FROM residents WHERE deleted = 0"_s));
}

void TestDashboardRecords::coverageByHamletMatchesTheChecklists()
{
    DashboardQueries queries(*m_tv->vault, *m_catalog, *m_roles);
    auto coverage = queries.digitalCoverageByHamlet();
    QVERIFY2(coverage.ok(), qPrintable(coverage.message()));
    const auto expected = groupBy(
        u"SELECT r.hamlet_code, count(*), count(d.vneid_level2_date), count(d.epayment_date), "
        u"count(d.digital_address_date), count(d.digital_signature_date) FROM residents r "
        u"LEFT JOIN digital_citizen d ON d.id = r.id AND d.deleted = 0 WHERE r.deleted = 0 GROUP BY 1"_s);
    QCOMPARE(coverage->size(), expected.size());
    QVERIFY(expected.size() >= 6);
    for (const HamletCoverage& c : *coverage) {
        const QList<qint64> e = expected.value(c.hamlet);
        QVERIFY2(!e.isEmpty(), qPrintable(c.hamlet));
        QCOMPARE(QList<qint64>({c.residents, c.vneid, c.epayment, c.address, c.signature}), e);
    }
}

void TestDashboardRecords::pyramidMatchesBirthYears()
{
    DashboardQueries queries(*m_tv->vault, *m_catalog, *m_roles);
    auto bands = queries.populationPyramid(m_today, 5, 80);
    QVERIFY2(bands.ok(), qPrintable(bands.message()));
    QCOMPARE(bands->size(), 17);
    QList<qint64> male(17), female(17);
    auto st = m_tv->vault->db().prepare(
        u"SELECT birth_year, sex, count(*) FROM residents WHERE deleted = 0 GROUP BY 1, 2"_s);
    QVERIFY(st.ok());
    while (*st->step()) {
        const int age = std::max(0, m_today.year() - int(st->int64(0)));
        const int band = std::min(16, age / 5);
        (st->text(1) == u"M" ? male : female)[band] += st->int64(2);
    }
    qint64 total = 0;
    for (int i = 0; i < 17; ++i) {
        QCOMPARE(bands->at(i).male, male.at(i));
        QCOMPARE(bands->at(i).female, female.at(i));
        total += bands->at(i).male + bands->at(i).female + bands->at(i).other;
    }
    QCOMPARE(total, scalar(u"SELECT count(*) FROM residents WHERE deleted = 0"_s));
}

void TestDashboardRecords::labourAndWelfareMatchTheRecords()
{
    DashboardQueries queries(*m_tv->vault, *m_catalog, *m_roles);
    auto labour = queries.labourStatusBySex();
    QVERIFY2(labour.ok(), qPrintable(labour.message()));
    const auto byStatus =
        groupBy(u"SELECT status, sum(sex = 'male'), sum(sex = 'female') FROM labour_records "
                u"WHERE deleted = 0 GROUP BY 1"_s);
    QCOMPARE(labour->size(), byStatus.size());
    for (const LabourStatusRow& row : *labour)
        QCOMPARE(QList<qint64>({row.male, row.female}), byStatus.value(row.status));

    auto welfare = queries.welfareByCategory();
    QVERIFY2(welfare.ok(), qPrintable(welfare.message()));
    const auto byClause = groupBy(u"SELECT clause, count(*), sum(monthly_amount) FROM welfare_beneficiaries "
                                  u"WHERE deleted = 0 GROUP BY 1"_s);
    QCOMPARE(welfare->categories.size(), byClause.size());
    for (const WelfareCategoryRow& row : welfare->categories)
        QCOMPARE(QList<qint64>({row.beneficiaries, row.monthlyAmount}), byClause.value(row.category));
    QCOMPARE(welfare->beneficiaries, 5);
    QCOMPARE(welfare->monthlyTotal,
             scalar(u"SELECT sum(monthly_amount) FROM welfare_beneficiaries WHERE deleted = 0"_s));
    QVERIFY(welfare->monthlyTotal > 0);
}

void TestDashboardRecords::model19KpisMatchTheRecords()
{
    KpiCalculator calculator(m_tv->vault->db());
    auto kpis = calculator.kpisOf(*m_catalog->model(19), {}, m_today);
    QVERIFY2(kpis.ok(), qPrintable(kpis.message()));
    const qint64 eligible = scalar(
        u"SELECT count(*) FROM residents WHERE deleted = 0 AND birth_year <= %1"_s.arg(m_today.year() - 14));
    QVERIFY(eligible > 0);
    const QHash<QString, QString> columns{{u"vneid_level2_share"_s, u"vneid_level2_date"_s},
                                          {u"epayment_share"_s, u"epayment_date"_s},
                                          {u"digital_address_share"_s, u"digital_address_date"_s},
                                          {u"digital_signature_share"_s, u"digital_signature_date"_s}};
    QCOMPARE(kpis->size(), 4);
    for (const KpiValue& v : *kpis) {
        const qint64 holders =
            scalar(u"SELECT count(%1) FROM digital_citizen d JOIN residents r ON r.id = d.id "
                   u"WHERE d.deleted = 0 AND r.deleted = 0"_s.arg(columns.value(v.definition->id)));
        QCOMPARE(v.numerator, holders);
        QCOMPARE(v.denominator, eligible);
        QVERIFY(v.value);
        QVERIFY(qAbs(*v.value - 100.0 * double(holders) / double(eligible)) < 1e-9);
    }
}

void TestDashboardRecords::kindKpisMatchTheRecords()
{
    KpiCalculator calculator(m_tv->vault->db());
    auto kpis = calculator.kpisOf(*m_catalog->model(32), {}, m_today);
    QVERIFY2(kpis.ok(), qPrintable(kpis.message()));
    QMap<QString, KpiValue> byId;
    for (const KpiValue& v : *kpis)
        byId.insert(v.definition->id, v);
    QCOMPARE(byId.value(u"welfare_digitised"_s).numerator, 5);
    QCOMPARE(byId.value(u"welfare_verified_share"_s).numerator, 1);
    QCOMPARE(byId.value(u"welfare_verified_share"_s).denominator, 5);
    QCOMPARE(*byId.value(u"welfare_verified_share"_s).value, 20.0);

    auto labour = calculator.kpisOf(*m_catalog->model(31), {}, m_today);
    QVERIFY(labour.ok());
    for (const KpiValue& v : *labour) {
        if (v.definition->id == u"labour_records")
            QCOMPARE(v.numerator, 4);
        if (v.definition->id == u"labour_verified_share")
            QCOMPARE(*v.value, 25.0);
    }
}

void TestDashboardRecords::progressAndOverdueFollowTheUpdates()
{
    PlanRepository repository(*m_tv->vault, *m_catalog, *m_roles);
    for (const auto& [model, status] :
         {std::pair{19, ReportedStatus::InProgress}, std::pair{2, ReportedStatus::Done},
          std::pair{30, ReportedStatus::Blocked}}) {
        ProgressUpdate u;
        u.modelNumber = model;
        u.reportedOn = m_today;
        u.status = status;
        auto e = repository.addProgress(u);
        QVERIFY2(e.ok(), qPrintable(e.message()));
    }
    DashboardQueries queries(*m_tv->vault, *m_catalog, *m_roles);
    auto groups = queries.progressByGroup(m_today);
    QVERIFY2(groups.ok(), qPrintable(groups.message()));
    QCOMPARE(groups->size(), 5);
    const QList<int> sizes{5, 13, 11, 3, 6};
    int models = 0;
    for (const GroupProgress& g : *groups) {
        QCOMPARE(g.models, sizes.at(g.group - 1));
        int sum = 0;
        for (auto it = g.byStatus.cbegin(); it != g.byStatus.cend(); ++it)
            sum += it.value();
        QCOMPARE(sum, g.models);
        models += g.models;
    }
    QCOMPARE(models, 38);
    QCOMPARE(groups->at(0).count(ModelStatus::Done), 1); // model 2

    auto overdue = queries.overdue(m_today);
    QVERIFY2(overdue.ok(), qPrintable(overdue.message()));
    // Overdue: a dated deadline before today and no "done" (whatever else was reported).
    QList<int> expected;
    for (const PlanModel& m : m_catalog->models()) {
        if (m.deadline.kind == ModelDeadline::Date && m.deadline.date < m_today && m.number != 2)
            expected << m.number;
    }
    QList<int> shown;
    for (const OverdueModel& o : *overdue) {
        shown << o.modelNumber;
        QCOMPARE(o.daysLate, o.deadline.daysTo(m_today));
    }
    QCOMPARE(shown, expected);
    QVERIFY(shown.contains(19));
}

QString TestDashboardRecords::snapshot()
{
    DashboardQueries q(*m_tv->vault, *m_catalog, *m_roles);
    QStringList out;
    // Each result is kept in a variable: a range-for over *temporary would read a destroyed list.
    const auto states = q.verificationStates();
    const auto coverage = q.digitalCoverageByHamlet();
    const auto pyramid = q.populationPyramid(m_today);
    const auto weekly = q.digitisationByWeek(IsoWeek::containing(m_today));
    const auto labour = q.labourStatusBySex();
    if (!states || !coverage || !pyramid || !weekly || !labour)
        return u"query failed"_s;
    for (const VerificationStates& s : *states)
        out << u"%1 %2 %3 %4 %5"_s.arg(s.kind)
                   .arg(s.unverified)
                   .arg(s.verified)
                   .arg(s.mismatch)
                   .arg(s.notFound);
    for (const HamletCoverage& c : *coverage)
        out << u"%1 %2 %3 %4"_s.arg(c.hamlet).arg(c.residents).arg(c.vneid).arg(c.signature);
    for (const PyramidBand& b : *pyramid)
        out << u"%1 %2 %3"_s.arg(b.label()).arg(b.male).arg(b.female);
    for (const WeeklySeries& s : *weekly)
        for (const auto& [week, n] : s.weeks)
            out << u"%1 %2 %3"_s.arg(s.kind, week).arg(n);
    for (const LabourStatusRow& r : *labour)
        out << u"%1 %2 %3"_s.arg(r.status).arg(r.male).arg(r.female);
    const WelfareSummary w = *q.welfareByCategory();
    out << u"welfare %1 %2"_s.arg(w.beneficiaries).arg(w.monthlyTotal);
    return out.join(u'\n');
}

void TestDashboardRecords::sameFiguresAfterRebuild()
{
    const QString before = snapshot();
    // Rebuild every counter from the records: the figures must not move.
    QVERIFY(m_tv->vault->db().exec(u"DELETE FROM aggregates"_s).ok());
    QVERIFY(domain::ResidentAggregates::rebuild(m_tv->vault->db()).ok());
    auto rules = domain::WelfareRules::load();
    QVERIFY(rules.ok());
    QVERIFY(domain::WelfareRepository(*m_tv->vault, *m_roles, *rules).rebuildAggregates().ok());
    QVERIFY(domain::LabourRepository(*m_tv->vault, *m_roles).rebuildAggregates().ok());
    QVERIFY(domain::LandRepository(*m_tv->vault, *m_roles).rebuildAggregates().ok());
    QVERIFY(domain::CertifiedCopyRepository(*m_tv->vault, *m_roles).rebuildAggregates().ok());
    QCOMPARE(snapshot(), before);
}

} // namespace xaso::plan

QTEST_GUILESS_MAIN(xaso::plan::TestDashboardRecords)
#include "tst_dashboard_records.moc"
