#include "storage/migrations.h"
#include "storage/vault.h"
#include "vault_fixture.h"

#include <QTest>

using namespace xaso;
using namespace xaso::storage;

class TestMigrations final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void versionsAreContiguous()
    {
        int expected = 1;
        for (const Migration& m : schemaMigrations())
            QCOMPARE(m.version, expected++);
        QVERIFY(latestSchemaVersion() >= 2);
    }

    void fromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void fromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        crypto::SecureBytes key = crypto::SecureBytes::random(32);
        {
            auto db = Database::open(path, key, OpenOptions{.create = true});
            QVERIFY(db.ok());
            QVERIFY(migrate(*db, from).ok());
            QCOMPARE(*schemaVersion(*db), from);
            if (from >= 1) // a vault at v1 holds data that must survive every later step
                QVERIFY(db->exec(QStringLiteral("INSERT INTO vault_meta VALUES ('marker', 'kept')")).ok());
        }
        auto db = Database::open(path, key);
        QVERIFY(db.ok());
        QVERIFY(migrate(*db).ok());
        QCOMPARE(*schemaVersion(*db), latestSchemaVersion());
        if (from >= 1)
            QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM vault_meta WHERE key='marker'"))->toString(),
                     QStringLiteral("kept"));
        // Every table of the latest schema exists and is readable.
        auto n = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table'"));
        QVERIFY(n.ok() && n->toInt() >= 5);
        QVERIFY(db->scalar(QStringLiteral("PRAGMA foreign_key_check")).ok());
    }

    void failedStepRollsBackWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        crypto::SecureBytes key = crypto::SecureBytes::random(32);
        auto db = Database::open(path, key, OpenOptions{.create = true});
        QVERIFY(db.ok());
        QVERIFY(migrate(*db, 1).ok());
        // Sabotage step 2: its table already exists, so the step fails and user_version stays 1.
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE settings (x)")).ok());
        QVERIFY(!migrate(*db).ok());
        QCOMPARE(*schemaVersion(*db), 1);
        QVERIFY(!db->inTransaction());
    }

    void newerVersionRefused()
    {
        QTemporaryDir dir;
        crypto::SecureBytes key = crypto::SecureBytes::random(32);
        auto db = Database::open(dir.filePath(QStringLiteral("n.db")), key, OpenOptions{.create = true});
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        auto r = migrate(*db);
        QCOMPARE(r.code(), ErrorCode::NewerFormat);
        QVERIFY(r.message().contains(QLatin1String("999")));
        QCOMPARE(*schemaVersion(*db), 999);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
