// Assignments and progress of the plan's models in a real vault: history, validation that names
// the field, permissions by role, sealed evidence, and status that follows the clock.

#include "domain/copies/sealed_file_store.h"
#include "domain/plan/kpi_calculator.h"
#include "domain/plan/plan_overview.h"
#include "vault_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace xaso::plan {

class TestPlanRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assignmentsKeepHistory();
    void assignRefusesUnknownRoleAndModel();
    void progressHistoryOldestFirst();
    void progressValidation_data();
    void progressValidation();
    void readOnlyRoleMayNotWrite();
    void evidenceIsSealedAndChecked();
    void statusFollowsTheClock();

private:
    qint64 count(storage::Vault& vault, const QString& sql);
    void setDay(test::TempVault& tv, QDate day) { tv.clock.set(QDateTime(day, QTime(9, 0), Qt::UTC)); }

    std::optional<ModelCatalog> m_catalog;
    std::optional<RoleCatalog> m_roles;
};

qint64 TestPlanRepository::count(storage::Vault& vault, const QString& sql)
{
    auto v = vault.db().scalar(sql);
    return v ? v->toLongLong() : -1;
}

void TestPlanRepository::initTestCase()
{
    QVERIFY(crypto::initializeCrypto().ok());
    auto catalog = ModelCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.message()));
    m_catalog = std::move(*catalog);
    auto roles = RoleCatalog::load();
    QVERIFY2(roles.ok(), qPrintable(roles.message()));
    m_roles = std::move(*roles);
}

void TestPlanRepository::assignmentsKeepHistory()
{
    test::TempVault tv({u"cong_an"_s});
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    auto first = repo.assign(19, u"cong_an"_s, u"Nguyễn Văn An"_s, {}, QDate(2026, 11, 1));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    auto second =
        repo.assign(19, u"to_cong_tac_06"_s, u"Trần Thị Bình"_s, {u"van_hoa_xa_hoi"_s, u" Ngân hàng "_s});
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QCOMPARE(second->assignedOn, QDate(2026, 11, 23)); // today by the vault's clock

    auto history = repo.assignmentHistory(19);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).leadOfficerName, u"Nguyễn Văn An"_s);
    auto current = repo.currentAssignment(19);
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->leadRole, u"to_cong_tac_06"_s);
    QCOMPARE((*current)->cooperating, (QStringList{u"van_hoa_xa_hoi"_s, u"Ngân hàng"_s}));
    auto none = repo.currentAssignment(20);
    QVERIFY(none.ok() && !none->has_value());
    QCOMPARE(repo.currentAssignments()->size(), 1);

    // Written through RecordWriter: outbox rows, audit rows, the catalog version noted.
    QCOMPARE(count(*tv.vault, u"SELECT count(*) FROM change_log WHERE tbl = 'plan_assignments'"_s), 2);
    QCOMPARE(count(*tv.vault, u"SELECT count(*) FROM audit_log WHERE tbl = 'plan_assignments'"_s), 2);
    QCOMPARE(count(*tv.vault, u"SELECT version FROM plan_catalog_versions"_s), m_catalog->version());
    auto audit = storage::AuditLog::verify(tv.vault->db(), tv.vault->profile().signingPublicKey);
    QVERIFY(audit.ok() && audit->intact);
}

void TestPlanRepository::assignRefusesUnknownRoleAndModel()
{
    test::TempVault tv({u"cong_an"_s});
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    auto role = repo.assign(3, u"thu_ky"_s, {}, {});
    QCOMPARE(role.code(), ErrorCode::InvalidArgument);
    QVERIFY2(role.message().contains(u"thu_ky"_s), qPrintable(role.message()));
    auto model = repo.assign(39, u"cong_an"_s, {}, {});
    QCOMPARE(model.code(), ErrorCode::NotFound);
    QVERIFY2(model.message().contains(u"39"_s), qPrintable(model.message()));
    auto comma = repo.assign(3, u"cong_an"_s, {}, {u"A, B"_s});
    QCOMPARE(comma.code(), ErrorCode::InvalidArgument);
    QCOMPARE(count(*tv.vault, u"SELECT count(*) FROM plan_assignments"_s), 0);
}

