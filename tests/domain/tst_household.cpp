// Households: the head is linked on insert, members join and leave, the poverty counters follow
// every change, removing a household unlinks its members, Nghị định 07/2021's classification, and
// the export of a hamlet's households (what the filtered list shows).

#include "domain/kinds/record_kind_io.h"
#include "domain/residents/household_record.h"
#include "domain/residents/household_repository.h"
#include "domain/residents/resident_repository.h"
#include "tst_resident_support.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

class TestHousehold final : public QObject
{
    Q_OBJECT

private slots:
    void membersAndPovertyCounters()
    {
        test::TempVault tv(test::policeRole());
        const auto& roles = test::roleCatalog();
        ResidentRepository residents(*tv.vault, roles);
        for (const Resident& r :
             {test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male),
              test::person(u"001190000001"_s, u"Đặng Thị Hoa"_s, QDate(1990, 1, 2), Sex::Female),
              test::person(u"001215000002"_s, u"Nguyễn Minh Anh"_s, QDate(2015, 1, 2), Sex::Male)})
            QVERIFY(residents.insert(r).ok());

        HouseholdRepository households(*tv.vault, roles);
        Household h;
        h.headResidentId = u"001085012345"_s;
        h.address = u"  Xóm 1,  Hưng Đông "_s;
        h.hamletCode = u"xom 1"_s;
        h.areaType = AreaType::Rural;
        h.assessmentYear = 2025;
        h.povertyStatus = PovertyStatus::Poor;
        h.setDeprived(Deprivation::HealthInsurance, true);
        h.setDeprived(Deprivation::Latrine, true);
        h.setDeprived(Deprivation::InformationAccess, true);
        auto id = households.insert(h);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(id->size(), 32);

        auto stored = households.get(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->address, u"Xóm 1, Hưng Đông"_s);
        QCOMPARE(stored->hamletCode, u"Xóm 1"_s); // resolved to the hamlet the residents live in
        QCOMPARE(stored->deprivationCount(), 3);
        QVERIFY(stored->deprived(Deprivation::Latrine));
        QVERIFY(!stored->deprived(Deprivation::Telecom));
        QCOMPARE(residents.get(u"001085012345"_s)->relationToHead, u"Chủ hộ"_s);

        QVERIFY(households.setMember(u"001190000001"_s, *id, u"Vợ"_s).ok());
        QVERIFY(households.setMember(u"001215000002"_s, *id, u"Con"_s).ok());
        auto members = households.members(*id);
        QVERIFY(members.ok());
        QStringList names;
        for (const Resident& r : std::as_const(*members))
            names.append(r.fullName);
        QCOMPARE(names, (QStringList{u"Nguyễn Minh Anh"_s, u"Nguyễn Văn Dũng"_s, u"Đặng Thị Hoa"_s}));
        QCOMPARE(households.setMember(u"001190000001"_s, u"nope"_s, u"Vợ"_s).code(), ErrorCode::NotFound);
        QCOMPARE(households.setMember(u"001099000099"_s, *id, u"Con"_s).code(), ErrorCode::NotFound);

        auto counters = test::residentCounters(*tv.vault);
        QVERIFY(counters.contains(u"households.poverty|poor|=1"_s));
        stored->povertyStatus = PovertyStatus::NearPoor;
        stored->setDeprived(Deprivation::Latrine, false);
        QVERIFY(households.update(*stored).ok());
        QCOMPARE(households.get(*id)->deprivationCount(), 2);
        counters = test::residentCounters(*tv.vault);
        QVERIFY(counters.contains(u"households.poverty|near_poor|=1"_s));
        QVERIFY(!counters.join(u'\n').contains(u"households.poverty|poor"_s));

