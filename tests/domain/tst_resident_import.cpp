// ResidentImport and ResidentExport on real vaults: every encoding of the fixtures (title rows,
// Vietnamese headers with or without diacritics, an STT column), all-or-nothing by default with
// every bad row and column named, --skip-invalid, dry run, cancel (vault unchanged), the error
// report, households grouped under their head, and an export that imports back.

#include "domain/residents/resident_export.h"
#include "domain/residents/resident_import.h"
#include "domain/residents/resident_repository.h"
#include "io/csv_reader.h"
#include "io/xlsx_reader.h"
#include "test_env.h"
#include "tst_resident_support.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

namespace {

QString fixture(const char* name)
{
    return test::sourcePath(u"tests/domain/data/"_s + QString::fromLatin1(name));
}

// What a failed or cancelled import must leave untouched.
struct VaultState
{
    qint64 residents, households, changes, audit, counters, tokens;
    bool operator==(const VaultState&) const = default;
};

VaultState state(storage::Vault& v)
{
    return {test::scalar(v, u"SELECT count(*) FROM residents"_s),
            test::scalar(v, u"SELECT count(*) FROM households"_s),
            test::scalar(v, u"SELECT count(*) FROM change_log"_s),
            test::scalar(v, u"SELECT count(*) FROM audit_log"_s),
            test::scalar(v, u"SELECT count(*) FROM aggregates"_s),
            test::scalar(v, u"SELECT count(*) FROM resident_name_index"_s)};
}

QStringList readAll(const QString& path)
{
    auto reader = io::TableReader::forFile(path);
    QStringList lines;
    if (!reader->open(path).ok())
        return lines;
    io::TableRow row;
    while (*reader->next(row))
        lines.append(row.cells.join(u'|'));
    return lines;
}

} // namespace

