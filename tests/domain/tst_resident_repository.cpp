// ResidentRepository: keyset paging returns every row exactly once in list order (also filtered),
// roles are enforced, sensitive fields go only to roles granted them and each read is audited,
// edits keep what the editor could not see, and the counters always equal a rebuild.

#include "domain/residents/cleaning.h"
#include "domain/residents/digital_citizen_repository.h"
#include "domain/residents/household_repository.h"
#include "domain/residents/resident_aggregates.h"
#include "domain/residents/resident_repository.h"
#include "domain/residents/resident_writer.h"
#include "tst_resident_support.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

namespace {

const QStringList kFamilies{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Đặng"_s, u"Hoàng"_s};
const QStringList kMiddles{u"Văn"_s, u"Thị"_s, u"Minh"_s, u"Thị Thu"_s};
const QStringList kGiven{u"Anh"_s, u"Ánh"_s, u"Dũng"_s, u"Dung"_s, u"Đức"_s, u"Hoa"_s, u"Hòa"_s, u"Lan"_s};

// n residents in 3 hamlets with many equal given names (so the id tiebreak matters).
void populate(storage::Vault& vault, int n)
{
    auto tx = storage::Transaction::begin(vault.db());
    QVERIFY(tx.ok());
    ResidentWriter writer(vault, ResidentWriter::Mode::Bulk);
    for (int i = 0; i < n; ++i) {
        const bool female = i % 2;
        const QString id =
            u"001%1%2%3"_s.arg(female ? 1 : 0).arg(70 + i % 30).arg(i, 6, 10, QLatin1Char('0'));
        Resident r =
            test::person(id,
                         kFamilies.at(i % kFamilies.size()) + u' ' + kMiddles.at(i % kMiddles.size()) + u' ' +
                             kGiven.at((i / 3) % kGiven.size()),
                         QDate(1970 + i % 30, 1 + i % 12, 1 + i % 28), female ? Sex::Female : Sex::Male,
                         u"Xóm %1"_s.arg(1 + i % 3));
        QVERIFY2(writer.addResident(r).ok(), qPrintable(id));
    }
    QVERIFY(writer.finish(u"test"_s, {}).ok());
    QVERIFY(tx->commit().ok());
}

QStringList pageThrough(ResidentRepository& repo, const ResidentFilter& filter, int pageSize)
{
    QStringList ids;
    std::optional<ResidentPageKey> after;
    std::optional<ResidentPageKey> previous;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = repo.listPage(filter, after, pageSize);
        if (!page)
            qFatal("listPage: %s", qPrintable(page.message()));
        for (const Resident& r : std::as_const(page->rows)) {
            const ResidentPageKey key = ResidentPageKey::of(r);
            if (previous) {
                const auto a = std::tie(previous->givenNameFolded, previous->nameFolded, previous->id);
                const auto b = std::tie(key.givenNameFolded, key.nameFolded, key.id);
                if (!(a < b))
                    qFatal("out of order at %s", qPrintable(r.id));
            }
            previous = key;
            ids.append(r.id);
        }
        if (!page->next)
            break;
        after = page->next;
    }
    return ids;
}

} // namespace

class TestResidentRepository final : public QObject
{
    Q_OBJECT

private slots:
    void keysetPagingReturnsEveryRowOnce()
    {
        test::TempVault tv(test::policeRole());
        populate(*tv.vault, 157);
        ResidentRepository repo(*tv.vault, test::roleCatalog());
        QVERIFY(repo.remove(u"001070000000"_s).ok()); // a tombstone is never listed

        for (int pageSize : {1, 7, 50, 500}) {
            const QStringList ids = pageThrough(repo, {}, pageSize);
            QCOMPARE(ids.size(), 156);
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 156);
            QVERIFY(!ids.contains(u"001070000000"_s));
        }
        ResidentFilter hamlet;
        hamlet.hamletCode = u"Xóm 2"_s;
        const QStringList inHamlet = pageThrough(repo, hamlet, 10);
        QCOMPARE(inHamlet.size(),
                 test::scalar(*tv.vault, u"SELECT count(*) FROM residents WHERE deleted = 0 AND "
                                         "hamlet_code = 'Xóm 2'"_s));
        QCOMPARE(QSet<QString>(inHamlet.cbegin(), inHamlet.cend()).size(), inHamlet.size());

