// Duplicates: probable pairs (same folded name and birth date; same phone and given name) and a
// merge that moves the household links and the checklist and tombstones the dropped record.

#include "domain/residents/digital_citizen_repository.h"
#include "domain/residents/duplicates.h"
#include "domain/residents/household_repository.h"
#include "domain/residents/resident_repository.h"
#include "tst_resident_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

class TestDuplicates final : public QObject
{
    Q_OBJECT

private slots:
    void findsProbablePairsAndMerges()
    {
        test::TempVault tv(test::policeRole());
        const auto& roles = test::roleCatalog();
        ResidentRepository repo(*tv.vault, roles);
        // 001085012345 and 001085012354: one ID mistyped, same name (typed differently) and date.
        Resident kept =
            test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male, {});
        Resident dropped = test::person(u"001085012354"_s, u"NGUYEN VAN DUNG"_s, QDate(1985, 5, 12),
                                        Sex::Male, u"Xóm 2"_s, u"0912345678"_s);
        dropped.ethnicity = u"Kinh"_s;
        // Same phone and given name, different family name spelling and no birth date.
        Resident phoneA = test::person(u"001190000001"_s, u"Đặng Thị Hoa"_s, QDate(), Sex::Female, u"Xóm 1"_s,
                                       u"0987654321"_s);
        Resident phoneB = test::person(u"001190000002"_s, u"Đăng Thị Hoa"_s, QDate(1990, 1, 1), Sex::Female,
                                       u"Xóm 1"_s, u"0987654321"_s);
        // Not duplicates: same name, other date; same phone, other given name.
        Resident other = test::person(u"001085099999"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 13), Sex::Male);
        Resident family = test::person(u"001192000003"_s, u"Đặng Thị Lan"_s, QDate(1992, 1, 1), Sex::Female,
                                       u"Xóm 1"_s, u"0987654321"_s);
        for (const Resident& r : {kept, dropped, phoneA, phoneB, other, family})
            QVERIFY2(repo.insert(r).ok(), qPrintable(r.id));

        Duplicates duplicates(*tv.vault, roles);
        auto pairs = duplicates.probable();
        QVERIFY2(pairs.ok(), qPrintable(pairs.message()));
        QCOMPARE(pairs->size(), 2);
        QCOMPARE(pairs->at(0).first.id, u"001085012345"_s);
        QCOMPARE(pairs->at(0).second.id, u"001085012354"_s);
        QCOMPARE(pairs->at(0).reasons,
                 QList<DuplicatePair::Reason>{DuplicatePair::Reason::SameNameAndBirthDate});
        QCOMPARE(pairs->at(1).first.id, u"001190000001"_s);
        QCOMPARE(pairs->at(1).second.id, u"001190000002"_s);
        QCOMPARE(pairs->at(1).reasons,
                 QList<DuplicatePair::Reason>{DuplicatePair::Reason::SamePhoneAndGivenName});
        QVERIFY(pairs->at(0).second.ethnicity.isEmpty()); // never the sensitive fields

        // The dropped record heads a household and has a checklist.
        HouseholdRepository households(*tv.vault, roles);
        Household h;
        h.headResidentId = dropped.id;
        h.hamletCode = u"Xóm 2"_s;
        auto hid = households.insert(h);
        QVERIFY(hid.ok());
        DigitalCitizenRepository digital(*tv.vault, roles);
        QVERIFY(digital.setStep(dropped.id, DigitalStep::VneidLevel2, QDate(2025, 6, 1)).ok());
        QVERIFY(digital.setStep(dropped.id, DigitalStep::EPayment, QDate(2025, 7, 1)).ok());
        QVERIFY(digital.setStep(kept.id, DigitalStep::VneidLevel2, QDate(2025, 8, 1)).ok());

        QCOMPARE(duplicates.merge(kept.id, kept.id).code(), ErrorCode::InvalidArgument);
        QVERIFY2(duplicates.merge(kept.id, dropped.id).ok(), "merge");

        auto result = repo.get(kept.id, SensitiveFields::IncludeIfAllowed);
        QVERIFY(result.ok());
        QCOMPARE(result->fullName, u"Nguyễn Văn Dũng"_s); // the kept record's own value
        QCOMPARE(result->phone, u"0912345678"_s);         // taken from the dropped one
        QCOMPARE(result->hamletCode, u"Xóm 2"_s);
        QCOMPARE(result->ethnicity, u"Kinh"_s);
        QCOMPARE(result->householdId, *hid);
        QCOMPARE(result->relationToHead, u"Chủ hộ"_s);
        QCOMPARE(households.get(*hid)->headResidentId, kept.id);
        auto checklist = digital.get(kept.id);
        QCOMPARE(checklist->date(DigitalStep::VneidLevel2), QDate(2025, 6, 1)); // the earlier date
        QCOMPARE(checklist->date(DigitalStep::EPayment), QDate(2025, 7, 1));
        QCOMPARE(repo.get(dropped.id).code(), ErrorCode::NotFound);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT deleted FROM residents WHERE id = '001085012354'"_s), 1);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT deleted FROM digital_citizen WHERE id = '001085012354'"_s),
                 1);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM audit_log WHERE action = 'merge'"_s), 1);

        auto after = duplicates.probable();
        QCOMPARE(after->size(), 1);
        // An ID is never reused, also after a merge.
        QCOMPARE(repo.insert(dropped).code(), ErrorCode::Conflict);

        const QStringList counters = test::residentCounters(*tv.vault);
        QVERIFY(counters.contains(u"digital.by_hamlet|Xóm 2|vneid=1"_s));
        QVERIFY(counters.contains(u"residents.total||=5"_s));
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(test::residentCounters(*tv.vault), counters);
    }

    void mergeNeedsWriteAccess()
    {
        test::TempVault tv(QStringList{u"van_phong_thong_ke"_s});
        QCOMPARE(
            Duplicates(*tv.vault, test::roleCatalog()).merge(u"001085012345"_s, u"001085012354"_s).code(),
            ErrorCode::PermissionDenied);
        QVERIFY(Duplicates(*tv.vault, test::roleCatalog()).probable().ok());
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
