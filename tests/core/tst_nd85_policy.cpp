// The password and session rules of Nghị định 85/2016 level 3, one test per rule, on the real
// code paths: Vault::open with the AttemptGuard (lock-out back-off), Vault::lock (what the idle
// lock relies on in core) and the password policy Vault::create and changePassword enforce.
// Time comes from a ManualClock: no test waits for a real back-off. The idle timer itself lives in
// app/desktop (IdleWatcher, AppSettings) and is driven by the GUI test gui_auto_lock.

#include "crypto/password_policy.h"
#include "storage/attempt_guard.h"
#include "vault_fixture.h"

// Only the constants of the desktop's settings (Qt Core, no widgets): the auto-lock default and
// bounds are the rule's numbers and must stay those.
#include "../../app/desktop/common/app_settings.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::storage;
using namespace xaso::test;

namespace {

const QString kWrong = u"không đúng mật khẩu 2026!"_s;

// Every file beside the vault (vault, header, WAL, SHM…) with its digest, so "nothing changed"
// also catches a file created or removed.
QMap<QString, QByteArray> folderDigest(const QString& vaultPath)
{
    QMap<QString, QByteArray> files;
    const QDir dir = QFileInfo(vaultPath).dir();
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, fileDigest(dir.filePath(name)));
    return files;
}

} // namespace