        QVERIFY(households.remove(*id).ok());
        QCOMPARE(households.get(*id).code(), ErrorCode::NotFound);
        QVERIFY(residents.get(u"001190000001"_s)->householdId.isEmpty());
        QVERIFY(residents.get(u"001190000001"_s)->relationToHead.isEmpty());
        counters = test::residentCounters(*tv.vault);
        QVERIFY(!counters.join(u'\n').contains(u"households.poverty"_s));
        QVERIFY(residents.rebuildAggregates().ok());
        QCOMPARE(test::residentCounters(*tv.vault), counters);
    }

    // Keys start with the creation time, so later households sort later (their index entries
    // are appended); the rest is random, so two made in the same millisecond still differ.
    void newKeysSortByCreationTime()
    {
        const QString a = households::newId(1'764'000'000'000);
        const QString b = households::newId(1'764'000'000'000);
        const QString c = households::newId(1'764'000'000'001);
        for (const QString& id : {a, b, c}) {
            QCOMPARE(id.size(), 32);
            QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(id).hasMatch());
        }
        QVERIFY(a != b);
        QCOMPARE(a.left(12), b.left(12));
        QVERIFY(a < c && b < c);
        QCOMPARE(a.left(12), u"019ab697e800"_s); // 1,764,000,000,000 ms in 48 bits, big-endian
    }

    void needsWriteAccess()
    {
        test::TempVault tv(QStringList{u"van_phong_thong_ke"_s});
        HouseholdRepository households(*tv.vault, test::roleCatalog());
        auto id = households.insert(Household());
        QCOMPARE(id.code(), ErrorCode::PermissionDenied);
        QVERIFY2(id.message().contains(u"households"_s), qPrintable(id.message()));
    }

    void exportFollowsTheHamletFilter()
    {
        test::TempVault tv(test::policeRole());
        const auto& roles = test::roleCatalog();
        ResidentRepository residents(*tv.vault, roles);
        HouseholdRepository households(*tv.vault, roles);
        const QList<std::pair<QString, QString>> heads{{u"001085012345"_s, u"Xóm 1"_s},
                                                       {u"001190000001"_s, u"Xóm 2"_s},
                                                       {u"001175000003"_s, u"Xóm 2"_s}};
        for (const auto& [id, hamlet] : heads) {
            QVERIFY(residents
                        .insert(test::person(id, u"Nguyễn Văn Chủ Hộ"_s,
                                             QDate(1970 + int(id.right(1).toInt()), 1, 2), Sex::Male, hamlet))
                        .ok());
            Household h;
            h.headResidentId = id;
            h.address = hamlet + u", Hưng Đông"_s;
            h.hamletCode = hamlet;
            auto saved = households.insert(h);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
        }
        auto io = RecordKindIo::make(u"households"_s, *tv.vault, roles);
        QVERIFY(io.ok());
        for (const auto& [hamlet, expected] : QList<std::pair<QString, QStringList>>{
                 {QString(), {u"001085012345"_s, u"001175000003"_s, u"001190000001"_s}},
                 {u"Xóm 2"_s, {u"001175000003"_s, u"001190000001"_s}},
                 {u"Xóm 9"_s, {}}}) {
            RecordExportOptions options;
            options.filter.hamlet = hamlet;
            const QString path = tv.dir.filePath(u"ho.csv"_s);
            auto written = (*io)->exportTo(path, options);
            QVERIFY2(written.ok(), qPrintable(written.message()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
            lines.removeFirst(); // the header
            QStringList found;
            for (const QString& line : std::as_const(lines))
                found.append(line.section(u',', 0, 0).remove(u'"'));
            found.sort();
            QCOMPARE(found, expected);
            QCOMPARE(*written, qint64(expected.size()));
        }
    }

    void classify_data()
    {
        QTest::addColumn<qint64>("income");
        QTest::addColumn<int>("deprivations");
        QTest::addColumn<int>("area");
        QTest::addColumn<int>("expected");
        const int rural = int(AreaType::Rural), urban = int(AreaType::Urban);
        QTest::newRow("rural poor") << qint64(1500000) << 3 << rural << int(PovertyStatus::Poor);
        QTest::newRow("rural near-poor") << qint64(1500000) << 2 << rural << int(PovertyStatus::NearPoor);
        QTest::newRow("rural average") << qint64(1500001) << 5 << rural << int(PovertyStatus::Average);
        QTest::newRow("rural above average") << qint64(2250001) << 0 << rural << int(PovertyStatus::None);
        QTest::newRow("urban poor") << qint64(2000000) << 4 << urban << int(PovertyStatus::Poor);
        QTest::newRow("urban average") << qint64(2500000) << 0 << urban << int(PovertyStatus::Average);
        QTest::newRow("urban above") << qint64(3000001) << 0 << urban << int(PovertyStatus::None);
    }

    void classify()
    {
        QFETCH(qint64, income);
        QFETCH(int, deprivations);
        QFETCH(int, area);
        QFETCH(int, expected);
        QCOMPARE(int(HouseholdRepository::classify(income, deprivations, AreaType(area), PovertyStandard())),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestHousehold)
#include "tst_household.moc"
