// Làm sạch against the commune police's extract: verified, mismatch with the fields that differ,
// not found; extract rows without a resident or with a bad ID; a second run changes nothing;
// markVerified; cancel; and the counters still equal a rebuild.

#include "domain/residents/cleaning.h"
#include "domain/residents/resident_import.h"
#include "domain/residents/resident_repository.h"
#include "test_env.h"
#include "tst_resident_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

namespace {

QString fixture(const char* name)
{
    return test::sourcePath(u"tests/domain/data/"_s + QString::fromLatin1(name));
}

} // namespace

class TestCleaning final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempVault> fresh()
    {
        auto tv = std::make_unique<test::TempVault>(test::policeRole());
        auto imported =
            ResidentImport(*tv->vault, test::roleCatalog()).run(fixture("residents_utf8_bom.csv"));
        if (!imported)
            qFatal("import: %s", qPrintable(imported.message()));
        return tv;
    }

private slots:
    void verifiesMismatchesAndNotFound()
    {
        auto tv = fresh();
        Cleaning cleaning(*tv->vault, test::roleCatalog());
        auto summary = cleaning.verifyAgainst(fixture("police_extract.csv"));
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(summary->referenceRows, 6);
        QCOMPARE(summary->verified, 2);
        QCOMPARE(summary->mismatched, 2);
        QCOMPARE(summary->notFound, 1);
        QCOMPARE(summary->referenceOnly, 1);
        QCOMPARE(summary->changed, 5);
        QCOMPARE(summary->rowErrors.size(), 1);
        QCOMPARE(summary->rowErrors.first().row, 10);
        QVERIFY2(summary->rowErrors.first().message.contains(u"Character 12"_s),
                 qPrintable(summary->rowErrors.first().message));

        QCOMPARE(summary->mismatches.size(), 2);
        const CleaningMismatch& hoa = summary->mismatches.at(0);
        QCOMPARE(hoa.residentId, u"001190000001"_s);
        QCOMPARE(hoa.referenceRow, 6);
        QCOMPARE(hoa.fields, (QStringList{u"birth_date"_s, u"sex"_s})); // "Hòa" folds like "Hoa"
        QCOMPARE(hoa.vaultValues, (QStringList{u"02/01/1990"_s, u"Nữ"_s}));
        QCOMPARE(hoa.referenceValues, (QStringList{u"02/01/1991"_s, u"Nam"_s}));
        QCOMPARE(summary->mismatches.at(1).fields, QStringList{u"full_name"_s});

        ResidentRepository repo(*tv->vault, test::roleCatalog());
        auto state = [&](const QString& id) { return repo.get(id)->verification; };
        QCOMPARE(state(u"001085012345"_s), Verification::Verified);
        QCOMPARE(state(u"001160000003"_s), Verification::Verified); // a bare year in the extract agrees
        QCOMPARE(state(u"001190000001"_s), Verification::Mismatch);
        QCOMPARE(repo.get(u"001190000001"_s)->verificationDiff, (QStringList{u"birth_date"_s, u"sex"_s}));
        QCOMPARE(state(u"001215000002"_s), Verification::Mismatch);
        QCOMPARE(state(u"001088000004"_s), Verification::NotFound);
        QVERIFY(repo.get(u"001085012345"_s)->verifiedAtMs > 0);

        QCOMPARE(
            test::scalar(*tv->vault, u"SELECT count(*) FROM audit_log WHERE action = 'verify-against'"_s), 1);
        const QStringList counters = test::residentCounters(*tv->vault);
        QVERIFY(counters.contains(u"records.verification|residents|verified=2"_s));
        QVERIFY(counters.contains(u"records.verification|residents|mismatch=2"_s));
        QVERIFY(counters.contains(u"records.verified_week|residents|2026-W48=2"_s));
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(test::residentCounters(*tv->vault), counters);

        // The same extract again: nothing to rewrite.
        const qint64 changes = test::scalar(*tv->vault, u"SELECT count(*) FROM change_log"_s);
        auto again = cleaning.verifyAgainst(fixture("police_extract.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again->changed, 0);
        QCOMPARE(test::scalar(*tv->vault, u"SELECT count(*) FROM change_log"_s), changes);

        // A reviewer accepts the record after checking it.
        QVERIFY(cleaning.markVerified(u"001215000002"_s).ok());
        QCOMPARE(state(u"001215000002"_s), Verification::Verified);
        QVERIFY(repo.get(u"001215000002"_s)->verificationDiff.isEmpty());
        QCOMPARE(cleaning.markVerified(u"001099000099"_s).code(), ErrorCode::NotFound);
    }

    void partialExtractLeavesOthersAlone()
    {
        auto tv = fresh();
        Cleaning::Options options;
        options.markMissingAsNotFound = false;
        auto summary =
            Cleaning(*tv->vault, test::roleCatalog()).verifyAgainst(fixture("police_extract.csv"), options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->notFound, 0);
        QCOMPARE(ResidentRepository(*tv->vault, test::roleCatalog()).get(u"001088000004"_s)->verification,
                 Verification::Unverified);
    }

    void cancelChangesNothing()
    {
        auto tv = fresh();
        const qint64 changes = test::scalar(*tv->vault, u"SELECT count(*) FROM change_log"_s);
        // The extract is small, so cancel from the first (and only) progress call of a larger file.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính\n001085012345,Nguyễn Văn "
                   "Dũng,12/05/1985,Nam\n");
        for (int i = 0; i < 1100; ++i)
            file.write(u"001080%1,Người Khác,1980,Nam\n"_s.arg(i + 200000, 6, 10, QLatin1Char('0')).toUtf8());
        file.close();
        Cleaning::Options options;
        options.progress = [](qint64, qint64) { return false; };
        auto summary = Cleaning(*tv->vault, test::roleCatalog()).verifyAgainst(path, options);
        QCOMPARE(summary.code(), ErrorCode::Cancelled);
        QCOMPARE(test::scalar(*tv->vault, u"SELECT count(*) FROM change_log"_s), changes);
        QCOMPARE(
            test::scalar(*tv->vault, u"SELECT count(*) FROM residents WHERE verification != 'unverified'"_s),
            0);
    }

    void needsWriteAccess()
    {
        test::TempVault tv(QStringList{u"van_phong_thong_ke"_s});
        auto summary = Cleaning(*tv.vault, test::roleCatalog()).verifyAgainst(fixture("police_extract.csv"));
        QCOMPARE(summary.code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestCleaning)
#include "tst_cleaning.moc"
