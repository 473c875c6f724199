// The server restored from an older backup: a new epoch; every device re-sends what the backup
// lacks and downloads again; nothing is lost and nothing is applied twice.

#include "sync_fixture.h"

#include "server/server_backup.h"

using namespace xaso;
using namespace xaso::test;

class TestSyncRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void restoredServerGetsEverythingBack()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("trước sao lưu")).ok());
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        const quint64 oldEpoch = server.store->epoch().value();

        // The backup is taken on its own connection while the server runs.
        QTemporaryDir backups;
        const QString file = backups.filePath(QStringLiteral("server.backup"));
        {
            auto second = sync::ServerStore::open(server.dir.path(), kPassword, server.clock);
            QVERIFY(second.ok());
            QVERIFY(sync::backupServer(**second, file).ok());
        }
        QByteArray damaged;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            damaged = f.readAll();
        }

        // After the backup: more work from both devices.
        QVERIFY(a.insert(QStringLiteral("n2"), QStringLiteral("sau sao lưu, A")).ok());
        QVERIFY(a.sync().ok());
        QVERIFY(b.edit(QStringLiteral("n1"), QStringLiteral("body"), QStringLiteral("B sửa")).ok());
        QVERIFY(b.insert(QStringLiteral("n3"), QStringLiteral("sau sao lưu, B")).ok());
        QVERIFY(b.sync().ok());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 4);

        // A damaged backup is refused before anything is touched.
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 1);
        const QString bad = backups.filePath(QStringLiteral("bad.backup"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(damaged);
        }
        server.stop();
        auto refused = sync::restoreServer(server.dir.path(), bad, kPassword, server.clock);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Tampered);

        // The disk dies; the administrator restores the older backup.
        server.store.reset();
        auto restored = sync::restoreServer(server.dir.path(), file, kPassword, server.clock);
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QVERIFY(restored->epoch != oldEpoch);
        QCOMPARE(restored->epochBase, 1);
        QVERIFY(!restored->movedAsideTo.isEmpty());
        server.store = sync::ServerStore::open(server.dir.path(), kPassword, server.clock).value();
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 1);
        server.start();

        for (int round = 0; round < 2; ++round) {
            for (Device* d : {&a, &b}) {
                auto r = d->sync();
                QVERIFY2(r.ok(), qPrintable(r.message()));
            }
        }
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 4);
        QCOMPARE(server.count(QStringLiteral("SELECT count(DISTINCT device_id || ':' || device_seq) FROM srv_changes")), 4);
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("n1"), QStringLiteral("body")).toString(), QStringLiteral("B sửa"));
            QCOMPARE(d->field(QStringLiteral("n2"), QStringLiteral("title")).toString(), QStringLiteral("sau sao lưu, A"));
            QCOMPARE(d->field(QStringLiteral("n3"), QStringLiteral("title")).toString(), QStringLiteral("sau sao lưu, B"));
            QVERIFY(d->conflicts().isEmpty());
            auto r = d->sync();
            QVERIFY(r.ok());
            QVERIFY(r->divergent.isEmpty());
            QCOMPARE(sync::requireSyncState(d->db()).value().epoch, restored->epoch);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncRestore)
#include "tst_restore.moc"
