// Importing welfare lists through RecordImporter: header found under title lines with or without
// diacritics, all or nothing by default, skipInvalid, row and column named, progress and cancel.
#include "domain/welfare/welfare_import.h"
#include "vault_fixture.h"

#include <QFile>
#include <QTest>

using namespace xaso;
using namespace xaso::domain;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

const QString kList = QStringLiteral(
    "UBND XÃ HƯNG ĐÔNG\n"
    "DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI HƯỞNG TRỢ CẤP HẰNG THÁNG\n"
    "STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Diện hưởng,Số quyết định,Ngày quyết định,Hình thức chi "
    "trả,Số tài khoản,Thôn\n"
    "1,Nguyễn Văn An,040222001234,10/05/2022,Khoản 1 điểm b,125/QĐ-UBND,05/01/2023,Tiền mặt,,T01\n"
    "2,Lê Thị Hoa,040150001111,02/03/1950,k5a,126/QĐ-UBND,05/01/2023,Chuyển khoản,0123456,T02\n"
    "3,Trần Văn Cường,040090002222,01/01/1990,k5a,127/QĐ-UBND,05/01/2023,Tiền mặt,,T01\n"
    "4,Phạm Thị Dung,040185003333,31/02/1985,k8,128/QĐ-UBND,05/01/2023,Tiền mặt,,T03\n");

int count(storage::Vault& vault)
{
    return vault.db().scalar(QStringLiteral("SELECT count(*) FROM welfare_beneficiaries"))->toInt();
}

} // namespace

class TestWelfareImport final : public QObject
{
    Q_OBJECT
private:
    std::optional<RoleCatalog> m_roles;
    WelfareRules m_rules;

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_roles = *RoleCatalog::load();
        m_rules = *WelfareRules::load();
    }

    void parseClause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("point");
        QTest::newRow("k1") << QStringLiteral("k1") << QStringLiteral("k1") << QString();
        QTest::newRow("K5A") << QStringLiteral("K5A") << QStringLiteral("k5a") << QString();
        QTest::newRow("khoản điểm") << QStringLiteral("Khoản 1 điểm b") << QStringLiteral("k1")
                                    << QStringLiteral("b");
        QTest::newRow("điều khoản") << QStringLiteral("Điều 5 khoản 5 điểm a") << QStringLiteral("k5a")
                                    << QString();
        QTest::newRow("point đ") << QStringLiteral("Khoản 1 điểm đ") << QStringLiteral("k1")
                                 << QStringLiteral("đ");
        QTest::newRow("no diacritics") << QStringLiteral("khoan 6") << QStringLiteral("k6") << QString();
        QTest::newRow("k5 needs a letter") << QStringLiteral("k5") << QString() << QString();
        QTest::newRow("nonsense") << QStringLiteral("hộ nghèo") << QString() << QString();
    }
    void parseClause()
    {
        QFETCH(QString, text);
        QFETCH(QString, clause);
        QFETCH(QString, point);
        auto parsed = WelfareRowMapper::parseClause(text);
        QCOMPARE(parsed.has_value(), !clause.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->first, clause);
            QCOMPARE(parsed->second, point);
        }
    }

    void badRowsRefuseTheWholeFile()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        auto report = importer.run(writeFile(tv.dir, QStringLiteral("list.csv"), kList), mapper);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(!report->committed);
        QCOMPARE(report->headerRow, 3);
        QCOMPARE(report->rowsRead, 4);
        QCOMPARE(report->refused, 2);
        QCOMPARE(report->imported, 0);
        QCOMPARE(count(*tv.vault), 0);
        QCOMPARE(report->errors.size(), 2);
        QCOMPARE(report->errors.at(0).row, 6);
        QCOMPARE(report->errors.at(0).column, QStringLiteral("Diện hưởng"));
        QVERIFY(report->errors.at(0).reason.contains(QLatin1String("Age 36")));
        QCOMPARE(report->errors.at(1).row, 7);
        QCOMPARE(report->errors.at(1).column, QStringLiteral("Ngày sinh"));
        QVERIFY(report->summary().contains(QStringLiteral("Row 7, column “Ngày sinh”")));
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM change_log"))->toInt(), 0);
    }

    void skipInvalidKeepsTheGoodRows()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        ImportOptions options;
        options.skipInvalid = true;
        qint64 lastDone = -1;
        options.progress = [&lastDone](qint64 done, qint64) { lastDone = done; };
        auto report = importer.run(writeFile(tv.dir, QStringLiteral("list.csv"), kList), mapper, options);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(report->committed);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->refused, 2);
        QCOMPARE(count(*tv.vault), 2);
        QVERIFY(lastDone > 0);
        auto page = repo.list({});
        QCOMPARE(page->items.size(), 2);
        const WelfareBeneficiary& hoa = page->items.at(0); // "le thi hoa" sorts first
        QCOMPARE(hoa.clause, QStringLiteral("k5a"));
        QCOMPARE(hoa.paymentKind, QStringLiteral("bank"));
        QCOMPARE(hoa.monthlyAmount, qint64(750000)); // 76 years old, 1.5 × 500,000
        QCOMPARE(page->items.at(1).point, QStringLiteral("b"));
        QCOMPARE(page->items.at(1).startDate, QDate(2023, 1, 5)); // from the decision date
        QCOMPARE(tv.vault->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'"))
                     ->toInt(),
                 1);
    }

    void headersWithoutDiacritics()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        const QString csv = QStringLiteral("HO VA TEN;SO DINH DANH CA NHAN;NGAY SINH;DOI TUONG;SO QUYET DINH;"
                                           "HINH THUC CHI TRA;NGAY HUONG\n"
                                           "Hồ Văn Hải;040150001111;2/3/1950;K5A;1/QĐ;Tien mat;01/01/2024\n");
        auto report = importer.run(writeFile(tv.dir, QStringLiteral("plain.csv"), csv), mapper);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->committed, qPrintable(report->summary()));
        QCOMPARE(report->imported, 1);
    }

    void missingRequiredColumnIsAnError()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        const QString csv = QStringLiteral("Họ và tên,Số định danh cá nhân,Ngày sinh,Diện hưởng\n"
                                           "Hồ Văn Hải,040150001111,02/03/1950,k5a\n");
        auto report = importer.run(writeFile(tv.dir, QStringLiteral("short.csv"), csv), mapper);
        QCOMPARE(report.code(), ErrorCode::InvalidArgument);
        QVERIFY2(report.message().contains(QStringLiteral("Số quyết định")), qPrintable(report.message()));
    }

    void cancelWritesNothing()
    {
        test::TempVault tv({QStringLiteral("van_hoa_xa_hoi")});
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        ImportOptions options;
        options.skipInvalid = true;
        int calls = 0;
        options.cancelled = [&calls] { return ++calls > 2; };
        auto report = importer.run(writeFile(tv.dir, QStringLiteral("list.csv"), kList), mapper, options);
        QCOMPARE(report.code(), ErrorCode::Cancelled);
        QCOMPARE(count(*tv.vault), 0);
    }

    void importNeedsTheWriteRight()
    {
        test::TempVault tv({QStringLiteral("tram_y_te")}); // reads welfare, cannot write it
        WelfareRepository repo(*tv.vault, *m_roles, m_rules);
        WelfareRowMapper mapper(repo);
        RecordImporter importer(*tv.vault, *m_roles);
        auto report = importer.run(writeFile(tv.dir, QStringLiteral("list.csv"), kList), mapper);
        QCOMPARE(report.code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestWelfareImport)
#include "tst_welfare_import.moc"
