// Backup of a vault to one .xasobak file and restore from it: the round trip gives the same data;
// a cut-short, altered or wrongly-unlocked backup is refused before anything is touched; a backup
// taken while another connection writes is one committed state.

#include "storage/migrations.h"
#include "storage/vault.h"
#include "storage/vault_backup.h"
#include "vault_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace xaso;
using namespace xaso::storage;
using xaso::test::fileDigest;
using xaso::test::kPassword;
using xaso::test::TempVault;

namespace {

// Every row of every table, in a stable order: "the data" of a vault.
QByteArray dump(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables =
        db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables && tables->step().value())
        names << tables->text(0);
    for (const QString& name : names) {
        hash.addData(name.toUtf8());
        auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name));
        if (!rows)
            continue; // virtual or internal tables
        while (rows->step().value()) {
            for (int c = 0; c < rows->columnCount(); ++c)
                hash.addData(rows->value(c).toString().toUtf8() + '\x1f');
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

Status putSettings(Vault& v, const QString& prefix, int from, int count)
{
    return v.writeAudited(
        {QStringLiteral("settings"), prefix, QStringLiteral("insert"), {}}, [&](Database& db) -> Status {
            auto st =
                db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
            if (!st)
                return Status(st.error());
            for (int i = from; i < from + count; ++i) {
                XASO_TRY(st->bind(1, QStringLiteral("%1.%2").arg(prefix).arg(i))
                             .bind(2, QStringLiteral("Nguyễn Văn Dũng %1").arg(i))
                             .exec());
                st->reset();
            }
            return Status();
        });
}

// The vault's files and the folder's listing: a refusal must leave both exactly as they were.
QByteArray folderState(const QString& vaultPath)
{
    const QDir dir = QFileInfo(vaultPath).absoluteDir();
    QByteArray out = dir.entryList(QDir::Files, QDir::Name).join(QLatin1Char('|')).toUtf8();
    for (const QString& f : {vaultPath, KeyHeader::pathFor(vaultPath), vaultPath + QStringLiteral("-wal")})
        out += fileDigest(f);
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

quint32 le32(const QByteArray& b, int at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16 |
           quint32(quint8(b[at + 3])) << 24;
}

} // namespace

class TestVaultBackup final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripRestoresTheSameData_data();
    void roundTripRestoresTheSameData();
    void verifyTouchesNothing();
    void truncatedBackupIsRefused_data();
    void truncatedBackupIsRefused();
    void alteredByteIsRefused_data();
    void alteredByteIsRefused();
    void newerSchemaIsRefused();
    void wrongPasswordIsRefused();
    void backupWhileAnotherConnectionWrites();
    void interruptedRestoreIsRolledBack();

private:
    // A vault with records, its backup, and the data as it was at the backup.
    struct Backed
    {
        TempVault t;
        QString backup = t.dir.filePath(QStringLiteral("xaso-test-20261123.xasobak"));
        QByteArray dataAtBackup;
    };
    static void makeBacked(Backed& b);
    // One vault and backup shared by the refusal cases: a refusal changes nothing, which each checks.
    std::unique_ptr<Backed> m_shared;
    static void expectRefused(Backed& b, const QString& backupPath, const QString& secret, ErrorCode code,
                              const QStringList& mustMention);
};

void TestVaultBackup::makeBacked(Backed& b)
{
    QVERIFY2(putSettings(*b.t.vault, QStringLiteral("rec"), 0, 400).ok(), "seed");
    b.dataAtBackup = dump(b.t.vault->db());
    auto info = VaultBackup::write(*b.t.vault, b.backup);
    QVERIFY2(info.ok(), qPrintable(info.message()));
    QCOMPARE(info->fileBytes, QFileInfo(b.backup).size());
    QCOMPARE(info->schemaVersion, latestSchemaVersion());
    QCOMPARE(info->vaultId, b.t.vault->header().vaultId);
    QVERIFY(!readAll(b.backup).contains("Nguy")); // the images are the vault's encrypted bytes
}

void TestVaultBackup::initTestCase()
{
    m_shared = std::make_unique<Backed>();
    makeBacked(*m_shared);
    m_shared->t.vault->lock();
}

void TestVaultBackup::expectRefused(Backed& b, const QString& backupPath, const QString& secret,
                                    ErrorCode code, const QStringList& mustMention)
{
    b.t.vault->lock();
    const QByteArray before = folderState(b.t.path);
    auto restored = VaultBackup::restore(backupPath, secret, b.t.path, b.t.clock);
    QVERIFY(!restored.ok());
    QCOMPARE(int(restored.code()), int(code));
    for (const QString& word : mustMention)
        QVERIFY2(restored.message().contains(word), qPrintable(restored.message()));
    QCOMPARE(folderState(b.t.path), before);
}

