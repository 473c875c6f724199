// The register of certified copies on a real vault: numbers per year and book, the restart in a
// new year, two officers certifying at once on two connections, rights, corrections and import.
#include "aggregate_snapshot.h"
#include "domain/changes/aggregates.h"
#include "domain/copies/certified_copy_import.h"
#include "vault_fixture.h"

#include <QFile>
#include <QTest>

#include <thread>

using namespace xaso;
using namespace xaso::domain;

namespace {

CertifiedCopy draft(const QString& book = QStringLiteral("01"))
{
    CertifiedCopy c;
    c.bookNumber = book;
    c.certifierName = QStringLiteral("Nguyễn Văn Hùng");
    c.certifierTitle = QStringLiteral("Phó Chủ tịch");
    c.agency = QStringLiteral("UBND xã Hưng Đông");
    c.statement = QStringLiteral("Chứng thực bản sao này đúng với bản chính.");
    c.originalDocType = QStringLiteral("Giấy khai sinh");
    c.pageCount = 1;
    c.requesterName = QStringLiteral("Lê Thị Hoa");
    return c;
}

QList<int> sequences(storage::Database& db, int year, const QString& book)
{
    auto st =
        db.prepare(QStringLiteral("SELECT sequence FROM certified_copies WHERE year = ? AND book_number = ? "
                                  "ORDER BY sequence"));
    st->bind(1, qint64(year)).bind(2, book);
    QList<int> out;
    while (*st->step())
        out << st->int32(0);
    return out;
}

using xaso::test::aggregateSnapshot;

} // namespace

