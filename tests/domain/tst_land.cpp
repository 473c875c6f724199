// Land certificates and their co-owners on a real vault: serials, shares, edits, rights, import.
#include "aggregate_snapshot.h"
#include "domain/changes/aggregates.h"
#include "domain/land/land_import.h"
#include "vault_fixture.h"

#include <QFile>
#include <QTest>

using namespace xaso;
using namespace xaso::domain;

namespace {

LandRecord parcel(QList<double> shares)
{
    LandRecord r;
    r.certificateSerial = QStringLiteral("cs-123456");
    r.registerNumber = QStringLiteral("CH01234");
    r.mapSheet = QStringLiteral("12");
    r.parcelNumber = QStringLiteral("345");
    r.areaM2 = 215.5;
    r.purpose = QStringLiteral("ont, cln");
    r.term = QStringLiteral("Lâu dài");
    r.hamletCode = QStringLiteral("T03");
    const QStringList names{QStringLiteral("Nguyễn Văn Nam"), QStringLiteral("Lê Thị Lan"),
                            QStringLiteral("Nguyễn Văn Bắc")};
    for (qsizetype i = 0; i < shares.size(); ++i)
        r.coOwners.append({QString(), QString(), names.value(i, QStringLiteral("Người %1").arg(i)),
                           shares.at(i), QStringLiteral("user")});
    return r;
}

using xaso::test::aggregateSnapshot;

} // namespace

