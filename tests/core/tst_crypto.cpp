#include "crypto/crypto.h"
#include "crypto/password_policy.h"
#include "crypto/recovery_key.h"

#include <QTest>

using namespace xaso;
using namespace xaso::crypto;

class TestCrypto final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(initializeCrypto().ok()); }

    void sealRoundTripAndTamper()
    {
        SecureBytes key = SecureBytes::random(kKeyBytes);
        const QByteArray plain = QByteArrayLiteral("Nguyễn Văn An 040085000123");
        QByteArray sealed = seal(key, plain, QByteArrayLiteral("ad"));
        QVERIFY(!sealed.contains(plain));
        auto back = openSealed(key, sealed, QByteArrayLiteral("ad"));
        QVERIFY(back.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(back->data()), qsizetype(back->size())), plain);
        QCOMPARE(openSealed(key, sealed, QByteArrayLiteral("other ad")).code(), ErrorCode::Tampered);
        for (int i : {0, 30, int(sealed.size() - 1)}) {
            QByteArray t = sealed;
            t[i] = char(t.at(i) ^ 0x40);
            QCOMPARE(openSealed(key, t, QByteArrayLiteral("ad")).code(), ErrorCode::Tampered);
        }
    }

    void argon2idIsDeterministicPerSalt()
    {
        const QByteArray salt(kSaltBytes, 'x');
        auto a = deriveKeyFromPassword("mật khẩu", salt, KdfLimits::interactive());
        auto b = deriveKeyFromPassword("mật khẩu", salt, KdfLimits::interactive());
        auto c = deriveKeyFromPassword("mật khẩu", QByteArray(kSaltBytes, 'y'), KdfLimits::interactive());
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(a->equals(*b));
        QVERIFY(!a->equals(*c));
        QVERIFY(KdfLimits::moderate().memLimit >= 256ull * 1024 * 1024);
    }

    void signatures()
    {
        SigningKeyPair pair = SigningKeyPair::generate();
        const QByteArray sig = sign(pair.secretKey, "batch");
        QVERIFY(verifySignature(pair.publicKey, "batch", sig));
        QVERIFY(!verifySignature(pair.publicKey, "batcH", sig));
    }

    void recoveryKeyRoundTripAndForgivingInput()
    {
        RecoveryKey k = RecoveryKey::generate();
        const QString text = k.formatted();
        QCOMPARE(text.size(), 32 + 7);
        QCOMPARE(text.count(QLatin1Char('-')), 7);
        auto parsed = RecoveryKey::parse(text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QVERIFY(parsed->bytes().equals(k.bytes()));
        // O and I/L are read as 0 and 1.
        auto a = RecoveryKey::parse(QStringLiteral("0000-1111-0000-1111-0000-1111-0000-1111"));
        auto b = RecoveryKey::parse(QStringLiteral("OOOO-IIII-oooo-llll-0000-1111-0000-1111"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->bytes().equals(b->bytes()));
        auto shortKey = RecoveryKey::parse(QStringLiteral("ABCD-EFGH"));
        QCOMPARE(shortKey.code(), ErrorCode::InvalidArgument);
        QVERIFY(shortKey.message().contains(QLatin1String("8")));
        auto badChar = RecoveryKey::parse(QStringLiteral("ABCD-EFGU"));
        QVERIFY(badChar.message().contains(QLatin1String("'U'")));
    }

    void secureBytesWipe()
    {
        SecureBytes k = SecureBytes::random(32);
        QVERIFY(!k.isAllZero());
        SecureBytes moved = std::move(k);
        QVERIFY(k.isEmpty());
        moved.wipe();
        QVERIFY(moved.isEmpty());
        QVERIFY(moved.isAllZero());
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("short") << QStringLiteral("abc123") << false;
        QTest::newRow("ten lower+digits") << QStringLiteral("password12") << false;
        QTest::newRow("repeats") << QStringLiteral("aaaaaaaaaaaaaaaaAAAA1") << false;
        QTest::newRow("strong") << QStringLiteral("Hưng-Đông#2026") << true;
        QTest::newRow("passphrase") << QStringLiteral("đồng lúa xanh mướt bên sông Lam") << true;
    }
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QCOMPARE(checkPasswordAcceptable(password).ok(), accepted);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