class TestResidentImport final : public QObject
{
    Q_OBJECT

private slots:
    void importsEveryEncoding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("UTF-8 with BOM, commas, numbering row") << fixture("residents_utf8_bom.csv");
        QTest::newRow("UTF-16LE, tabs, headers without diacritics, NFD")
            << fixture("residents_utf16le_tab.txt");
        QTest::newRow("UTF-8, semicolons, short headers") << fixture("residents_utf8_semicolon.csv");
    }

    void importsEveryEncoding()
    {
        QFETCH(QString, path);
        test::TempVault tv(test::policeRole());
        ResidentImport import(*tv.vault, test::roleCatalog());
        auto summary = import.run(path);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QVERIFY(summary->committed);
        QCOMPARE(summary->rowsRead, 5);
        QCOMPARE(summary->inserted, 5);
        QCOMPARE(summary->householdsCreated, 2);
        QVERIFY(summary->errors.isEmpty());

        ResidentRepository repo(*tv.vault, test::roleCatalog());
        auto hoa = repo.get(u"001190000001"_s, SensitiveFields::IncludeIfAllowed);
        QVERIFY(hoa.ok());
        QCOMPARE(hoa->fullName, u"Đặng Thị Hoa"_s); // NFC, whatever the file held
        QCOMPARE(hoa->birthDate, QDate(1990, 1, 2));
        QCOMPARE(hoa->sex, std::optional<Sex>(Sex::Female));
        QCOMPARE(hoa->hamletCode, u"Xóm 1"_s); // "xóm 01" resolved to the hamlet of the row above
        QCOMPARE(hoa->religion, u"Công giáo"_s);
        QCOMPARE(hoa->relationToHead, u"Vợ"_s);
        auto head = repo.get(u"001085012345"_s);
        QCOMPARE(head->phone, u"0912345678"_s);
        QCOMPARE(head->relationToHead, u"Chủ hộ"_s);
        QVERIFY(!head->householdId.isEmpty());
        QCOMPARE(hoa->householdId, head->householdId);
        QCOMPARE(repo.get(u"001215000002"_s)->householdId, head->householdId);
        QCOMPARE(repo.get(u"001215000002"_s)->birthYear, 2015);
        QCOMPARE(repo.get(u"001160000003"_s)->phone, u"0987654321"_s);
        QVERIFY(repo.get(u"001088000004"_s)->householdId.isEmpty()); // no relation: no household
        QCOMPARE(test::scalar(*tv.vault,
                              u"SELECT count(*) FROM households WHERE head_resident_id = '001085012345'"_s),
                 1);

        // Bulk mode: one summary audit row, no row per record; every record is in the outbox.
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s), 1);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM audit_log WHERE action = 'insert'"_s), 0);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM change_log WHERE tbl = 'residents'"_s), 5);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM change_log WHERE tbl = 'households'"_s), 2);
        QCOMPARE(*repo.total(), 5);
        const QStringList counters = test::residentCounters(*tv.vault);
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(test::residentCounters(*tv.vault), counters);
    }

    void badRowsWriteNothingAndAreNamed()
    {
        test::TempVault tv(test::policeRole());
        const VaultState before = state(*tv.vault);
        ResidentImport import(*tv.vault, test::roleCatalog());
        auto summary = import.run(fixture("residents_bad_rows.csv"));
        QCOMPARE(summary.code(), ErrorCode::InvalidArgument);
        QVERIFY2(summary.message().contains(u"nothing was imported"_s), qPrintable(summary.message()));
        QCOMPARE(state(*tv.vault), before);

        // Data rows start on line 3 (title, header).
        const QList<ImportIssue>& errors = import.errors();
        QStringList got;
        for (const ImportIssue& e : errors)
            got.append(u"%1 %2"_s.arg(e.row).arg(e.column));
        QCOMPARE(got, (QStringList{u"4 Số định danh cá nhân"_s, u"5 Ngày sinh"_s, u"6 Họ và tên"_s,
                                   u"7 Giới tính"_s, u"8 Số định danh cá nhân"_s}));
        QVERIFY(errors.at(0).reason.startsWith(u"Row 4: Personal ID: Character 5"_s));
        QVERIFY2(errors.at(4).reason.contains(u"001085012345 is already recorded"_s),
                 qPrintable(errors.at(4).reason));
        QCOMPARE(import.summary().invalidRows, 5);
        QCOMPARE(import.summary().inserted, 0);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"errors.csv"_s);
        QVERIFY(import.writeErrorReport(csv).ok());
        const QStringList lines = readAll(csv);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), u"Row|Column|Problem"_s);
        QVERIFY(lines.at(2).startsWith(u"5|Ngày sinh|Row 5: Date of birth: "_s));
        const QString xlsx = dir.filePath(u"errors.xlsx"_s);
        QVERIFY(import.writeErrorReport(xlsx).ok());
        QCOMPARE(readAll(xlsx).size(), 6);
        QCOMPARE(readAll(xlsx).at(1), lines.at(1));
    }

    void skipInvalidCommitsTheValidRows()
    {
        test::TempVault tv(test::policeRole());
        ResidentImport import(*tv.vault, test::roleCatalog());
        ResidentImport::Options options;
        options.skipInvalid = true;
        auto summary = import.run(fixture("residents_bad_rows.csv"), options);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QVERIFY(summary->committed);
        QCOMPARE(summary->inserted, 2);
        QCOMPARE(summary->invalidRows, 5);
        QCOMPARE(summary->errors.size(), 5);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM residents"_s), 2);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM residents WHERE id IN ('001085012345', "
                                         "'001191000014')"_s),
                 2);
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s), 1);
    }

    void dryRunChecksEverythingAndWritesNothing()
    {
        test::TempVault tv(test::policeRole());
        const VaultState before = state(*tv.vault);
        ResidentImport import(*tv.vault, test::roleCatalog());
        ResidentImport::Options options;
        options.dryRun = true;
        auto summary = import.run(fixture("residents_utf8_bom.csv"), options);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QVERIFY(!summary->committed);
        QCOMPARE(summary->validRows, 5);
        QCOMPARE(state(*tv.vault), before);
    }

    void cancelLeavesTheVaultUnchanged()
    {
        test::TempVault tv(test::policeRole());
        ResidentImport first(*tv.vault, test::roleCatalog());
        QVERIFY(first.run(fixture("residents_utf8_bom.csv")).ok());
        const VaultState before = state(*tv.vault);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính\n");
        for (int i = 0; i < 1200; ++i)
            file.write(
                u"Nguyễn Văn Số,%1,1980,Nam\n"_s.arg(u"001080%1"_s.arg(i + 100000, 6, 10, QLatin1Char('0')))
                    .toUtf8());
        file.close();

        ResidentImport import(*tv.vault, test::roleCatalog());
        ResidentImport::Options options;
        int calls = 0;
        options.progress = [&](qint64 done, qint64 total, qint64 rows) {
            ++calls;
            return !(done > 0 && total > 0 && rows >= 1000);
        };
        auto summary = import.run(path, options);
        QCOMPARE(summary.code(), ErrorCode::Cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(state(*tv.vault), before);
    }

    void missingRequiredColumnIsNamed()
    {
        test::TempVault tv(test::policeRole());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"noid.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("STT,Họ và tên,Ngày sinh\n1,Lê Văn A,1980\n");
        file.close();
        auto summary = ResidentImport(*tv.vault, test::roleCatalog()).run(path);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.message().contains(u"Số định danh cá nhân"_s), qPrintable(summary.message()));
    }

    void needsWriteAccess()
    {
        test::TempVault tv(QStringList{u"van_phong_thong_ke"_s});
        auto summary = ResidentImport(*tv.vault, test::roleCatalog()).run(fixture("residents_utf8_bom.csv"));
        QCOMPARE(summary.code(), ErrorCode::PermissionDenied);
    }

    void exportImportsBack_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("csv") << u"residents.csv"_s;
        QTest::newRow("xlsx") << u"residents.xlsx"_s;
    }

    void exportImportsBack()
    {
        QFETCH(QString, fileName);
        test::TempVault source(test::policeRole());
        QVERIFY(
            ResidentImport(*source.vault, test::roleCatalog()).run(fixture("residents_utf8_bom.csv")).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        ResidentExport::Options options;
        options.includeSensitive = true;
        auto written = ResidentExport(*source.vault, test::roleCatalog()).exportTo(path, options);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(*written, 5);
        QCOMPARE(test::scalar(*source.vault, u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s), 1);
        QCOMPARE(
            test::scalar(*source.vault, u"SELECT count(*) FROM audit_log WHERE action = 'read-sensitive'"_s),
            1);

        test::TempVault target(test::policeRole());
        auto imported = ResidentImport(*target.vault, test::roleCatalog()).run(path);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported->inserted, 5);
        ResidentRepository a(*source.vault, test::roleCatalog());
        ResidentRepository b(*target.vault, test::roleCatalog());
        for (const QString& id : {u"001085012345"_s, u"001190000001"_s, u"001215000002"_s, u"001160000003"_s,
                                  u"001088000004"_s}) {
            auto x = a.get(id, SensitiveFields::IncludeIfAllowed);
            auto y = b.get(id, SensitiveFields::IncludeIfAllowed);
            QVERIFY(x.ok() && y.ok());
            QCOMPARE(y->fullName, x->fullName);
            QCOMPARE(y->birthDate, x->birthDate);
            QCOMPARE(y->birthYear, x->birthYear);
            QCOMPARE(y->sex, x->sex);
            QCOMPARE(y->hamletCode, x->hamletCode);
            QCOMPARE(y->phone, x->phone);
            QCOMPARE(y->ethnicity, x->ethnicity);
            QCOMPARE(y->relationToHead, x->relationToHead);
        }
    }

    void exportLeavesOutSensitiveColumnsWithoutTheGrant()
    {
        test::TempVault tv(QStringList{u"to_cong_tac_06"_s});
        QVERIFY(ResidentImport(*tv.vault, test::roleCatalog()).run(fixture("residents_utf8_bom.csv")).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        ResidentExport::Options options;
        options.includeSensitive = true; // asked for, not granted
        QVERIFY(ResidentExport(*tv.vault, test::roleCatalog()).exportTo(path, options).ok());
        const QStringList lines = readAll(path);
        QCOMPARE(lines.size(), 6);
        QVERIFY(!lines.first().contains(u"Dân tộc"_s));
        QVERIFY(!lines.join(u'\n').contains(u"Công giáo"_s));
        QCOMPARE(test::scalar(*tv.vault, u"SELECT count(*) FROM audit_log WHERE action = 'read-sensitive'"_s),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestResidentImport)
#include "tst_resident_import.moc"
