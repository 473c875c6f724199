#include "storage/key_header.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "vault_fixture.h"

#include <QDir>
#include <QTest>

using namespace xaso;
using namespace xaso::storage;
using xaso::test::fileDigest;
using xaso::test::kPassword;
using xaso::test::TempVault;

namespace {

QByteArray vaultFilesDigest(const QString& path)
{
    return fileDigest(path) + fileDigest(path + QStringLiteral("-wal")) + fileDigest(KeyHeader::pathFor(path));
}

void flipByte(const QString& file, qint64 offset)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(offset);
    char c = 0;
    QVERIFY(f.getChar(&c));
    f.seek(offset);
    QVERIFY(f.putChar(char(c ^ 0x20)));
}

Status storeMarker(Vault& v, const QString& marker)
{
    return v.writeAudited({QStringLiteral("settings"), QStringLiteral("marker"), QStringLiteral("insert"), {}},
                          [&](Database& db) {
                              auto st = db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
                              if (!st)
                                  return Status(st.error());
                              return st->bind(1, QStringLiteral("marker")).bind(2, marker).exec();
                          });
}

} // namespace

class TestVault final : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen()
    {
        TempVault t({QStringLiteral("cong_an")});
        QVERIFY(t.vault->isUnlocked());
        QCOMPARE(t.vault->profile().roles, QStringList{QStringLiteral("cong_an")});
        QCOMPARE(t.vault->profile().signingPublicKey.size(), 32);
        QVERIFY(t.vault->db().cipherVersion().startsWith(QLatin1String("3.")) ||
                t.vault->db().cipherVersion().startsWith(QLatin1String("4.")));
        t.vault->lock();
        auto again = Vault::open(t.path, kPassword, t.clock);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE((*again)->profile().displayName, QStringLiteral("Cán bộ thử nghiệm"));
        auto mode = (*again)->db().scalar(QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(mode->toString(), QStringLiteral("wal"));
        auto fk = (*again)->db().scalar(QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(fk->toInt(), 1);
    }

    void productionVaultsUseModerateLimits()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const QString path = dir.filePath(QStringLiteral("m.xaso"));
        auto created = Vault::create(path, kPassword, {QStringLiteral("A"), {}}, clock);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QCOMPARE(created->vault->header().kdfLimits, crypto::KdfLimits::moderate());
    }

    void refusesToOverwrite()
    {
        TempVault t;
        auto again = Vault::create(t.path, kPassword, {QStringLiteral("B"), {}, crypto::KdfLimits::interactive()}, t.clock);
        QCOMPARE(again.code(), ErrorCode::Conflict);
    }

    void wrongPasswordChangesNothing()
    {
        TempVault t;
        t.vault->lock();
        const QByteArray before = vaultFilesDigest(t.path);
        auto r = Vault::open(t.path, QStringLiteral("sai mật khẩu rồi 123"), t.clock);
        QCOMPARE(r.code(), ErrorCode::WrongPassword);
        QVERIFY(r.message().contains(QLatin1String("wrong")));
        QCOMPARE(vaultFilesDigest(t.path), before);
    }

    void recoveryKeyOpensAndResetsPassword()
    {
        TempVault t;
        t.vault->lock();
        auto viaRecovery = Vault::openWithRecoveryKey(t.path, t.recoveryKey.toLower(), t.clock);
        QVERIFY2(viaRecovery.ok(), qPrintable(viaRecovery.message()));
        (*viaRecovery)->lock();
        const QString fresh = QStringLiteral("Mật khẩu mới #2027 rất dài");
        QVERIFY(Vault::resetPasswordWithRecoveryKey(t.path, t.recoveryKey, fresh).ok());
        QCOMPARE(Vault::open(t.path, kPassword, t.clock).code(), ErrorCode::WrongPassword);
        QVERIFY(Vault::open(t.path, fresh, t.clock).ok());
        QString wrong = t.recoveryKey;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(Vault::openWithRecoveryKey(t.path, wrong, t.clock).code(), ErrorCode::WrongPassword);
    }

    void passwordChangeDoesNotReencrypt()
    {
        TempVault t;
        QVERIFY(storeMarker(*t.vault, QStringLiteral("giá trị")).ok());
        t.vault->lock();
        const QByteArray dbBefore = fileDigest(t.path);
        const QByteArray headerBefore = fileDigest(KeyHeader::pathFor(t.path));
        const QString fresh = QStringLiteral("Một mật khẩu khác!2026");
        QVERIFY(Vault::changePassword(t.path, kPassword, fresh).ok());
        QCOMPARE(fileDigest(t.path), dbBefore);
        QVERIFY(fileDigest(KeyHeader::pathFor(t.path)) != headerBefore);
        QCOMPARE(Vault::open(t.path, kPassword, t.clock).code(), ErrorCode::WrongPassword);
        auto v = Vault::open(t.path, fresh, t.clock);
        QVERIFY(v.ok());
        QCOMPARE((*v)->db().scalar(QStringLiteral("SELECT value FROM settings WHERE key='marker'"))->toString(),
                 QStringLiteral("giá trị"));
        // The recovery key still opens it: same data key.
        (*v)->lock();
        QVERIFY(Vault::openWithRecoveryKey(t.path, t.recoveryKey, t.clock).ok());
        // A weak new password is refused with nothing written.
        const QByteArray h = fileDigest(KeyHeader::pathFor(t.path));
        QCOMPARE(Vault::changePassword(t.path, fresh, QStringLiteral("123")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(fileDigest(KeyHeader::pathFor(t.path)), h);
    }

    void noPlaintextOnDisk()
    {
        TempVault t;
        const QString marker = QStringLiteral("MARKER-Nguyễn-040085012345");
        QVERIFY(storeMarker(*t.vault, marker).ok());
        // While open, the change sits in the WAL: check the WAL and the main file, then after close.
        const QByteArray needle = marker.toUtf8();
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString& file : {t.path, t.path + QStringLiteral("-wal"), KeyHeader::pathFor(t.path)}) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray all = f.readAll();
                QVERIFY2(!all.contains(needle), qPrintable(file));
                QVERIFY2(!all.contains(QByteArrayLiteral("040085012345")), qPrintable(file));
                QVERIFY2(!all.contains(QByteArrayLiteral("SQLite format 3")), qPrintable(file));
            }
            t.vault->lock();
        }
    }

    void flippedByteIsDetected()
    {
        TempVault t;
        for (int i = 0; i < 200; ++i)
            QVERIFY(t.vault->writeAudited({QStringLiteral("settings"), QString::number(i), QStringLiteral("insert"), {}},
                                          [&](Database& db) {
                                              auto st = db.prepare(QStringLiteral("INSERT INTO settings VALUES (?, ?)"));
                                              if (!st)
                                                  return Status(st.error());
                                              return st->bind(1, QString::number(i))
                                                  .bind(2, QStringLiteral("dòng %1 ").arg(i).repeated(20))
                                                  .exec();
                                          })
                        .ok());
        t.vault->lock();
        const qint64 size = QFileInfo(t.path).size();
        QVERIFY(size >= 4096 * 3);
        // A byte in the middle of the last page: opening may work, but reading that page must fail
        // with a clear error, never return altered data.
        flipByte(t.path, size - 2000);
        auto v = Vault::open(t.path, kPassword, t.clock);
        if (v.ok()) {
            auto check = (*v)->checkIntegrity();
            QCOMPARE(check.code(), ErrorCode::Tampered);
            QVERIFY2(check.message().contains(QLatin1String("damaged")), qPrintable(check.message()));
        } else {
            QCOMPARE(v.code(), ErrorCode::Tampered);
        }
    }

    void flippedByteOnFirstPage()
    {
        TempVault t;
        t.vault->lock();
        flipByte(t.path, 100);
        auto v = Vault::open(t.path, kPassword, t.clock);
        QCOMPARE(v.code(), ErrorCode::Tampered);
        QVERIFY(v.message().contains(QLatin1String("damaged")));
    }

    void headerAttacks()
    {
        TempVault a;
        TempVault b;
        a.vault->lock();
        b.vault->lock();
        const QString headerA = KeyHeader::pathFor(a.path);
        QFile f(headerA);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        auto writeHeader = [&](const QByteArray& bytes) {
            QFile w(headerA);
            QVERIFY(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
            w.write(bytes);
        };
        const QByteArray dbDigest = fileDigest(a.path);

        // Another vault's header (same password): refused as not belonging here.
        QFile::remove(headerA);
        QVERIFY(QFile::copy(KeyHeader::pathFor(b.path), headerA));
        auto foreign = Vault::open(a.path, kPassword, a.clock);
        QCOMPARE(foreign.code(), ErrorCode::Tampered);
        QVERIFY(foreign.message().contains(QLatin1String("does not belong")));

        // Downgraded format version.
        QByteArray down = original;
        down[8] = 0;
        writeHeader(down);
        QCOMPARE(Vault::open(a.path, kPassword, a.clock).code(), ErrorCode::Unsupported);
        // Newer format version.
        QByteArray up = original;
        up[8] = 9;
        writeHeader(up);
        QCOMPARE(Vault::open(a.path, kPassword, a.clock).code(), ErrorCode::NewerFormat);
        // Truncated.
        writeHeader(original.left(100));
        auto truncated = Vault::open(a.path, kPassword, a.clock);
        QCOMPARE(truncated.code(), ErrorCode::Tampered);
        QVERIFY(truncated.message().contains(QLatin1String("100 bytes")));
        // Wrong magic.
        writeHeader(QByteArray(original.size(), 'Z'));
        QCOMPARE(Vault::open(a.path, kPassword, a.clock).code(), ErrorCode::Tampered);
        // A weakened KDF limit inside the authenticated prefix breaks the slot.
        QByteArray weaker = original;
        weaker[27] = char(weaker.at(27) + 1);
        writeHeader(weaker);
        QCOMPARE(Vault::open(a.path, kPassword, a.clock).code(), ErrorCode::WrongPassword);
        // Restored: opens again, and the vault file was never touched.
        QCOMPARE(fileDigest(a.path), dbDigest);
        writeHeader(original);
        QVERIFY(Vault::open(a.path, kPassword, a.clock).ok());
    }

    void newerSchemaRefusedUntouched()
    {
        TempVault t;
        QVERIFY(t.vault->db().exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)).ok());
        t.vault->lock();
        const QByteArray before = vaultFilesDigest(t.path);
        auto v = Vault::open(t.path, kPassword, t.clock);
        QCOMPARE(v.code(), ErrorCode::NewerFormat);
        QVERIFY(v.message().contains(QLatin1String("newer")));
        QCOMPARE(vaultFilesDigest(t.path), before);
    }

    void lockWipesKeys()
    {
        TempVault t;
        QVERIFY(!t.vault->dataKeyForTests().isEmpty());
        QVERIFY(!t.vault->signingSecret().isEmpty());
        t.vault->lock();
        QVERIFY(!t.vault->isUnlocked());
        QVERIFY(t.vault->dataKeyForTests().isEmpty());
        QVERIFY(t.vault->signingSecret().isEmpty());
    }

    void lockOutAfterFiveFailures()
    {
        TempVault t;
        t.vault->lock();
        QTemporaryDir state;
        AttemptGuard guard(t.clock, state.path());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(Vault::open(t.path, QStringLiteral("sai%1").arg(i), t.clock, &guard).code(), ErrorCode::WrongPassword);
        // The sixth attempt, even with the right password, must wait 30 s.
        auto locked = Vault::open(t.path, kPassword, t.clock, &guard);
        QCOMPARE(locked.code(), ErrorCode::LockedOut);
        QVERIFY(locked.message().contains(QLatin1String("30 seconds")));
        t.clock.advanceMs(31'000);
        QCOMPARE(Vault::open(t.path, QStringLiteral("sai nữa"), t.clock, &guard).code(), ErrorCode::WrongPassword);
        QCOMPARE(guard.remainingDelayMs(t.path.isEmpty() ? QByteArray() : t.vault->header().vaultId), 60'000);
        t.clock.advanceMs(60'000);
        QVERIFY(Vault::open(t.path, kPassword, t.clock, &guard).ok());
        QCOMPARE(guard.failures(t.vault->header().vaultId), 0);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
