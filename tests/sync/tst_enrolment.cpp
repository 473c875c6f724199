// Enrolment against the real server over real TLS: a code works once and expires; a refused
// enrolment leaves the vault unenrolled; the client pins the server's certificate, so a server with
// another key at the same address gets no request at all.

#include "sync_fixture.h"

#include <atomic>

using namespace xaso;
using namespace xaso::test;

class TestSyncEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void codeWorksOnce()
    {
        TestServer server;
        const QString code = server.code({QStringLiteral("cong_an")});
        Device a, b;
        sync::HttpsTransport wire(QUrl(server.url()), server.fingerprint(), 10);
        QVERIFY(sync::SyncClient::enroll(a.vault(), wire, server.url(), code, server.fingerprint()).ok());
        // The same code from another laptop (also typed in lower case, without dashes).
        const QString typed = code.toLower().remove(QLatin1Char('-')); // toLower() made a copy
        auto second = sync::SyncClient::enroll(b.vault(), wire, server.url(), typed, server.fingerprint());
        QVERIFY(!second.ok());
        QCOMPARE(second.code(), ErrorCode::PermissionDenied);
        QVERIFY2(second.message().contains(QStringLiteral("already used")), qPrintable(second.message()));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_devices")), 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync-refused'")),
                 1);
        QVERIFY(!sync::loadSyncState(b.db()).value().has_value()); // nothing stored on the refused vault
        // With a fresh code, B enrols.
        QVERIFY(sync::SyncClient::enroll(b.vault(), wire, server.url(),
                                         server.code({QStringLiteral("cong_an")}), server.fingerprint())
                    .ok());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_devices")), 2);
    }

    void codeExpires_data()
    {
        QTest::addColumn<int>("validHours");
        QTest::addColumn<int>("usedAfterMinutes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("24 h code after 23 h 59") << 24 << (24 * 60 - 1) << true;
        QTest::newRow("24 h code after 24 h 01") << 24 << (24 * 60 + 1) << false;
        QTest::newRow("2 h code after 3 h") << 2 << 180 << false;
    }

    void codeExpires()
    {
        QFETCH(int, validHours);
        QFETCH(int, usedAfterMinutes);
        QFETCH(bool, accepted);
        TestServer server;
        const QString code = server.store
                                 ->createEnrolment(QStringLiteral("laptop-06"), {QStringLiteral("cong_an")},
                                                   qint64(validHours) * 3600 * 1000)
                                 .value();
        server.clock.set(kStart.addSecs(60 * usedAfterMinutes));
        Device a;
        sync::HttpsTransport wire(QUrl(server.url()), server.fingerprint(), 10);
        auto r = sync::SyncClient::enroll(a.vault(), wire, server.url(), code, server.fingerprint());
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.code(), ErrorCode::PermissionDenied);
            QVERIFY2(r.message().contains(QStringLiteral("expired")), qPrintable(r.message()));
        }
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_devices")), accepted ? 1 : 0);
    }

    void codeIsStoredOnlyAsAHash()
    {
        TestServer server;
        const QString code = server.code({QStringLiteral("cong_an")});
        auto st = server.store->db().prepare(QStringLiteral("SELECT * FROM srv_enrolments"));
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        for (int i = 0; i < st->columnCount(); ++i) {
            const QByteArray cell = st->value(i).toByteArray();
            QVERIFY(!cell.contains(code.toLatin1()) &&
                    !cell.contains(QString(code).remove(QLatin1Char('-')).toLatin1()));
        }
    }

    void anotherServerKeyIsRefusedBeforeAnyRequest()
    {
        auto first = std::make_unique<TestServer>();
        Device a;
        QVERIFY(a.enrol(*first).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("chỉ cho máy chủ xã")).ok());
        QVERIFY(a.sync().ok());
        QVERIFY(a.edit(QStringLiteral("n1"), QStringLiteral("body"), QStringLiteral("chưa gửi")).ok());
        const quint16 port = first->server->port();
        const QString pinned = first->fingerprint();
        first->stop();

        // Someone else's server answers at the same address, with its own key.
        sync::SyncServerConfig config;
        config.port = port;
        TestServer impostor(config);
        QCOMPARE(impostor.server->port(), port);
        QVERIFY(impostor.fingerprint() != pinned);
        std::atomic<int> requests{0};
        impostor.server->setRequestHookForTests([&] { ++requests; });
        a.transport = std::make_unique<sync::HttpsTransport>(QUrl(impostor.url()), pinned, 10);
        a.wire = a.transport.get();
        auto r = a.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::Tampered);
        QVERIFY2(r.message().contains(QStringLiteral("fingerprint")), qPrintable(r.message()));
        QCOMPARE(requests.load(), 0); // not even the status request was sent
        QCOMPARE(impostor.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 1); // kept
        // The pin is what the vault stored at enrolment.
        QCOMPARE(sync::requireSyncState(a.db()).value().certSha256, pinned);
    }
};

QTEST_GUILESS_MAIN(TestSyncEnrolment)
#include "tst_enrolment.moc"
