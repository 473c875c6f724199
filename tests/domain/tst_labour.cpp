// Labour records on a real vault: the employment branches, age, rights, counters and import.
#include "aggregate_snapshot.h"
#include "domain/changes/aggregates.h"
#include "domain/labour/labour_import.h"
#include "vault_fixture.h"

#include <QFile>
#include <QTest>

using namespace xaso;
using namespace xaso::domain;

namespace {

LabourRecord employed()
{
    LabourRecord r;
    r.residentId = QStringLiteral("040090002222");
    r.fullName = QStringLiteral("Trần Văn Cường");
    r.birthDate = QDate(1990, 1, 1);
    r.sex = QStringLiteral("male");
    r.hamletCode = QStringLiteral("T01");
    r.areaType = QStringLiteral("rural");
    r.technicalLevel = QStringLiteral("college");
    r.status = QStringLiteral("employed");
    r.employmentStatus = QStringLiteral("employee");
    r.occupationCode = QStringLiteral("7212");
    r.industryCode = QStringLiteral("c");
    r.employer = QStringLiteral("Công ty TNHH Cơ khí Vinh");
    return r;
}

using xaso::test::aggregateSnapshot;

} // namespace

class TestLabour final : public QObject
{
    Q_OBJECT
private:
    std::optional<RoleCatalog> m_roles;

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_roles = *RoleCatalog::load();
    }

    void branches_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("fill");     // a field of some branch to fill
        QTest::addColumn<QString>("fragment"); // expected in the error; empty = accepted
        QTest::newRow("employed ok") << QStringLiteral("employed") << QString() << QString();
        QTest::newRow("employed with unemployed field")
            << QStringLiteral("employed") << QStringLiteral("unemployed_kind")
            << QStringLiteral("unemployed_kind");
        QTest::newRow("unemployed ok")
            << QStringLiteral("unemployed") << QStringLiteral("unemployed_kind") << QString();
        QTest::newRow("unemployed with employer")
            << QStringLiteral("unemployed") << QStringLiteral("employer") << QStringLiteral("employer");
        QTest::newRow("unemployed without kind")
            << QStringLiteral("unemployed") << QString() << QStringLiteral("never worked");
        QTest::newRow("outside ok") << QStringLiteral("outside") << QStringLiteral("outside_reason")
                                    << QString();
        QTest::newRow("outside with previous job")
            << QStringLiteral("outside") << QStringLiteral("previous_job") << QStringLiteral("previous_job");
        QTest::newRow("outside without reason")
            << QStringLiteral("outside") << QString() << QStringLiteral("reason");
    }
    void branches()
    {
        QFETCH(QString, status);
        QFETCH(QString, fill);
        QFETCH(QString, fragment);
        LabourRecord r = employed();
        r.status = status;
        if (status != QLatin1String("employed")) { // the employed fields are cleared first
            r.employmentStatus.clear();
            r.occupationCode.clear();
            r.industryCode.clear();
            r.employer.clear();
        }
        if (fill == QLatin1String("unemployed_kind"))
            r.unemployedKind = QStringLiteral("worked_before");
        else if (fill == QLatin1String("employer"))
            r.employer = QStringLiteral("HTX Hưng Đông");
        else if (fill == QLatin1String("outside_reason"))
            r.outsideReason = QStringLiteral("Đang đi học");
        else if (fill == QLatin1String("previous_job"))
            r.previousJob = QStringLiteral("Thợ xây"), r.outsideReason = QStringLiteral("Nghỉ hưu");
        labour::normalise(r);
        const Validation v = labour::validate(r, QDate(2026, 11, 23));
        if (fragment.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.toError().message));
        } else {
            QVERIFY(!v.ok());
            QVERIFY2(v.toError().message.contains(fragment), qPrintable(v.toError().message));
        }
    }

    void ageFifteenAndOver_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("15 today") << QDate(2011, 11, 23) << true;
        QTest::newRow("15 tomorrow") << QDate(2011, 11, 24) << false;
        QTest::newRow("60") << QDate(1966, 1, 1) << true;
    }
    void ageFifteenAndOver()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, accepted);
        LabourRecord r = employed();
        r.birthDate = birth;
        const Validation v = labour::validate(r, QDate(2026, 11, 23));
        QCOMPARE(v.hasError(QStringLiteral("birth_date")), !accepted);
    }

    void repositoryCountersAndRights()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        LabourRepository repo(*tv.vault, *m_roles);
        auto a = repo.insert(employed());
        QVERIFY2(a.ok(), qPrintable(a.message()));
        LabourRecord b = employed();
        b.residentId = QStringLiteral("040195001111");
        b.fullName = QStringLiteral("Lê Thị Mai");
        b.birthDate = QDate(1995, 4, 4);
        b.sex = QStringLiteral("female");
        auto saved = repo.insert(b);
        QVERIFY(saved.ok());
        const LabourRecord opened = *repo.get(saved->id);
        QCOMPARE(opened.abroad, std::optional<bool>(false));
        QCOMPARE(opened.industryCode, QStringLiteral("C"));
        LabourRecord lost = opened;
        lost.status = QStringLiteral("unemployed");
        lost.employmentStatus.clear();
        lost.occupationCode.clear();
        lost.industryCode.clear();
        lost.employer.clear();
        lost.abroad.reset();
        lost.unemployedKind = QStringLiteral("worked_before");
        lost.unemployedMonths = 3;
        QVERIFY2(repo.update(opened, lost).ok(), qPrintable(repo.update(opened, lost).message()));
        Aggregates agg(tv.vault->db());
        QCOMPARE(*agg.value(QStringLiteral("labour.by_status"), QStringLiteral("employed"),
                            QStringLiteral("male")),
                 qint64(1));
        QCOMPARE(*agg.value(QStringLiteral("labour.by_status"), QStringLiteral("unemployed"),
                            QStringLiteral("female")),
                 qint64(1));
        QCOMPARE(*agg.value(QStringLiteral("labour.by_status"), QStringLiteral("employed"),
                            QStringLiteral("female")),
                 qint64(0));
        ListQuery q;
        q.category = QStringLiteral("unemployed");
        QCOMPARE(repo.list(q)->items.size(), 1);
        QVERIFY(repo.setVerification(a->id, Verification::NotFound).ok());
        const QString incremental = aggregateSnapshot(tv.vault->db());
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(aggregateSnapshot(tv.vault->db()), incremental);

        test::TempVault land({QStringLiteral("dia_chinh")});
        LabourRepository refused(*land.vault, *m_roles);
        QCOMPARE(refused.insert(employed()).code(), ErrorCode::PermissionDenied);
        QCOMPARE(refused.get(a->id).code(), ErrorCode::PermissionDenied);
    }

    void importWithABadRow()
    {
        test::TempVault tv({QStringLiteral("to_cong_tac_06")});
        LabourRepository repo(*tv.vault, *m_roles);
        LabourRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        const QString csv = QStringLiteral(
            "Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Khu vực,Trình độ chuyên môn,Tình trạng việc "
            "làm,"
            "Vị thế việc làm,Mã ngành,Loại thất nghiệp,Lý do không tham gia\n"
            "Trần Văn Cường,040090002222,01/01/1990,Nam,Nông thôn,Cao đẳng,Có việc làm,Làm công ăn "
            "lương,C,,\n"
            "Lê Thị Mai,040195001111,04/04/1995,Nữ,Thanh thi,Dai hoc,That nghiep,,,Đã từng làm việc,\n"
            "Hồ Văn Hải,040150001111,02/03/1950,Nam,Nông thôn,,Thất nghiệp,Tự làm,,Đã từng làm việc,\n"
            "Phạm Thị Dung,040185003333,31/12/1985,Nữ,Nông thôn,Không,Ngoài lực lượng lao động,,,,Nội trợ\n");
        const QString path = tv.dir.filePath(QStringLiteral("labour.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        auto report = importer.run(path, mapper);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(!report->committed);
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.constFirst().row, 4);
        QCOMPARE(report->errors.constFirst().column, QStringLiteral("Vị thế việc làm"));
        QVERIFY(report->errors.constFirst().reason.contains(QLatin1String("employment_status")));
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM labour_records"))->toInt(), 0);

        ImportOptions skip;
        skip.skipInvalid = true;
        report = importer.run(path, mapper, skip);
        QVERIFY(report.ok() && report->committed);
        QCOMPARE(report->imported, 3);
        ListQuery q;
        q.search = QStringLiteral("le thi");
        auto mai = repo.list(q);
        QCOMPARE(mai->items.size(), 1);
        QCOMPARE(mai->items.constFirst().areaType, QStringLiteral("urban"));
        QCOMPARE(mai->items.constFirst().technicalLevel, QStringLiteral("university"));
        QCOMPARE(mai->items.constFirst().unemployedKind, QStringLiteral("worked_before"));
        QCOMPARE(*Aggregates(tv.vault->db())
                      .value(QStringLiteral("labour.by_status"), QStringLiteral("outside"),
                             QStringLiteral("female")),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestLabour)
#include "tst_labour.moc"