class TestCertifiedCopies final : public QObject
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

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sequence"); // 0: refused
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("type");
        QTest::newRow("full") << QStringLiteral("15/2026/SCT/BS") << 15 << 2026 << QStringLiteral("SCT/BS");
        QTest::newRow("with Số") << QStringLiteral("Số: 7/2025/SCT/BS") << 7 << 2025
                                 << QStringLiteral("SCT/BS");
        QTest::newRow("spaces") << QStringLiteral("15 / 2026 / sct/bs") << 15 << 2026
                                << QStringLiteral("SCT/BS");
        QTest::newRow("sequence only") << QStringLiteral("42") << 42 << 0 << QString();
        QTest::newRow("no digits") << QStringLiteral("SCT/BS") << 0 << 0 << QString();
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(int, sequence);
        QFETCH(int, year);
        QFETCH(QString, type);
        auto parsed = copies::parseNumber(text);
        QCOMPARE(parsed.has_value(), sequence > 0);
        if (parsed) {
            QCOMPARE(parsed->sequence, sequence);
            QCOMPARE(parsed->year, year);
            QCOMPARE(parsed->typeSymbol, type);
        }
        QCOMPARE(copies::numberText(15, 2026, QStringLiteral("SCT/BS")), QStringLiteral("15/2026/SCT/BS"));
    }

    void numbersRunPerBookAndNeverRepeat()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        CertifiedCopyRepository repo(*tv.vault, *m_roles);
        auto first = repo.certify(draft());
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first->sequence, 1);
        QCOMPARE(first->numberText, QStringLiteral("1/2026/SCT/BS"));
        QCOMPARE(first->certifiedOn, QDate(2026, 11, 23));
        QCOMPARE(repo.certify(draft())->sequence, 2);
        QCOMPARE(repo.certify(draft(QStringLiteral("02")))->sequence, 1); // another book counts on its own
        auto third = repo.certify(draft());
        QCOMPARE(third->sequence, 3);
        QVERIFY(repo.remove(third->meta.id).ok());
        QCOMPARE(repo.certify(draft())->sequence, 4); // a deleted entry's number stays used
        QCOMPARE(*repo.nextSequence(2026, QStringLiteral("01")), 5);

        // A correction keeps the number.
        const CertifiedCopy opened = *repo.get(first->meta.id);
        CertifiedCopy edited = opened;
        edited.pageCount = 3;
        edited.sequence = 99;
        QVERIFY(repo.update(opened, edited).ok());
        const CertifiedCopy now = *repo.get(first->meta.id);
        QCOMPARE(now.pageCount, 3);
        QCOMPARE(now.sequence, 1);

        CertifiedCopy incomplete = draft();
        incomplete.certifierTitle.clear();
        QVERIFY(repo.certify(incomplete).message().contains(QLatin1String("title")));
        QCOMPARE(sequences(tv.vault->db(), 2026, QStringLiteral("01")), (QList<int>{1, 2, 3, 4}));

        ListQuery q;
        q.category = QStringLiteral("01");
        auto page = repo.list(q);
        QCOMPARE(page->items.size(), 3);
        QCOMPARE(page->items.constFirst().sequence, 4); // newest first
        const QString incremental = aggregateSnapshot(tv.vault->db());
        QVERIFY(repo.rebuildAggregates().ok());
        QCOMPARE(aggregateSnapshot(tv.vault->db()), incremental);
        QCOMPARE(*Aggregates(tv.vault->db())
                      .value(QStringLiteral("records.added_week"), QStringLiteral("certified_copies"),
                             QStringLiteral("2026-W48")),
                 qint64(4));
    }

    void sequenceRestartsInANewYear()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        CertifiedCopyRepository repo(*tv.vault, *m_roles);
        // 31 December, 23:00 in Vietnam (16:00 UTC).
        tv.clock.set(QDateTime(QDate(2026, 12, 31), QTime(16, 0), Qt::UTC));
        QCOMPARE(repo.certify(draft())->sequence, 1);
        QCOMPARE(repo.certify(draft())->sequence, 2);
        // 00:30 on 1 January in Vietnam, still 31 December in UTC.
        tv.clock.set(QDateTime(QDate(2026, 12, 31), QTime(17, 30), Qt::UTC));
        auto newYear = repo.certify(draft());
        QVERIFY(newYear.ok());
        QCOMPARE(newYear->year, 2027);
        QCOMPARE(newYear->sequence, 1);
        QCOMPARE(newYear->numberText, QStringLiteral("1/2027/SCT/BS"));
        QCOMPARE(repo.certify(draft())->sequence, 2);
        QCOMPARE(sequences(tv.vault->db(), 2026, QStringLiteral("01")), (QList<int>{1, 2}));
    }

    void twoOfficersAtOnceGetDistinctNumbers()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        auto second = storage::Vault::open(tv.path, test::kPassword, tv.clock);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        constexpr int kEach = 50;
        QStringList errorsA;
        QStringList errorsB;
        auto officer = [this](storage::Vault* vault, QStringList* errors) {
            CertifiedCopyRepository repo(*vault, *m_roles);
            for (int i = 0; i < kEach; ++i) {
                auto c = repo.certify(draft());
                if (!c)
                    errors->append(c.message());
            }
        };
        std::thread a(officer, tv.vault.get(), &errorsA);
        std::thread b(officer, second->get(), &errorsB);
        a.join();
        b.join();
        QVERIFY2(errorsA.isEmpty(), qPrintable(errorsA.join(QLatin1Char('\n'))));
        QVERIFY2(errorsB.isEmpty(), qPrintable(errorsB.join(QLatin1Char('\n'))));
        QList<int> expected;
        for (int i = 1; i <= 2 * kEach; ++i)
            expected << i;
        QCOMPARE(sequences(tv.vault->db(), 2026, QStringLiteral("01")), expected);
        auto audit = storage::AuditLog::verify(tv.vault->db(), tv.vault->profile().signingPublicKey);
        QVERIFY(audit.ok());
        QVERIFY2(audit->intact, qPrintable(audit->problem));
    }

    void rights()
    {
        test::TempVault welfare({QStringLiteral("van_hoa_xa_hoi")});
        CertifiedCopyRepository none(*welfare.vault, *m_roles);
        QCOMPARE(none.certify(draft()).code(), ErrorCode::PermissionDenied);
        QCOMPARE(none.list({}).code(), ErrorCode::PermissionDenied);
        test::TempVault office({QStringLiteral("van_phong_thong_ke")});
        CertifiedCopyRepository reader(*office.vault, *m_roles);
        QVERIFY(reader.list({}).ok());
        auto refused = reader.certify(draft());
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY(refused.message().contains(QLatin1String("certified_copies")));
    }

    void importKeepsTheRegisterNumbers()
    {
        test::TempVault tv({QStringLiteral("tu_phap_ho_tich")});
        CertifiedCopyRepository repo(*tv.vault, *m_roles);
        CertifiedCopyRowMapper mapper(repo, QStringLiteral("01"));
        RecordImporter importer(*tv.vault, *m_roles);
        const QString csv = QStringLiteral(
            "SỔ CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH\n"
            "Số chứng thực,Ngày chứng thực,Người chứng thực,Loại giấy tờ,Số trang,Người yêu cầu\n"
            "1/2026/SCT/BS,05/01/2026,Nguyễn Văn Hùng,Giấy khai sinh,1,Lê Thị Hoa\n"
            "2/2026/SCT/BS,05/01/2026,Nguyễn Văn Hùng,Sổ hộ khẩu,12,Hồ Văn Hải\n"
            "2/2026/SCT/BS,06/01/2026,Nguyễn Văn Hùng,Bằng tốt nghiệp,1,Trần Văn Cường\n"
            "3/2025/SCT/BS,06/01/2026,Nguyễn Văn Hùng,Căn cước,1,Phạm Thị Dung\n"
            "4/2026/SCT/BS,07/01/2026,Nguyễn Văn Hùng,Giấy khai sinh,không,Đặng Văn Đông\n");
        const QString path = tv.dir.filePath(QStringLiteral("register.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        auto report = importer.run(path, mapper);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(!report->committed);
        QCOMPARE(report->refused, 3);
        QList<int> rows;
        for (const ImportIssue& e : report->errors)
            rows << e.row;
        QCOMPARE(rows, (QList<int>{5, 6, 7}));
        QVERIFY(report->errors.at(0).reason.contains(QLatin1String("already")));
        QCOMPARE(report->errors.at(0).column, QStringLiteral("Số chứng thực"));
        QVERIFY(report->errors.at(1).reason.contains(QLatin1String("2025")));
        QCOMPARE(report->errors.at(2).column, QStringLiteral("Số trang"));
        QCOMPARE(tv.vault->db().scalar(QStringLiteral("SELECT count(*) FROM certified_copies"))->toInt(), 0);

        ImportOptions skip;
        skip.skipInvalid = true;
        report = importer.run(path, mapper, skip);
        QVERIFY(report.ok() && report->committed);
        QCOMPARE(report->imported, 2);
        QCOMPARE(sequences(tv.vault->db(), 2026, QStringLiteral("01")), (QList<int>{1, 2}));
        QCOMPARE(tv.vault->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = "
                                            "'certified_copies'"))
                     ->toInt(),
                 2); // the refused duplicate left no change behind
        // New certifications continue after the imported numbers.
        tv.clock.set(QDateTime(QDate(2026, 2, 1), QTime(2, 0), Qt::UTC));
        QCOMPARE(repo.certify(draft())->sequence, 3);
    }
};

QTEST_GUILESS_MAIN(TestCertifiedCopies)
#include "tst_certified_copies.moc"