void TestVaultBackup::roundTripRestoresTheSameData_data()
{
    QTest::addColumn<bool>("withRecoveryKey");
    QTest::newRow("password") << false;
    QTest::newRow("recovery key") << true;
}

void TestVaultBackup::roundTripRestoresTheSameData()
{
    QFETCH(bool, withRecoveryKey);
    Backed b;
    makeBacked(b);
    if (QTest::currentTestFailed())
        return;
    // Life goes on after the backup: more records, one changed, then the vault is closed.
    QVERIFY(putSettings(*b.t.vault, QStringLiteral("later"), 0, 50).ok());
    QVERIFY(putSettings(*b.t.vault, QStringLiteral("rec"), 7, 1).ok());
    QVERIFY(dump(b.t.vault->db()) != b.dataAtBackup);
    b.t.vault->lock();

    auto restored =
        VaultBackup::restore(b.backup, withRecoveryKey ? b.t.recoveryKey : kPassword, b.t.path, b.t.clock);
    QVERIFY2(restored.ok(), qPrintable(restored.message()));
    QCOMPARE(restored->profileName, QStringLiteral("Cán bộ thử nghiệm"));
    QVERIFY(!QFile::exists(VaultBackup::previousPathFor(b.t.path)));
    QVERIFY(!QFile::exists(VaultBackup::stagedPathFor(b.t.path)));
    QVERIFY(!QFile::exists(KeyHeader::pathFor(VaultBackup::stagedPathFor(b.t.path))));

    auto reopened = Vault::open(b.t.path, kPassword, b.t.clock);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QCOMPARE(dump((*reopened)->db()), b.dataAtBackup);
    QVERIFY((*reopened)->checkIntegrity().ok());
    auto audit = AuditLog::verify((*reopened)->db(), (*reopened)->profile().signingPublicKey);
    QVERIFY(audit.ok() && audit->intact);
}

void TestVaultBackup::verifyTouchesNothing()
{
    Backed b;
    makeBacked(b);
    b.t.vault->lock();
    const QByteArray before = folderState(b.t.path);
    auto info = VaultBackup::verify(b.backup, kPassword, b.t.clock);
    QVERIFY2(info.ok(), qPrintable(info.message()));
    QCOMPARE(info->profileName, QStringLiteral("Cán bộ thử nghiệm"));
    QCOMPARE(info->createdAt, b.t.clock.now());
    QCOMPARE(folderState(b.t.path), before);
}

void TestVaultBackup::truncatedBackupIsRefused_data()
{
    QTest::addColumn<int>("keep"); // bytes kept; negative = cut that many from the end
    QTest::newRow("last byte") << -1;
    QTest::newRow("trailer") << -80;
    QTest::newRow("half the database") << -20000;
    QTest::newRow("inside the header") << 30;
    QTest::newRow("inside the signature") << 5;
}

void TestVaultBackup::truncatedBackupIsRefused()
{
    QFETCH(int, keep);
    Backed& b = *m_shared;
    const QByteArray whole = readAll(b.backup);
    const QByteArray cut = keep < 0 ? whole.left(whole.size() + keep) : whole.left(keep);
    const QString path = b.t.dir.filePath(QStringLiteral("cut.xasobak"));
    writeAll(path, cut);
    QStringList mention{QString::number(cut.size())};
    if (keep < 0)
        mention << QString::number(whole.size()) << QString::number(-keep);
    expectRefused(b, path, kPassword, ErrorCode::Tampered, mention);
}

void TestVaultBackup::alteredByteIsRefused_data()
{
    QTest::addColumn<int>("offset"); // negative counts from the end
    QTest::newRow("creation time") << 18;
    QTest::newRow("key header slot") << 60 + 150;
    QTest::newRow("first database page") << 60 + 204 + 100;
    QTest::newRow("middle of the database") << -30000;
    QTest::newRow("checksum in the trailer") << -40;
    QTest::newRow("seal in the trailer") << -5;
}

void TestVaultBackup::alteredByteIsRefused()
{
    QFETCH(int, offset);
    Backed& b = *m_shared;
    QByteArray bytes = readAll(b.backup);
    const int at = offset < 0 ? int(bytes.size()) + offset : offset;
    bytes[at] = char(bytes[at] ^ 0x04);
    const QString path = b.t.dir.filePath(QStringLiteral("altered.xasobak"));
    writeAll(path, bytes);
    expectRefused(b, path, kPassword, ErrorCode::Tampered, {});
}