class TestLand final : public QObject
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

    void serial_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("CS 123456") << QStringLiteral("CS 123456");
        QTest::newRow("lower, no space") << QStringLiteral("cs123456") << QStringLiteral("CS 123456");
        QTest::newRow("dash and spaces") << QStringLiteral(" BA-123 456 ") << QStringLiteral("BA 123456");
        QTest::newRow("five digits") << QStringLiteral("CS 12345") << QString();
        QTest::newRow("one letter") << QStringLiteral("C 123456") << QString();
        QTest::newRow("digits only") << QStringLiteral("12123456") << QString();
    }
    void serial()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(land::normaliseSerial(input).value_or(QString()), expected);
    }

    void sharesSumToAHundred_data()
    {
        QTest::addColumn<QList<double>>("shares");
        QTest::addColumn<QString>("sum"); // empty: accepted
        QTest::newRow("one owner") << QList<double>{100} << QString();
        QTest::newRow("halves") << QList<double>{50, 50} << QString();
        QTest::newRow("thirds within tolerance") << QList<double>{33.33, 33.33, 33.34} << QString();
        QTest::newRow("thirds rounded down") << QList<double>{33.33, 33.33, 33.33} << QStringLiteral("99.99");
        QTest::newRow("too much") << QList<double>{60, 50} << QStringLiteral("110.00");
        QTest::newRow("too little") << QList<double>{40, 50} << QStringLiteral("90.00");
    }
    void sharesSumToAHundred()
    {
        QFETCH(QList<double>, shares);
        QFETCH(QString, sum);
        LandRecord r = parcel(shares);
        land::normalise(r);
        const Validation v = land::validate(r, QDate(2026, 11, 23));
        if (sum.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.toError().message));
        } else {
            QVERIFY(v.hasError(QStringLiteral("share_percent")));
            QVERIFY2(v.toError().message.contains(sum), qPrintable(v.toError().message));
        }
    }

    void otherRules()
    {
        LandRecord r = parcel({100});
        r.areaM2 = 0;
        r.purpose = QStringLiteral("đất ở");
        r.coOwners[0].residentId = QStringLiteral("123");
        land::normalise(r);
        const Validation v = land::validate(r, QDate(2026, 11, 23));
        QVERIFY(v.hasError(QStringLiteral("area_m2")));
        QVERIFY(v.hasError(QStringLiteral("purpose")));
        QVERIFY(v.hasError(QStringLiteral("co_owners[1].resident_id")));
        r.coOwners.clear();
        QVERIFY(land::validate(r, QDate(2026, 11, 23)).hasError(QStringLiteral("co_owners")));
    }

    void repositoryWithCoOwners()
    {
        test::TempVault tv({QStringLiteral("dia_chinh")});
        LandRepository repo(*tv.vault, *m_roles);
        auto saved = repo.insert(parcel({50, 50}));
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        const LandRecord opened = *repo.get(saved->id);
        QCOMPARE(opened.certificateSerial, QStringLiteral("CS 123456"));
        QCOMPARE(opened.purpose, QStringLiteral("ONT+CLN"));
        QCOMPARE(opened.coOwners.size(), 2);

        // The same serial twice is refused.
        auto again = repo.insert(parcel({100}));
        QCOMPARE(again.code(), ErrorCode::InvalidArgument);
        QVERIFY(again.message().contains(QLatin1String("CS 123456")));

        // Add a third person and rebalance; a wrong sum is refused and changes nothing.
        LandRecord edited = opened;
        edited.coOwners[0].sharePercent = 40;
        edited.coOwners[1].sharePercent = 40;
        edited.coOwners.append(
            {QString(), QString(), QStringLiteral("Nguyễn Văn Bắc"), 10, QStringLiteral("owner")});
        auto bad = repo.update(opened, edited);
        QCOMPARE(bad.code(), ErrorCode::InvalidArgument);
        QVERIFY2(bad.message().contains(QLatin1String("90.00")), qPrintable(bad.message()));
        QCOMPARE(repo.get(saved->id)->coOwners.size(), 2);
        edited.coOwners[2].sharePercent = 20;
        QVERIFY2(repo.update(opened, edited).ok(), qPrintable(repo.update(opened, edited).message()));
        LandRecord now = *repo.get(saved->id);
        QCOMPARE(now.coOwners.size(), 3);

        // Remove one person and give the share to another.
        LandRecord fewer = now;
        const QString gone = fewer.coOwners.takeLast().id;
        for (LandCoOwner& c : fewer.coOwners)
            c.sharePercent = 50;
        QVERIFY(repo.update(now, fewer).ok());
        QCOMPARE(repo.get(saved->id)->coOwners.size(), 2);
        QCOMPARE(tv.vault->db()
                     .scalar(QStringLiteral("SELECT deleted FROM land_co_owners WHERE id = '%1'").arg(gone))
                     ->toInt(),
                 1);

        ListQuery q;
        q.search = QStringLiteral("cs12");
        QCOMPARE(repo.list(q)->items.size(), 1);
        QCOMPARE(repo.list(q)->items.constFirst().coOwners.size(), 2);
        QVERIFY(repo.setVerification(saved->id, Verification::Verified).ok());
        QCOMPARE(*Aggregates(tv.vault->db())
                      .value(QStringLiteral("records.verification"), QStringLiteral("land"),
                             QStringLiteral("verified")),
                 qint64(1));
        const QString incremental = aggregateSnapshot(tv.vault->db());
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(aggregateSnapshot(tv.vault->db()), incremental);
        QVERIFY(repo.remove(saved->id).ok());
        QCOMPARE(tv.vault->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM land_co_owners WHERE deleted = 0"))
                     ->toInt(),
                 0);
        QCOMPARE(aggregateSnapshot(tv.vault->db()), QString());
    }

    void welfareOfficerCannotWriteLand()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        LandRepository repo(*tv.vault, *m_roles);
        QCOMPARE(repo.insert(parcel({100})).code(), ErrorCode::PermissionDenied);
        QCOMPARE(repo.list({}).code(), ErrorCode::PermissionDenied);
    }

    void importGroupsRowsBySerial()
    {
        test::TempVault tv({QStringLiteral("dia_chinh")});
        LandRepository repo(*tv.vault, *m_roles);
        LandRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        const QString csv = QStringLiteral(
            "STT;Số phát hành GCN;Số vào sổ;Tờ bản đồ số;Thửa đất số;Diện tích;Mục đích sử dụng;Họ và tên;"
            "Tỷ lệ sở hữu (%)\n"
            "1;CS 100001;CH001;5;10;150,5;ONT;Nguyễn Văn Nam;\n"
            "2;CS 100001;;;;;;Lê Thị Lan;\n"
            "3;CS 100002;CH002;5;11;300;LUC;Hồ Văn Hải;60\n"
            "4;CS 100002;;;;;;Hồ Thị Hà;30\n"
            "5;CS 100003;CH003;6;1;80;CLN;Trần Văn Cường;\n"
            "6;CS-10004;CH004;6;2;90;CLN;Đặng Văn Đông;\n");
        const QString path = tv.dir.filePath(QStringLiteral("land.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        auto report = importer.run(path, mapper);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(!report->committed);
        QCOMPARE(report->refused, 2);
        QCOMPARE(report->errors.size(), 2);
        QCOMPARE(report->errors.at(0).row, 7); // CS-10004: five digits, found while reading
        QCOMPARE(report->errors.at(0).column, QStringLiteral("Số phát hành GCN"));
        QCOMPARE(report->errors.at(1).row, 4); // CS 100002: 60 + 30, found at the end
        QVERIFY(report->errors.at(1).reason.contains(QLatin1String("90.00")));
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM land_records"))->toInt(), 0);

        ImportOptions skip;
        skip.skipInvalid = true;
        report = importer.run(path, mapper, skip);
        QVERIFY2(report.ok() && report->committed, qPrintable(report->summary()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM land_records"))->toInt(), 2);
        ListQuery q;
        q.search = QStringLiteral("CS 100001");
        auto first = repo.list(q);
        QCOMPARE(first->items.size(), 1);
        const LandRecord& r = first->items.constFirst();
        QCOMPARE(r.areaM2, 150.5);
        QCOMPARE(r.coOwners.size(), 2);
        QCOMPARE(r.coOwners.at(0).sharePercent + r.coOwners.at(1).sharePercent, 100.0); // split equally
        QCOMPARE(*Aggregates(tv.vault->db())
                      .value(QStringLiteral("records.added_week"), QStringLiteral("land"),
                             QStringLiteral("2026-W48")),
                 qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestLand)
#include "tst_land.moc"
