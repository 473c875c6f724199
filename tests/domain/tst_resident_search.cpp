// ResidentSearch: by personal ID (exact or ≥ 4 first digits), by phone (any written form or its
// first digits), by name words that each start some word of the name (diacritics and đ folded),
// results in Vietnamese order (given name first); and the dense path when every word is common.

#include "domain/residents/resident_repository.h"
#include "domain/residents/resident_search.h"
#include "domain/residents/resident_writer.h"
#include "tst_resident_support.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

class TestResidentSearch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempVault> m_tv;

    QStringList names(const QString& text, int limit = 50, bool* more = nullptr)
    {
        ResidentSearch search(*m_tv->vault, test::roleCatalog());
        auto found = search.search(text, limit);
        if (!found)
            qFatal("search failed: %s", qPrintable(found.message()));
        if (more)
            *more = found->more;
        QStringList out;
        for (const Resident& r : std::as_const(found->hits))
            out.append(r.fullName);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_tv = std::make_unique<test::TempVault>(test::policeRole());
        ResidentRepository repo(*m_tv->vault, test::roleCatalog());
        const QList<Resident> people{
            test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male, u"Xóm 1"_s,
                         u"0912345678"_s),
            test::person(u"001190000001"_s, u"Đặng Thị Hoa"_s, QDate(1990, 1, 2), Sex::Female, u"Xóm 2"_s,
                         u"0987654321"_s),
            test::person(u"001188000002"_s, u"Lê Thị Dung"_s, QDate(1988, 3, 4), Sex::Female),
            test::person(u"001080000003"_s, u"Phạm Văn Đức"_s, QDate(1980, 5, 6), Sex::Male),
            test::person(u"001175000004"_s, u"Nguyễn Thị Ánh"_s, QDate(1975, 7, 8), Sex::Female),
            test::person(u"001192000005"_s, u"Trần Thị Anh"_s, QDate(1992, 9, 10), Sex::Female),
            test::person(u"001095000006"_s, u"Hoàng Văn Ân"_s, QDate(1995, 11, 12), Sex::Male),
            test::person(u"001096000007"_s, u"Võ Văn Gone"_s, QDate(1996, 1, 1), Sex::Male),
        };
        for (const Resident& r : people) {
            auto inserted = repo.insert(r);
            QVERIFY2(inserted.ok(), qPrintable(inserted.message()));
        }
        QVERIFY(repo.remove(u"001096000007"_s).ok());
    }

    void byName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("family and middle") << u"nguyen van"_s << QStringList{u"Nguyễn Văn Dũng"_s};
        QTest::newRow("đ folds to d") << u"dang"_s << QStringList{u"Đặng Thị Hoa"_s};
        QTest::newRow("words in any order, prefixes") << u"dung ng"_s << QStringList{u"Nguyễn Văn Dũng"_s};
        QTest::newRow("diacritics typed")
            << u"NGUYỄN"_s << QStringList{u"Nguyễn Thị Ánh"_s, u"Nguyễn Văn Dũng"_s};
        QTest::newRow("NFD typed") << u"Đặng Thị"_s.normalized(QString::NormalizationForm_D)
                                   << QStringList{u"Đặng Thị Hoa"_s};
        QTest::newRow("a, ă, â in Vietnamese order")
            << u"a"_s << QStringList{u"Trần Thị Anh"_s, u"Nguyễn Thị Ánh"_s, u"Hoàng Văn Ân"_s};
        QTest::newRow("d before đ, tones in order")
            << u"d"_s
            << QStringList{u"Lê Thị Dung"_s, u"Nguyễn Văn Dũng"_s, u"Phạm Văn Đức"_s, u"Đặng Thị Hoa"_s};
        QTest::newRow("every word must match") << u"nguyen hoa"_s << QStringList();
        QTest::newRow("a deleted record is not found") << u"gone"_s << QStringList();
        QTest::newRow("nothing typed") << u"   "_s << QStringList();
    }

    void byName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(names(text), expected);
    }

    void byDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("whole ID") << u"001085012345"_s << QStringList{u"Nguyễn Văn Dũng"_s};
        QTest::newRow("ID with spaces") << u"001 085 012 345"_s << QStringList{u"Nguyễn Văn Dũng"_s};
        QTest::newRow("ID prefix, sorted by name")
            << u"0011"_s
            << QStringList{u"Trần Thị Anh"_s, u"Nguyễn Thị Ánh"_s, u"Lê Thị Dung"_s, u"Đặng Thị Hoa"_s};
        QTest::newRow("three digits are too few") << u"001"_s << QStringList();
        QTest::newRow("phone, international form")
            << u"+84 91 234 5678"_s << QStringList{u"Nguyễn Văn Dũng"_s};
        QTest::newRow("phone with dots") << u"0987.654.321"_s << QStringList{u"Đặng Thị Hoa"_s};
        QTest::newRow("phone prefix") << u"0987 654"_s << QStringList{u"Đặng Thị Hoa"_s};
        QTest::newRow("phone prefix after 84") << u"84 9876"_s << QStringList{u"Đặng Thị Hoa"_s};
        QTest::newRow("deleted ID") << u"001096000007"_s << QStringList();
    }

    void byDigits()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(names(text), expected);
    }

    void limitAndMore()
    {
        bool more = false;
        QCOMPARE(names(u"d"_s, 2, &more), (QStringList{u"Lê Thị Dung"_s, u"Nguyễn Văn Dũng"_s}));
        QVERIFY(more);
        names(u"d"_s, 4, &more);
        QVERIFY(!more);
    }

    void commonWordsTakeTheDensePath()
    {
        test::TempVault tv(test::policeRole());
        auto tx = storage::Transaction::begin(tv.vault->db());
        QVERIFY(tx.ok());
        ResidentWriter writer(*tv.vault, ResidentWriter::Mode::Bulk);
        const QStringList given{u"Bình"_s, u"An"_s, u"Cường"_s, u"Hùng"_s, u"Dũng"_s};
        const int n = 1500;
        for (int i = 0; i < n; ++i) {
            Resident r =
                test::person(u"001080%1"_s.arg(i, 6, 10, QLatin1Char('0')),
                             u"Nguyễn Văn "_s + given.at(i % given.size()), QDate(1980, 1, 1), Sex::Male);
            QVERIFY(writer.addResident(r).ok());
        }
        QVERIFY(writer.finish(u"test"_s, {}).ok());
        QVERIFY(tx->commit().ok());

        ResidentSearch search(*tv.vault, test::roleCatalog());
        search.setLimits(1000, 100); // as if the vault held a million people
        // Every word is over the scan cap: the list order is walked.
        auto dense = search.search(u"nguyen van"_s, 30);
        QVERIFY(dense.ok());
        QCOMPARE(dense->hits.size(), 30);
        QVERIFY(dense->more);
        // The first matches in list order, sorted the Vietnamese way: every "An" before any "Bình".
        QCOMPARE(dense->hits.first().fullName, u"Nguyễn Văn An"_s);
        QCOMPARE(dense->hits.last().fullName, u"Nguyễn Văn An"_s);

        // "cuong" is rare enough to scan, but it has more matches than the exact sort takes.
        auto many = search.search(u"nguyen cuong"_s, 20);
        QVERIFY(many.ok());
        QCOMPARE(many->hits.size(), 20);
        QVERIFY(many->more);
        QCOMPARE(many->hits.first().id, u"001080000002"_s); // the lowest id of equal names first

        search.setLimits(1000, 500);
        auto all = search.search(u"nguyen cuong"_s, 1000);
        QVERIFY(all.ok());
        QCOMPARE(all->hits.size(), n / 5);
        QVERIFY(!all->more);
    }

    void needsReadAccess()
    {
        test::TempVault tv(QStringList{u"ke_toan"_s});
        auto found = ResidentSearch(*tv.vault, test::roleCatalog()).search(u"nguyen"_s);
        QCOMPARE(found.code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestResidentSearch)
#include "tst_resident_search.moc"