class TestNd85Policy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    // --- Lock-out back-off after 5 failed unlocks -------------------------------------------

    void lockOut_fifthWrongPasswordImposesA30SecondWait()
    {
        TempVault t;
        t.vault->lock();
        const QByteArray id = t.vault->header().vaultId;
        QTemporaryDir state;
        AttemptGuard guard(t.clock, state.path());
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
            QCOMPARE(guard.remainingDelayMs(id), qint64(0)); // four failures cost nothing yet
        }
        QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
        QCOMPARE(guard.failures(id), 5);
        QCOMPARE(guard.remainingDelayMs(id), AttemptGuard::kFirstDelayMs);
        // Even the right password waits, and the message says how long.
        auto locked = Vault::open(t.path, kPassword, t.clock, &guard);
        QCOMPARE(locked.code(), ErrorCode::LockedOut);
        QVERIFY2(locked.message().contains(u"30 seconds"_s), qPrintable(locked.message()));
        QVERIFY(locked.message().contains(u"5 wrong passwords"_s));
    }

    void lockOut_waitDoublesWithEachFailureUpTo15Minutes()
    {
        TempVault t;
        t.vault->lock();
        const QByteArray id = t.vault->header().vaultId;
        QTemporaryDir state;
        AttemptGuard guard(t.clock, state.path());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
        const QList<qint64> seconds{30, 60, 120, 240, 480, 900, 900};
        for (qsizetype i = 0; i < seconds.size(); ++i) {
            QCOMPARE(guard.remainingDelayMs(id), seconds.at(i) * 1000);
            t.clock.advanceMs(seconds.at(i) * 1000 - 1);
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::LockedOut); // 1 ms early
            t.clock.advanceMs(1);
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
        }
        QCOMPARE(AttemptGuard::kMaxDelayMs, qint64(15 * 60'000));
    }

    void lockOut_attemptsDuringTheWaitAreRefusedUncounted()
    {
        TempVault t;
        t.vault->lock();
        const QByteArray id = t.vault->header().vaultId;
        QTemporaryDir state;
        AttemptGuard guard(t.clock, state.path());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
        t.clock.advanceMs(10'000);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::LockedOut);
            QCOMPARE(Vault::open(t.path, kPassword, t.clock, &guard).code(), ErrorCode::LockedOut);
        }
        QCOMPARE(guard.failures(id), 5);                      // not counted: the wait does not grow
        QCOMPARE(guard.remainingDelayMs(id), qint64(20'000)); // nor restart
        // The recovery key and a password change go through the same gate.
        QCOMPARE(Vault::openWithRecoveryKey(t.path, t.recoveryKey, t.clock, &guard).code(),
                 ErrorCode::LockedOut);
        QCOMPARE(
            Vault::changePassword(t.path, kPassword, u"Một mật khẩu khác!2026"_s, &guard, &t.clock).code(),
            ErrorCode::LockedOut);
    }

    void lockOut_rightPasswordAfterTheWaitUnlocksAndResets()
    {
        TempVault t;
        t.vault->lock();
        const QByteArray id = t.vault->header().vaultId;
        QTemporaryDir state;
        AttemptGuard guard(t.clock, state.path());
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
            t.clock.advanceMs(guard.remainingDelayMs(id));
        }
        auto opened = Vault::open(t.path, kPassword, t.clock, &guard);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(guard.failures(id), 0);
        QCOMPARE(guard.remainingDelayMs(id), qint64(0));
        (*opened)->lock();
        // A fresh count: four more wrong passwords are again free.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
        QCOMPARE(guard.remainingDelayMs(id), qint64(0));
    }

    void lockOut_survivesRestartAndCopyingTheVault()
    {
        TempVault t;
        t.vault->lock();
        QTemporaryDir state;
        {
            AttemptGuard guard(t.clock, state.path());
            for (int i = 0; i < 5; ++i)
                QCOMPARE(Vault::open(t.path, kWrong, t.clock, &guard).code(), ErrorCode::WrongPassword);
        }
        // A new process: a new guard and clock over the same per-user state folder.
        ManualClock later(t.clock.now().addSecs(10));
        AttemptGuard restarted(later, state.path());
        QCOMPARE(Vault::open(t.path, kPassword, later, &restarted).code(), ErrorCode::LockedOut);
        // The count is keyed by the vault's id, not its path: a copy elsewhere is still locked out.
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(u"copy.xaso"_s);
        QVERIFY(QFile::copy(t.path, copy));
        QVERIFY(QFile::copy(KeyHeader::pathFor(t.path), KeyHeader::pathFor(copy)));
        QCOMPARE(Vault::open(copy, kPassword, later, &restarted).code(), ErrorCode::LockedOut);
        later.advanceMs(20'000);
        QVERIFY(Vault::open(copy, kPassword, later, &restarted).ok());
    }

    void lockOut_wrongPasswordChangesNothingInTheVaultFolder()
    {
        TempVault t;
        t.vault->lock();
        QTemporaryDir state;
        AttemptGuard guard(t.clock, state.path());
        const QMap<QString, QByteArray> before = folderDigest(t.path);
        for (int i = 0; i < 6; ++i) {
            auto r = Vault::open(t.path, kWrong, t.clock, &guard);
            QVERIFY(r.code() == ErrorCode::WrongPassword || r.code() == ErrorCode::LockedOut);
            QVERIFY(!r.message().isEmpty());
        }
        QCOMPARE(Vault::changePassword(t.path, kWrong, u"Một mật khẩu khác!2026"_s).code(),
                 ErrorCode::WrongPassword);
        QCOMPARE(folderDigest(t.path), before);
        // The counter lives in the state folder and holds a count and a time, no password.
        const QStringList files = QDir(state.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), qsizetype(1));
        QFile f(QDir(state.path()).filePath(files.constFirst()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains(kWrong.toUtf8()));
        QVERIFY(!content.contains(kPassword.toUtf8()));
    }

    // --- Idle lock ------------------------------------------------------------------------------

    void idleLock_lockWipesKeysAndRefusesReads()
    {
        TempVault t;
        QVERIFY(t.vault->db().scalar(u"SELECT count(*) FROM audit_log"_s).ok());
        QVERIFY(!t.vault->deriveSubKey("sealed-files").isEmpty());
        t.vault->lock();
        QVERIFY(!t.vault->isUnlocked());
        QVERIFY(t.vault->dataKeyForTests().isEmpty());
        QVERIFY(t.vault->signingSecret().isEmpty());
        QVERIFY(t.vault->deriveSubKey("sealed-files").isEmpty());
        QVERIFY(!t.vault->db().scalar(u"SELECT count(*) FROM audit_log"_s).ok());
        QVERIFY(
            !t.vault->writeAudited({u"notes"_s, u"1"_s, u"insert"_s, {}}, [](Database&) { return Status(); })
                 .ok());
        // Only the password opens it again.
        QCOMPARE(Vault::open(t.path, kWrong, t.clock).code(), ErrorCode::WrongPassword);
        QVERIFY(Vault::open(t.path, kPassword, t.clock).ok());
    }

    void idleLock_defaultIs15MinutesWithinBounds()
    {
        using desktop::AppSettings;
        QCOMPARE(AppSettings::kDefaultAutoLockMinutes, 15);
        QVERIFY(AppSettings::kMinAutoLockMinutes >= 1);
        QVERIFY(AppSettings::kMinAutoLockMinutes <= AppSettings::kDefaultAutoLockMinutes);
        QVERIFY(AppSettings::kMaxAutoLockMinutes >= AppSettings::kDefaultAutoLockMinutes);
        QVERIFY(AppSettings::kMaxAutoLockMinutes <= 120); // never "never lock"
    }

    // --- Minimum password strength --------------------------------------------------------------

    void strength_tooShortIsRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("7 characters, 4 classes") << u"Ab1!xyz"_s;
        QTest::newRow("9 characters, 4 classes") << u"Hưng#20Xa"_s;
        QTest::newRow("digits") << u"123456"_s;
    }
    void strength_tooShortIsRefused()
    {
        QFETCH(QString, password);
        auto s = crypto::checkPasswordAcceptable(password);
        QCOMPARE(s.code(), ErrorCode::InvalidArgument);
        QVERIFY2(s.message().contains(u"at least 10 characters"_s), qPrintable(s.message()));
        TempVault t; // and Vault::create refuses it
        QCOMPARE(Vault::create(t.dir.filePath(u"weak.xaso"_s), password, {u"Thử"_s, {u"cong_an"_s}}, t.clock)
                     .code(),
                 ErrorCode::InvalidArgument);
    }

    void strength_dictionaryLikeIsRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("Password123!") << u"Password123!"_s;
        QTest::newRow("P@ssw0rd2026") << u"P@ssw0rd2026"_s;
        QTest::newRow("Mật khẩu@2026") << u"Mật khẩu@2026"_s;
        QTest::newRow("Matkhau#123456") << u"Matkhau#123456"_s;
        QTest::newRow("Adm1n@2026!") << u"Adm1n@2026!"_s;
        QTest::newRow("Qwerty!2026") << u"Qwerty!2026"_s;
        QTest::newRow("Abc@123456") << u"Abc@123456"_s;
        QTest::newRow("Anhyeuem_1990") << u"Anhyeuem_1990"_s;
    }
    void strength_dictionaryLikeIsRefused()
    {
        QFETCH(QString, password);
        auto s = crypto::checkPasswordAcceptable(password);
        QCOMPARE(s.code(), ErrorCode::InvalidArgument);
        QVERIFY2(s.message().contains(u"common words"_s), qPrintable(s.message()));
        QVERIFY(crypto::evaluatePassword(password).score < 3);
    }

    void strength_singleCharacterClassIsRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("lower case") << u"hungdongnghean"_s;
        QTest::newRow("capitals") << u"HUNGDONGNGHEAN"_s;
        QTest::newRow("digits") << u"84912735601"_s;
        QTest::newRow("lower, 18 characters") << u"dongluaxanhbensong"_s;
    }
    void strength_singleCharacterClassIsRefused()
    {
        QFETCH(QString, password);
        auto s = crypto::checkPasswordAcceptable(password);
        QCOMPARE(s.code(), ErrorCode::InvalidArgument);
        QVERIFY2(s.message().contains(u"Mix lower-case and capital letters"_s), qPrintable(s.message()));
    }

    void strength_strongPassphrasePasses_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("test fixture") << kPassword;
        QTest::newRow("passphrase") << u"đồng lúa xanh mướt bên sông Lam"_s;
        QTest::newRow("names the word, but long") << u"Mật khẩu mới của Quang 2026!"_s;
        QTest::newRow("symbols and digits") << u"Tổ-công-tác#06/Vinh"_s;
    }
    void strength_strongPassphrasePasses()
    {
        QFETCH(QString, password);
        auto s = crypto::checkPasswordAcceptable(password);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QVERIFY(crypto::evaluatePassword(password).score >= 3);
    }
};

QTEST_GUILESS_MAIN(TestNd85Policy)
#include "tst_nd85_policy.moc"