void TestPlanRepository::progressHistoryOldestFirst()
{
    test::TempVault tv({u"cong_an"_s});
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    setDay(tv, QDate(2026, 11, 2));
    auto a = repo.addProgress(
        {3, {}, ReportedStatus::InProgress, {{u"paperless_services"_s, 8}}, u"Rà soát 8 DVC"_s, {}, {}, {}});
    QVERIFY2(a.ok(), qPrintable(a.message()));
    setDay(tv, QDate(2026, 11, 16));
    auto b = repo.addProgress({3, {}, std::nullopt, {}, u"Tập huấn cán bộ"_s, u"Thiếu máy quét"_s, {}, {}});
    QVERIFY2(b.ok(), qPrintable(b.message()));
    QCOMPARE(b->status, ReportedStatus::InProgress); // kept from the update before
    // Back-dated: recorded later, reported for an earlier day; history follows the report date.
    auto c = repo.addProgress(
        {3, QDate(2026, 11, 9), ReportedStatus::InProgress, {{u"paperless_services"_s, 12}}, {}, {}, {}, {}});
    QVERIFY2(c.ok(), qPrintable(c.message()));

    auto history = repo.history(3);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).reportedOn, QDate(2026, 11, 2));
    QCOMPARE(history->at(1).reportedOn, QDate(2026, 11, 9));
    QCOMPARE(history->at(2).problems, u"Thiếu máy quét"_s);
    QCOMPARE(history->at(0).catalogVersion, m_catalog->version());
    QCOMPARE(history->at(0).reportedBy, u"Cán bộ thử nghiệm"_s);
    // The last update did not repeat the KPI: its latest value stands.
    QCOMPARE(latestEnteredKpis(*history).value(u"paperless_services"_s), 12.0);
    QCOMPARE(count(*tv.vault, u"SELECT count(*) FROM change_log WHERE tbl = 'model_progress'"_s), 3);
    QCOMPARE(count(*tv.vault, u"SELECT kpi_values = 'paperless_services=12' FROM model_progress WHERE "
                              "reported_on = '2026-11-09'"_s),
             1);
}

void TestPlanRepository::progressValidation_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const int invalid = int(ErrorCode::InvalidArgument);
    QTest::newRow("no such model") << 39 << QString() << 0.0 << QDate() << int(ErrorCode::NotFound)
                                   << u"39"_s;
    QTest::newRow("KPI of another model")
        << 3 << u"essential_services"_s << 5.0 << QDate() << invalid << u"essential_services"_s;
    QTest::newRow("computed KPI") << 19 << u"vneid_level2_share"_s << 50.0 << QDate() << invalid
                                  << u"computed"_s;
    QTest::newRow("percent over 100")
        << 6 << u"clinics_accepting_cccd_share"_s << 120.0 << QDate() << invalid << u"100"_s;
    QTest::newRow("negative") << 3 << u"paperless_services"_s << -1.0 << QDate() << invalid << u"negative"_s;
    QTest::newRow("future date") << 3 << QString() << 0.0 << QDate(2026, 11, 24) << invalid
                                 << u"2026-11-24"_s;
}

void TestPlanRepository::progressValidation()
{
    QFETCH(int, model);
    QFETCH(QString, kpi);
    QFETCH(double, value);
    QFETCH(QDate, date);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    test::TempVault tv({u"cong_an"_s});
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    ProgressUpdate u;
    u.modelNumber = model;
    u.reportedOn = date;
    u.status = ReportedStatus::InProgress;
    if (!kpi.isEmpty())
        u.kpiValues.insert(kpi, value);
    auto r = repo.addProgress(u);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.code()), code);
    QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
    QCOMPARE(count(*tv.vault, u"SELECT count(*) FROM model_progress"_s), 0);
    QCOMPARE(count(*tv.vault, u"SELECT count(*) FROM change_log"_s), 0);
}

void TestPlanRepository::readOnlyRoleMayNotWrite()
{
    test::TempVault tv({u"tram_y_te"_s}); // models: read
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    auto w = repo.addProgress({6, {}, ReportedStatus::InProgress, {}, u"x"_s, {}, {}, {}});
    QCOMPARE(w.code(), ErrorCode::PermissionDenied);
    QVERIFY2(w.message().contains(u"models"_s), qPrintable(w.message()));
    QCOMPARE(repo.assign(6, u"tram_y_te"_s, {}, {}).code(), ErrorCode::PermissionDenied);
    QVERIFY(repo.history(6).ok()); // reading is allowed
}

