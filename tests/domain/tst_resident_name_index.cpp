// The name search index (resident_name_index, schema v10): the v10 migration builds from a v9
// vault's tokens exactly the entries the write path writes (and v11 drops the tokens); inserts, renames, deletes and a
// pulled remote change keep it in step; and ResidentSearch, on every path (a pair of words, a
// word read whole, a word read in list order and stopped early), returns what the contract in
// resident_search.h says, checked against a brute-force reading of every resident.

#include "crypto/crypto.h"
#include "domain/kinds/derived_refresh.h"
#include "domain/residents/resident_record.h"
#include "domain/residents/resident_search.h"
#include "domain/residents/resident_writer.h"
#include "storage/migrations.h"
#include "text/folding.h"
#include "text/name_collator.h"
#include "tst_resident_support.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::domain;

namespace {

const QStringList kSampleNames{
    u"Nguyễn Văn Dũng"_s,   u"Lê Thị Thị"_s, u"Đặng Hoa"_s,
    u"H'Hen Niê"_s,         u"Bình"_s,       u"Nguyễn Thị Ánh Tuyết"_s,
    u"Trần Anh Anh Tuấn"_s, u"Zơ Râm Ba"_s,  u"Âu Dương Thị Thu Thảo"_s,
};

QStringList indexRows(storage::Database& db, const QString& where = {})
{
    auto st = db.prepare(
        u"SELECT word, partner, given, name_folded, resident_id, full_name FROM resident_name_index %1 "
        "ORDER BY word, partner, given, name_folded, resident_id"_s.arg(where));
    if (!st)
        qFatal("%s", qPrintable(st.message()));
    QStringList out;
    for (;;) {
        auto row = st->step();
        if (!row || !*row)
            break;
        out.append(u"%1|%2|%3|%4|%5|%6"_s.arg(st->text(0), st->text(1), st->text(2), st->text(3), st->text(4),
                                              st->text(5)));
    }
    return out;
}

// A population with common and rare words, names of two to five words, repeated words.
QList<Resident> population(int n)
{
    const QStringList family{u"Nguyễn"_s, u"Nguyễn"_s, u"Nguyễn"_s, u"Trần"_s, u"Trần"_s, u"Lê"_s,
                             u"Lã"_s,     u"Đặng"_s,   u"Phạm"_s,   u"Hồ"_s,   u"Thái"_s};
    const QStringList middle{u"Văn"_s, u"Thị"_s, u"Thị"_s,     u"Thanh"_s,
                             u"Hữu"_s, u""_s,    u"Thị Thu"_s, u"Ngọc"_s};
    const QStringList given{u"Dũng"_s, u"Dung"_s, u"Đức"_s,   u"Thu"_s, u"Thảo"_s, u"Hoa"_s,  u"An"_s,
                            u"Anh"_s,  u"Ánh"_s,  u"Thanh"_s, u"Lan"_s, u"Lâm"_s,  u"Dũng"_s, u"Hoa"_s};
    QList<Resident> out;
    quint32 x = 2026;
    auto next = [&x](qsizetype m) {
        x = x * 1103515245u + 12345u;
        return qsizetype((x >> 16) % quint32(m));
    };
    for (int i = 0; i < n; ++i) {
        QString name = family.at(next(family.size()));
        const QString mid = middle.at(next(middle.size()));
        if (!mid.isEmpty())
            name += u' ' + mid;
        name += u' ' + given.at(next(given.size()));
        out.append(
            test::person(u"001080%1"_s.arg(i, 6, 10, QLatin1Char('0')), name, QDate(1980, 1, 1), Sex::Male));
    }
    return out;
}

} // namespace

