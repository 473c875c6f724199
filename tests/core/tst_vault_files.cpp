// Attacks on the vault file itself (issue 10): a truncated file, a WAL file taken from another
// vault or from an older state of the same vault. Each is refused with a clear message, and
// nothing is overwritten; the vault's own WAL after a crash is still replayed.

#include "domain/changes/record_writer.h"
#include "storage/key_header.h"
#include "storage/vault.h"
#include "storage/wal_check.h"
#include "vault_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using xaso::test::fileDigest;
using xaso::test::kPassword;
using xaso::test::TempVault;

namespace {

// Enough rows that the file spans many pages.
void fill(TempVault& tv, int rows)
{
    auto tx = storage::Transaction::begin(tv.vault->db());
    QVERIFY(tx.ok());
    QVERIFY(
        tv.vault->db().exec(u"CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, note TEXT)"_s).ok());
    auto st = tv.vault->db().prepare(u"INSERT INTO filler (note) VALUES (?)"_s);
    QVERIFY(st.ok());
    for (int i = 0; i < rows; ++i)
        QVERIFY(st->bind(1, u"ghi chú số %1 — Hưng Đông"_s.arg(i)).exec().ok());
    QVERIFY(tx->commit().ok());
}

} // namespace

class TestVaultFiles final : public QObject
{
    Q_OBJECT
private slots:
    void truncatedFileIsRefused()
    {
        TempVault tv;
        fill(tv, 5000);
        tv.vault->lock();
        QFile f(tv.path);
        const qint64 size = f.size();
        QVERIFY(size > 100 * 4096);
        QVERIFY(f.resize(size / 2));
        const QByteArray before = fileDigest(tv.path);

        auto opened = storage::Vault::open(tv.path, kPassword, tv.clock);
        QVERIFY2(!opened.ok(), "a vault cut in half must not open as if whole");
        QCOMPARE(opened.code(), ErrorCode::Tampered);
        QVERIFY2(opened.message().contains(u"shorter"_s) || opened.message().contains(u"damaged"_s),
                 qPrintable(opened.message()));
        QCOMPARE(fileDigest(tv.path), before);
    }

    void walFromAnotherVaultIsRefused_data()
    {
        QTest::addColumn<bool>("growA");
        // a grows: its WAL holds the first page (the database size lives there), which fails at
        // once. a only rewrites rows in place: the WAL holds b-tree leaves alone, found by the
        // read-only quick_check.
        QTest::newRow("wal holds page 1") << true;
        QTest::newRow("wal holds leaves only") << false;
    }

    void walFromAnotherVaultIsRefused()
    {
        QFETCH(bool, growA);
        TempVault a;
        TempVault b;
        fill(a, 200);
        fill(b, 200);
        QVERIFY(a.vault->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        // Leave a WAL behind on a: copy it while a's connection still holds it.
        QVERIFY(a.vault->db().exec(u"PRAGMA wal_autocheckpoint = 0"_s).ok());
        if (growA)
            fill(a, 300);
        else
            QVERIFY(a.vault->db().exec(u"UPDATE filler SET note = replace(note, 'ghi', 'GHI')"_s).ok());
        const QString wal = a.path + u"-wal"_s;
        const storage::wal::WalScan scan = storage::wal::scan(wal);
        QVERIFY(scan.committedFrames > 0);
        QCOMPARE(scan.pages.contains(1), growA);
        b.vault->lock();
        QVERIFY(!QFile::exists(b.path + u"-wal"_s));
        QVERIFY(QFile::copy(wal, b.path + u"-wal"_s));
        a.vault->lock();
        const QByteArray before = fileDigest(b.path);
        const QByteArray walBefore = fileDigest(b.path + u"-wal"_s);

        auto opened = storage::Vault::open(b.path, kPassword, b.clock);
        QVERIFY2(!opened.ok(), "a WAL from another vault must be refused");
        QCOMPARE(opened.code(), ErrorCode::Tampered);
        QVERIFY2(opened.message().contains(u"journal file"_s) &&
                     opened.message().contains(u"test.xaso-wal"_s) &&
                     opened.message().contains(u"Nothing was changed"_s),
                 qPrintable(opened.message()));
        QCOMPARE(fileDigest(b.path), before);
        QCOMPARE(fileDigest(b.path + u"-wal"_s), walBefore);

        // Moved aside, the vault opens as it was.
        QVERIFY(QFile::rename(b.path + u"-wal"_s, b.path + u".foreign-wal"_s));
        auto again = storage::Vault::open(b.path, kPassword, b.clock);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY((*again)->checkIntegrity().ok());
        auto rows = (*again)->db().scalar(u"SELECT count(*) FROM filler WHERE note GLOB 'ghi*'"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows->toLongLong(), 200);
    }

    // A crash leaves the vault's own WAL with committed frames: it is verified and replayed.
    void ownWalAfterCrashIsReplayed()
    {
        TempVault tv;
        fill(tv, 200);
        QVERIFY(tv.vault->db().exec(u"PRAGMA wal_autocheckpoint = 0"_s).ok());
        fill(tv, 300);
        // The files as a killed process leaves them: copied while the connection is open.
        QTemporaryDir crashed;
        const QString copy = crashed.filePath(u"test.xaso"_s);
        for (const QString& suffix : {QString(), u"-wal"_s, u".header"_s})
            QVERIFY(QFile::copy(tv.path + suffix, copy + suffix));
        QVERIFY(storage::wal::scan(copy + u"-wal"_s).committedFrames > 0);
        tv.vault->lock();

        auto opened = storage::Vault::open(copy, kPassword, tv.clock);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto rows = (*opened)->db().scalar(u"SELECT count(*) FROM filler"_s);
        QVERIFY(rows.ok());
        QCOMPARE(rows->toLongLong(), 500);
        QVERIFY((*opened)->checkIntegrity().ok());
    }

    // The vault's own WAL from an older state, put back after the vault moved on: its pages
    // authenticate (same key, same salt, same page numbers), but it ends with a smaller database
    // than the file, which never shrinks. (Had the vault only rewritten pages in place since, the
    // old pages would be replayed: a rollback, SECURITY.md.)
    void walFromAnOlderStateIsRefused()
    {
        TempVault tv;
        fill(tv, 200);
        QVERIFY(tv.vault->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        QVERIFY(tv.vault->db().exec(u"PRAGMA wal_autocheckpoint = 0"_s).ok());
        fill(tv, 300);
        QTemporaryDir keep;
        const QString oldWal = keep.filePath(u"old-wal"_s);
        QVERIFY(QFile::copy(tv.path + u"-wal"_s, oldWal));
        QVERIFY(tv.vault->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        fill(tv, 2000);
        QVERIFY(tv.vault->db().exec(u"DELETE FROM filler WHERE id % 3 = 0"_s).ok());
        tv.vault->lock();
        QVERIFY(!QFile::exists(tv.path + u"-wal"_s));
        QVERIFY(QFile::copy(oldWal, tv.path + u"-wal"_s));
        const QByteArray before = fileDigest(tv.path);

        auto opened = storage::Vault::open(tv.path, kPassword, tv.clock);
        QVERIFY2(!opened.ok(), "an older WAL of the same vault must not be replayed over newer pages");
        QCOMPARE(opened.code(), ErrorCode::Tampered);
        QVERIFY2(opened.message().contains(u"journal file"_s), qPrintable(opened.message()));
        QCOMPARE(fileDigest(tv.path), before);
    }
};

QTEST_GUILESS_MAIN(TestVaultFiles)
#include "tst_vault_files.moc"