void TestPlanRepository::evidenceIsSealedAndChecked()
{
    test::TempVault tv({u"cong_an"_s});
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    const QByteArray minutes = "BIEN BAN hop To cong tac 06 ngay 20/11/2026 - noi dung xac nhan tien do";
    ProgressUpdate u{
        19, {}, ReportedStatus::InProgress, {}, u"Họp tổ công tác"_s, {}, u"/tmp/bien-ban.txt"_s, minutes};
    auto entry = repo.addProgress(u);
    QVERIFY2(entry.ok(), qPrintable(entry.message()));
    QVERIFY(!entry->evidenceFileId.isEmpty());

    domain::SealedFileStore store(*tv.vault);
    auto info = store.info(entry->evidenceFileId);
    QVERIFY(info.ok());
    QCOMPARE(info->name, u"bien-ban.txt"_s); // folders dropped
    QCOMPARE(info->mime, u"text/plain"_s);
    QCOMPARE(info->size, minutes.size());
    auto opened = store.read(entry->evidenceFileId);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(*opened, minutes);
    auto history = repo.history(19);
    QCOMPARE(history->last().evidenceFileId, entry->evidenceFileId);

    // Sealed at rest: the plain text is not in the row, and a flipped byte is detected.
    auto sealed = tv.vault->db().prepare(u"SELECT sealed FROM sealed_files"_s);
    QVERIFY(sealed.ok() && *sealed->step());
    QByteArray blob = sealed->blob(0);
    sealed->reset();
    QVERIFY(!blob.contains("BIEN BAN"));
    blob[blob.size() / 2] = char(blob.at(blob.size() / 2) ^ 0x01);
    auto tx = storage::Transaction::begin(tv.vault->db());
    QVERIFY(tx.ok());
    auto up = tv.vault->db().prepare(u"UPDATE sealed_files SET sealed = ?"_s);
    QVERIFY(up.ok() && up->bind(1, blob).exec().ok());
    QVERIFY(tx->commit().ok());
    QCOMPARE(store.read(entry->evidenceFileId).code(), ErrorCode::Tampered);
}

void TestPlanRepository::statusFollowsTheClock()
{
    test::TempVault tv({u"van_hoa_xa_hoi"_s, u"cong_an"_s});
    PlanRepository repo(*tv.vault, *m_catalog, *m_roles);
    auto statusOf = [&](int number) {
        auto overview = loadPlanOverview(repo, *m_catalog, todayFrom(tv.clock));
        return overview ? overview->at(number - 1).status : ModelStatus::NotStarted;
    };
    setDay(tv, QDate(2024, 3, 1));
    QCOMPARE(statusOf(32), ModelStatus::NotStarted);
    QVERIFY(repo.addProgress({32, {}, ReportedStatus::InProgress, {}, u"Bắt đầu số hóa"_s, {}, {}, {}}).ok());
    QCOMPARE(statusOf(32), ModelStatus::InProgress);
    QCOMPARE(statusOf(22), ModelStatus::Recurring);
    setDay(tv, QDate(2024, 3, 31));
    QCOMPARE(statusOf(32), ModelStatus::InProgress);
    setDay(tv, QDate(2024, 4, 1));
    QCOMPARE(statusOf(32), ModelStatus::Overdue);
    QVERIFY(repo.addProgress({32, {}, ReportedStatus::Done, {}, u"Hoàn thành"_s, {}, {}, {}}).ok());
    QCOMPARE(statusOf(32), ModelStatus::Done);
    // Looking back to a date before the "done" update shows the picture of that day.
    auto before = loadPlanOverview(repo, *m_catalog, QDate(2024, 3, 15));
    QVERIFY(before.ok());
    QCOMPARE(before->at(31).status, ModelStatus::InProgress);
    QCOMPARE(before->at(31).history.size(), 1);
}

} // namespace xaso::plan

QTEST_GUILESS_MAIN(xaso::plan::TestPlanRepository)
#include "tst_plan_repository.moc"