class TestResidentNameIndex final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempVault> m_tv;
    QList<Resident> m_people;
    text::VietnameseNameCollator m_collator;

    // The contract, read off every resident: each typed word starts some word of the folded name;
    // up to exactSortMax matches all sorted with the collator, else the first `limit` in list
    // order (last folded word, folded name, id), then sorted.
    std::pair<QStringList, bool> expected(const QString& typed, int limit, int exactSortMax) const
    {
        const QStringList words = text::searchTokens(text::normalizeInput(typed));
        QList<const Resident*> matches;
        for (const Resident& r : m_people) {
            const QStringList nameWords = text::foldForSearch(r.fullName).split(u' ', Qt::SkipEmptyParts);
            const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString& w) {
                return std::any_of(nameWords.cbegin(), nameWords.cend(),
                                   [&](const QString& nw) { return nw.startsWith(w); });
            });
            if (all)
                matches.append(&r);
        }
        bool more = matches.size() > limit;
        if (matches.size() > exactSortMax) {
            auto key = [](const Resident* r) {
                const QByteArray folded = text::foldForSearch(r->fullName).toUtf8();
                return std::tuple(folded.mid(folded.lastIndexOf(' ') + 1), folded, r->id);
            };
            std::sort(matches.begin(), matches.end(),
                      [&](const Resident* a, const Resident* b) { return key(a) < key(b); });
            matches.resize(limit);
            more = true;
        }
        std::stable_sort(matches.begin(), matches.end(), [&](const Resident* a, const Resident* b) {
            const int c = m_collator.compare(a->fullName, b->fullName);
            return c != 0 ? c < 0 : a->id < b->id;
        });
        QStringList ids;
        for (qsizetype i = 0; i < std::min<qsizetype>(limit, matches.size()); ++i)
            ids.append(matches.at(i)->id);
        return {ids, more};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_tv = std::make_unique<test::TempVault>(test::policeRole());
        m_people = population(700);
        auto tx = storage::Transaction::begin(m_tv->vault->db());
        QVERIFY(tx.ok());
        ResidentWriter writer(*m_tv->vault, ResidentWriter::Mode::Bulk);
        for (const Resident& r : std::as_const(m_people))
            QVERIFY(writer.addResident(r).ok());
        QVERIFY(writer.finish(u"test"_s, {}).ok());
        QVERIFY(tx->commit().ok());
    }

    void migrationFromV9BuildsWhatTheWritePathWrites()
    {
        QTemporaryDir dir;
        const crypto::SecureBytes key = crypto::SecureBytes::random(32);
        // A v9 vault: tokens as v9 wrote them (every distinct folded word, with the folded name).
        auto old =
            storage::Database::open(dir.filePath(u"v9.db"_s), key, storage::OpenOptions{.create = true});
        QVERIFY(old.ok());
        QVERIFY(storage::migrate(*old, 9).ok());
        for (qsizetype i = 0; i < kSampleNames.size(); ++i) {
            const QString id = u"0010800000%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            const QString folded = text::foldForSearch(kSampleNames.at(i));
            auto resident = old->prepare(u"INSERT INTO residents (id, updated_hlc, created_at_ms, full_name, "
                                         "name_folded, given_name_folded) VALUES (?, 1, 1, ?, ?, ?)"_s);
            QVERIFY(resident.ok());
            resident->bind(1, id)
                .bind(2, kSampleNames.at(i))
                .bind(3, folded)
                .bind(4, residents::givenNameFolded(kSampleNames.at(i)));
            QVERIFY(resident->exec().ok());
            for (const QString& token : text::searchTokens(kSampleNames.at(i))) {
                auto st = old->prepare(
                    u"INSERT INTO resident_tokens (token, resident_id, name_folded) VALUES (?, ?, ?)"_s);
                QVERIFY(st.ok());
                st->bind(1, token).bind(2, id).bind(3, folded);
                QVERIFY(st->exec().ok());
            }
        }
        QVERIFY(storage::migrate(*old).ok());
        QCOMPARE(*storage::schemaVersion(*old), storage::latestSchemaVersion());

        auto fresh =
            storage::Database::open(dir.filePath(u"v10.db"_s), key, storage::OpenOptions{.create = true});
        QVERIFY(fresh.ok());
        QVERIFY(storage::migrate(*fresh).ok());
        for (qsizetype i = 0; i < kSampleNames.size(); ++i)
            QVERIFY(residents::insertNameEntries(*fresh, u"0010800000%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                            kSampleNames.at(i))
                        .ok());
        const QStringList migrated = indexRows(*old);
        QCOMPARE(migrated, indexRows(*fresh));
        // Spot checks: a word alone is keyed by the last word; a pair once, smaller word first;
        // a repeated word gives no pair with itself.
        QVERIFY(migrated.contains(u"dung||dung|nguyen van dung|001080000000|Nguyễn Văn Dũng"_s));
        QVERIFY(migrated.contains(u"dung|nguyen|dung|nguyen van dung|001080000000|Nguyễn Văn Dũng"_s));
        QVERIFY(!migrated.contains(u"nguyen|dung|dung|nguyen van dung|001080000000|Nguyễn Văn Dũng"_s));
        QCOMPARE(indexRows(*old, u"WHERE resident_id = '001080000001'"_s),
                 (QStringList{u"le||thi|le thi thi|001080000001|Lê Thị Thị"_s,
                              u"le|thi|thi|le thi thi|001080000001|Lê Thị Thị"_s,
                              u"thi||thi|le thi thi|001080000001|Lê Thị Thị"_s}));
        QCOMPARE(indexRows(*old, u"WHERE resident_id = '001080000004'"_s),
                 QStringList{u"binh||binh|binh|001080000004|Bình"_s});
    }

    void writesKeepTheIndexInStep()
    {
        test::TempVault tv(test::policeRole());
        storage::Database& db = tv.vault->db();
        ResidentRepository repo(*tv.vault, test::roleCatalog());
        Resident r = test::person(u"001085012345"_s, u"Nguyễn Văn Dũng"_s, QDate(1985, 5, 12), Sex::Male);
        QVERIFY(repo.insert(r).ok());
        const QString where = u"WHERE resident_id = '001085012345'"_s;
        QCOMPARE(indexRows(db, where).size(), 6); // 3 words, 3 pairs

        r.fullName = u"Lê Thị Hoa"_s;
        QVERIFY(repo.update(r).ok());
        const QStringList renamed = indexRows(db, where);
        QCOMPARE(renamed.size(), 6);
        for (const QString& row : renamed)
            QVERIFY2(row.contains(u"|le thi hoa|"_s) && row.endsWith(u"|Lê Thị Hoa"_s), qPrintable(row));

        // A change pulled from another device rewrites the row between the follower's two hooks
        // (as the sync applier calls them): the old entries go by the name read before it.
        auto follower = RemoteChangeFollower::create(*tv.vault, test::roleCatalog());
        QVERIFY(follower.ok());
        QVERIFY((*follower)->before(db, u"residents"_s, u"001085012345"_s).ok());
        QVERIFY(db.exec(u"UPDATE residents SET full_name = 'Phạm Đức', name_folded = 'pham duc', "
                        "given_name_folded = 'duc' WHERE id = '001085012345'"_s)
                    .ok());
        QVERIFY((*follower)->after(db, u"residents"_s, u"001085012345"_s).ok());
        QCOMPARE(indexRows(db, where), (QStringList{u"duc||duc|pham duc|001085012345|Phạm Đức"_s,
                                                    u"duc|pham|duc|pham duc|001085012345|Phạm Đức"_s,
                                                    u"pham||duc|pham duc|001085012345|Phạm Đức"_s}));

        QVERIFY(repo.remove(u"001085012345"_s).ok());
        QVERIFY(indexRows(db, where).isEmpty());
    }

    // A bulk writer holds new residents' entries and writes them sorted (NameIndexBatch): at
    // finish(), and before an update or a removal that may touch a resident it still holds. The
    // index ends up row for row what residents written one at a time give.
    void bulkBatchesWriteWhatOneAtATimeWrites()
    {
        QList<Resident> people = population(300);
        for (qsizetype i = 0; i < kSampleNames.size(); ++i)
            people.append(test::person(u"0010810000%1"_s.arg(i, 2, 10, QLatin1Char('0')), kSampleNames.at(i),
                                       QDate(1990, 1, 1), Sex::Female));
        test::TempVault bulk(test::policeRole());
        test::TempVault single(test::policeRole());
        for (test::TempVault* tv : {&bulk, &single}) {
            const auto mode = tv == &bulk ? ResidentWriter::Mode::Bulk : ResidentWriter::Mode::PerRecord;
            auto tx = storage::Transaction::begin(tv->vault->db());
            QVERIFY(tx.ok());
            ResidentWriter writer(*tv->vault, mode);
            for (qsizetype i = 0; i < people.size(); ++i) {
                QVERIFY(writer.addResident(people.at(i)).ok());
                if (i == 150) { // renames and removes residents added in this batch
                    auto before = residents::load(tv->vault->db(), people.at(10).id);
                    QVERIFY(before.ok() && before->has_value());
                    Resident after = **before;
                    after.fullName = u"Hà Thị Thu Thảo"_s;
                    QVERIFY(writer.updateResident(**before, after).ok());
                    auto gone = residents::load(tv->vault->db(), people.at(20).id);
                    QVERIFY(gone.ok() && gone->has_value());
                    QVERIFY(writer.removeResident(**gone).ok());
                }
            }
            QVERIFY(writer.finish(u"test"_s, {}).ok());
            QVERIFY(tx->commit().ok());
        }
        const QStringList written = indexRows(bulk.vault->db());
        QCOMPARE(written, indexRows(single.vault->db()));
        QVERIFY(written.contains(u"thao|thu|thao|ha thi thu thao|%1|Hà Thị Thu Thảo"_s.arg(people.at(10).id)));
        QVERIFY(indexRows(bulk.vault->db(), u"WHERE resident_id = '%1'"_s.arg(people.at(20).id)).isEmpty());
        // The clock a bulk writer kept in memory was stored at finish(): its last tick.
        auto last = bulk.vault->db().scalar(u"SELECT max(hlc) FROM change_log"_s);
        auto stored = bulk.vault->db().scalar(u"SELECT value FROM vault_meta WHERE key = 'hlc'"_s);
        QVERIFY(last.ok() && stored.ok());
        QCOMPARE(stored->toLongLong(), last->toLongLong());
    }

    void searchMatchesTheContract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scanCap");
        QTest::addColumn<int>("exactSortMax");
        QTest::addColumn<int>("limit");
        const QStringList queries{
            u"nguyen van dung"_s,
            u"Nguyễn Văn Dũng"_s,
            u"la dung"_s,
            u"dung la"_s,
            u"ho anh"_s,
            u"thai lam"_s,
            u"dun"_s,
            u"van du"_s,
            u"nguyen"_s,
            u"th"_s,
            u"th thi"_s,
            u"thi th"_s,
            u"thi thu thao"_s,
            u"an"_s,
            u"d"_s,
            u"le thi thu"_s,
            u"nguyen hoa thanh"_s,
            u"dang duc"_s,
            u"xyz"_s,
            u"lam la"_s,
        };
        // (scan cap, exact-sort window, limit): every match sorted exactly, the window at the screen
        // size (merges stop early), and a window wider than the screen.
        const QList<std::tuple<const char*, int, int, int>> settings{
            {"roomy", 4000, 500, 50}, {"tight", 40, 10, 10}, {"screen", 200, 20, 20}, {"window", 100, 30, 5}};
        for (const auto& [name, cap, exact, limit] : settings) {
            for (const QString& q : queries)
                QTest::addRow("%s: %s", name, qPrintable(q)) << q << cap << exact << limit;
        }
    }

    void searchMatchesTheContract()
    {
        QFETCH(QString, text);
        QFETCH(int, scanCap);
        QFETCH(int, exactSortMax);
        QFETCH(int, limit);
        ResidentSearch search(*m_tv->vault, test::roleCatalog());
        search.setLimits(scanCap, exactSortMax);
        auto found = search.search(text, limit);
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QStringList ids;
        for (const Resident& r : std::as_const(found->hits))
            ids.append(r.id);
        const auto [want, more] = expected(text, limit, exactSortMax);
        QCOMPARE(ids, want);
        QCOMPARE(found->more, more);
    }
};

QTEST_GUILESS_MAIN(TestResidentNameIndex)
#include "tst_resident_name_index.moc"