        QVERIFY(Cleaning(*tv.vault, test::roleCatalog()).markVerified(u"001171000001"_s).ok());
        ResidentFilter verified;
        verified.verification = Verification::Verified;
        QCOMPARE(pageThrough(repo, verified, 3), QStringList{u"001171000001"_s});
        verified.hamletCode = u"Xóm 1"_s; // 001171000001 lives in Xóm 2
        QVERIFY(pageThrough(repo, verified, 3).isEmpty());
    }

    void deepPageUsesTheIndex()
    {
        test::TempVault tv(test::policeRole());
        // The plan must be an index range, never a scan with OFFSET or a sort of the whole table.
        for (const char* sql :
             {"EXPLAIN QUERY PLAN SELECT id FROM residents WHERE deleted = 0 AND (given_name_folded, "
              "name_folded, id) "
              "> ('a', 'b', 'c') ORDER BY given_name_folded, name_folded, id LIMIT 51",
              "EXPLAIN QUERY PLAN SELECT id FROM residents WHERE deleted = 0 AND hamlet_code = 'x' AND "
              "(given_name_folded, name_folded, id) > ('a', 'b', 'c') ORDER BY given_name_folded, "
              "name_folded, id "
              "LIMIT 51"}) {
            auto st = tv.vault->db().prepare(QString::fromLatin1(sql));
            QVERIFY(st.ok());
            QString plan;
            while (*st->step())
                plan += st->text(3) + u'\n';
            QVERIFY2(plan.contains(u"USING INDEX"_s) && !plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        }
    }

    void sensitiveFieldsOnlyForGrantedRoles()
    {
        Resident r = test::person(u"001190012345"_s, u"Đặng Thị Hoa"_s, QDate(1990, 3, 4), Sex::Female);
        r.ethnicity = u"Thái"_s;
        r.religion = u"Phật giáo"_s;
        const QString readSensitive = u"SELECT count(*) FROM audit_log WHERE action = 'read-sensitive'"_s;

        test::TempVault police(test::policeRole());
        ResidentRepository granted(*police.vault, test::roleCatalog());
        QVERIFY(granted.insert(r).ok());
        auto plain = granted.get(r.id);
        QVERIFY(plain.ok());
        QVERIFY(plain->ethnicity.isEmpty() && !plain->sensitiveIncluded); // not asked for
        QCOMPARE(test::scalar(*police.vault, readSensitive), 0);
        auto full = granted.get(r.id, SensitiveFields::IncludeIfAllowed);
        QVERIFY(full.ok());
        QVERIFY(full->sensitiveIncluded);
        QCOMPARE(full->ethnicity, u"Thái"_s);
        QCOMPARE(full->religion, u"Phật giáo"_s);
        QCOMPARE(test::scalar(*police.vault, readSensitive), 1);
        QCOMPARE(test::scalar(*police.vault,
                              u"SELECT count(*) FROM audit_log WHERE action = 'read-sensitive' AND "
                              "record_key = '001190012345'"_s),
                 1);
        auto page = granted.listPage({}, std::nullopt, 10, SensitiveFields::IncludeIfAllowed);
        QVERIFY(page.ok());
        QCOMPARE(page->rows.first().religion, u"Phật giáo"_s);
        QCOMPARE(test::scalar(*police.vault, readSensitive), 2);

        test::TempVault working(QStringList{u"to_cong_tac_06"_s}); // writes residents, no sensitive grant
        ResidentRepository denied(*working.vault, test::roleCatalog());
        QVERIFY(denied.insert(r).ok());
        auto got = denied.get(r.id, SensitiveFields::IncludeIfAllowed);
        QVERIFY(got.ok());
        QVERIFY(!got->sensitiveIncluded);
        QVERIFY(got->ethnicity.isEmpty() && got->religion.isEmpty());
        QCOMPARE(test::scalar(*working.vault, readSensitive), 0);
        // An edit by a role that cannot see them keeps the stored sensitive fields.
        got->phone = u"0912345678"_s;
        QVERIFY(denied.update(*got).ok());
        QCOMPARE(test::scalar(*working.vault, u"SELECT count(*) FROM residents WHERE ethnicity = 'Thái' AND "
                                              "religion = 'Phật giáo' AND phone = '0912345678'"_s),
                 1);
    }

    void permissionDenied()
    {
        const Resident r = test::person(u"001190012345"_s, u"Đặng Thị Hoa"_s, QDate(1990, 3, 4), Sex::Female);
        test::TempVault accounting(QStringList{u"ke_toan"_s}); // no resident access at all
        ResidentRepository none(*accounting.vault, test::roleCatalog());
        auto inserted = none.insert(r);
        QCOMPARE(inserted.code(), ErrorCode::PermissionDenied);
        QVERIFY2(inserted.message().contains(u"residents"_s), qPrintable(inserted.message()));
        QCOMPARE(none.get(r.id).code(), ErrorCode::PermissionDenied);
        QCOMPARE(none.listPage({}, std::nullopt, 10).code(), ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*accounting.vault, u"SELECT count(*) FROM residents"_s), 0);

        test::TempVault office(QStringList{u"van_phong_thong_ke"_s}); // reads residents only
        ResidentRepository reader(*office.vault, test::roleCatalog());
        QCOMPARE(reader.insert(r).code(), ErrorCode::PermissionDenied);
        QVERIFY(reader.listPage({}, std::nullopt, 10).ok());
        QCOMPARE(DigitalCitizenRepository(*office.vault, test::roleCatalog())
                     .setStep(r.id, DigitalStep::VneidLevel2, QDate(2026, 1, 2))
                     .code(),
                 ErrorCode::PermissionDenied);
    }

    void editingAComparedFieldVoidsVerification()
    {
        test::TempVault tv(test::policeRole());
        ResidentRepository repo(*tv.vault, test::roleCatalog());
        QVERIFY(
            repo.insert(test::person(u"001190012345"_s, u"Đặng Thị Hoa"_s, QDate(1990, 3, 4), Sex::Female))
                .ok());
        QVERIFY(Cleaning(*tv.vault, test::roleCatalog()).markVerified(u"001190012345"_s).ok());
        auto r = repo.get(u"001190012345"_s);
        QCOMPARE(r->verification, Verification::Verified);
        r->phone = u"0987654321"_s; // not compared with the police data
        QVERIFY(repo.update(*r).ok());
        QCOMPARE(repo.get(r->id)->verification, Verification::Verified);
        r->fullName = u"Đặng Thị Hòa"_s;
        QVERIFY(repo.update(*r).ok());
        QCOMPARE(repo.get(r->id)->verification, Verification::Unverified);
        // The name index follows the name: its 3 words alone, and their 3 pairs.
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM resident_name_index WHERE resident_id = "
                                         "'001190012345' AND name_folded = 'dang thi hoa'"_s),
                 6);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM resident_name_index WHERE resident_id = "
                                         "'001190012345'"_s),
                 6);
    }

    void countersEqualRebuildAfterWrites()
    {
        test::TempVault tv(test::policeRole());
        populate(*tv.vault, 40);
        const auto& roles = test::roleCatalog();
        ResidentRepository repo(*tv.vault, roles);
        HouseholdRepository households(*tv.vault, roles);
        DigitalCitizenRepository digital(*tv.vault, roles);

        QVERIFY(repo.insert(test::person(u"001190012345"_s, u"Đặng Thị Hoa"_s, QDate(1990, 3, 4), Sex::Female,
                                         u"xóm 01"_s))
                    .ok());
        QCOMPARE(repo.get(u"001190012345"_s)->hamletCode, u"Xóm 1"_s); // resolved to the known hamlet
        QVERIFY(digital.setStep(u"001190012345"_s, DigitalStep::VneidLevel2, QDate(2026, 3, 1)).ok());
        QVERIFY(digital.setStep(u"001070000000"_s, DigitalStep::EPayment, QDate(2026, 3, 2)).ok());
        QVERIFY(digital.setStep(u"001070000000"_s, DigitalStep::VneidLevel2, QDate(2026, 3, 2)).ok());
        auto moved = repo.get(u"001190012345"_s);
        moved->hamletCode = u"Xóm 3"_s;
        moved->setBirthYearOnly(1991);
        QVERIFY(repo.update(*moved).ok());
        QVERIFY(repo.remove(u"001171000001"_s).ok());
        QVERIFY(repo.remove(u"001070000000"_s).ok()); // had a checklist
        Household h;
        h.hamletCode = u"Xóm 2"_s;
        h.headResidentId = u"001072000002"_s;
        h.povertyStatus = PovertyStatus::Poor;
        auto hid = households.insert(h);
        QVERIFY2(hid.ok(), qPrintable(hid.message()));
        h.id = *hid;
        h.povertyStatus = PovertyStatus::NearPoor;
        QVERIFY(households.update(h).ok());
        QVERIFY(Cleaning(*tv.vault, roles).markVerified(u"001072000002"_s).ok());
        tv.clock.advanceMs(8LL * 24 * 3600 * 1000); // another ISO week
        QVERIFY(
            repo.insert(test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male))
                .ok());
        QVERIFY(digital.setStep(u"001085012345"_s, DigitalStep::DigitalSignature, QDate(2026, 11, 30)).ok());

        const QStringList maintained = test::residentCounters(*tv.vault);
        QVERIFY(maintained.contains(u"households.poverty|near_poor|=1"_s));
        QVERIFY(maintained.contains(u"residents.total||=40"_s));
        QVERIFY(maintained.contains(u"digital.by_hamlet|Xóm 3|vneid=1"_s));
        QVERIFY(maintained.contains(u"records.verification|residents|verified=1"_s));
        QVERIFY2(maintained.contains(u"records.added_week|residents|2026-W48=39"_s),
                 qPrintable(maintained.join(u'\n')));
        QVERIFY(maintained.contains(u"records.added_week|residents|2026-W49=1"_s));
        const Status rebuilt = repo.rebuildAggregates();
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.message()));
        QCOMPARE(test::residentCounters(*tv.vault), maintained);
        QCOMPARE(*repo.total(), 40);
    }

    void pyramidFromBirthYears()
    {
        test::TempVault tv(test::policeRole());
        ResidentRepository repo(*tv.vault, test::roleCatalog());
        QVERIFY(
            repo.insert(test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male))
                .ok());
        QVERIFY(repo.insert(test::person(u"001186012345"_s, u"Lê Thị Lan"_s, QDate(1986, 1, 2), Sex::Female))
                    .ok());
        QVERIFY(
            repo.insert(test::person(u"001220012345"_s, u"Lê Minh An"_s, QDate(2020, 1, 2), Sex::Male)).ok());
        auto bands = repo.pyramid(QDate(2026, 11, 23));
        QVERIFY(bands.ok());
        QCOMPARE(bands->size(), 21);
        QCOMPARE(bands->at(1).male, 1);   // 6 years old: 5–9
        QCOMPARE(bands->at(8).male, 1);   // 41: 40–44
        QCOMPARE(bands->at(8).female, 1); // 40
        QCOMPARE(bands->last().toAge, -1);
    }
};

QTEST_GUILESS_MAIN(TestResidentRepository)
#include "tst_resident_repository.moc"