void TestVaultBackup::newerSchemaIsRefused()
{
    // A newer build's backup: schema version raised and the plain checksum made to match again.
    Backed& b = *m_shared;
    QByteArray bytes = readAll(b.backup);
    const int newer = latestSchemaVersion() + 1;
    for (int i = 0; i < 4; ++i)
        bytes[12 + i] = char((newer >> (8 * i)) & 0xFF);
    QCOMPARE(int(le32(bytes, 12)), newer);
    const qsizetype payload = bytes.size() - 80;
    const QByteArray sum = QCryptographicHash::hash(bytes.left(payload), QCryptographicHash::Blake2b_256);
    bytes.replace(payload + 16, 32, sum);
    const QString path = b.t.dir.filePath(QStringLiteral("newer.xasobak"));
    writeAll(path, bytes);
    expectRefused(b, path, kPassword, ErrorCode::NewerFormat, {QString::number(newer)});
}

void TestVaultBackup::wrongPasswordIsRefused()
{
    Backed& b = *m_shared;
    expectRefused(b, b.backup, QStringLiteral("not the password 123!"), ErrorCode::WrongPassword, {});
    QVERIFY(Vault::open(b.t.path, kPassword, b.t.clock).ok());
}

void TestVaultBackup::backupWhileAnotherConnectionWrites()
{
    // A second connection commits pairs of rows as fast as it can; every pair is one transaction.
    // The backup must hold whole pairs only, and pass SQLCipher's page check.
    TempVault t;
    QVERIFY(putSettings(*t.vault, QStringLiteral("base"), 0, 200).ok());
    std::atomic<int> commits{0};
    std::atomic<bool> stop{false};
    QString writerError;
    std::thread writer([&] {
        auto v = Vault::open(t.path, kPassword, t.clock);
        if (!v) {
            writerError = v.message();
            return;
        }
        for (int i = 0; !stop.load(); ++i) {
            auto st = putSettings(**v, QStringLiteral("pair%1").arg(i, 6, 10, QLatin1Char('0')), 0, 2);
            if (!st) {
                writerError = st.message();
                return;
            }
            commits.fetch_add(1);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(commits.load() >= 20 || !writerError.isEmpty(), 20'000);
    const QString backup = t.dir.filePath(QStringLiteral("busy.xasobak"));
    auto info = VaultBackup::write(*t.vault, backup);
    const int atBackup = commits.load();
    QTRY_VERIFY_WITH_TIMEOUT(commits.load() >= atBackup + 5 || !writerError.isEmpty(), 20'000);
    stop = true;
    writer.join();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(info.ok(), qPrintable(info.message()));

    const QString copy = t.dir.filePath(QStringLiteral("copy/restored.xaso"));
    auto restored = VaultBackup::restore(backup, kPassword, copy, t.clock);
    QVERIFY2(restored.ok(), qPrintable(restored.message()));
    auto v = Vault::open(copy, kPassword, t.clock);
    QVERIFY2(v.ok(), qPrintable(v.message()));
    QVERIFY((*v)->checkIntegrity().ok());
    auto audit = AuditLog::verify((*v)->db(), (*v)->profile().signingPublicKey);
    QVERIFY(audit.ok() && audit->intact);
    auto odd = (*v)->db().scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT substr(key, 1, 10) AS pair, count(*) AS n FROM settings "
                       "WHERE key LIKE 'pair%' GROUP BY pair HAVING n <> 2)"));
    QCOMPARE(odd->toInt(), 0);
    auto pairs = (*v)->db().scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'pair%'"));
    QVERIFY2(pairs->toInt() / 2 >= 20, qPrintable(QString::number(pairs->toInt())));
    QVERIFY(pairs->toInt() / 2 <= commits.load());
    auto base = (*v)->db().scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'base.%'"));
    QCOMPARE(base->toInt(), 200);
}

void TestVaultBackup::interruptedRestoreIsRolledBack()
{
    // The state a crash leaves after commit() moved the old vault aside and put the new header in.
    Backed b;
    makeBacked(b);
    b.t.vault->lock();
    const QByteArray before = fileDigest(b.t.path) + fileDigest(KeyHeader::pathFor(b.t.path));
    const QString prev = VaultBackup::previousPathFor(b.t.path);
    QVERIFY(QFile::rename(b.t.path, prev));
    QVERIFY(QFile::rename(KeyHeader::pathFor(b.t.path), KeyHeader::pathFor(prev)));
    writeAll(KeyHeader::pathFor(b.t.path), QByteArray("half-done"));
    QVERIFY(VaultBackup::recoverInterruptedRestore(b.t.path).ok());
    QCOMPARE(fileDigest(b.t.path) + fileDigest(KeyHeader::pathFor(b.t.path)), before);
    QVERIFY(!QFile::exists(prev));
    QVERIFY(Vault::open(b.t.path, kPassword, b.t.clock).ok());
}

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "tst_vault_backup.moc"
