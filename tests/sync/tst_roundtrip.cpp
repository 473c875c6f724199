// Two officer vaults and a real xaso-server (SyncServer on 127.0.0.1, real TLS): push and pull,
// replayed, reordered and tampered batches, revocation, clocks, schema, roles, 429 and lost answers.
// Every case asserts what each replica holds afterwards.

#include "sync_fixture.h"

#include "domain/changes/hlc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>

#include <atomic>
#include <thread>

using namespace xaso;
using namespace xaso::test;

class TestSyncRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void pushAndPullBetweenTwoDevices()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(a.insert(QStringLiteral("n%1").arg(i), QStringLiteral("Ghi chú %1").arg(i)).ok());
        QVERIFY(a.edit(QStringLiteral("n2"), QStringLiteral("body"), QStringLiteral("đã xác minh")).ok());
        auto ra = a.sync();
        QVERIFY2(ra.ok(), qPrintable(ra.message()));
        QCOMPARE(ra->pushed, 4);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);

        auto rb = b.sync();
        QVERIFY2(rb.ok(), qPrintable(rb.message()));
        QCOMPARE(rb->pulled, 4);
        QCOMPARE(b.field(QStringLiteral("n2"), QStringLiteral("body")).toString(), QStringLiteral("đã xác minh"));
        QCOMPARE(b.field(QStringLiteral("n3"), QStringLiteral("title")).toString(), QStringLiteral("Ghi chú 3"));
        QVERIFY(rb->digestsCompared);
        QVERIFY2(rb->divergent.isEmpty(), qPrintable(rb->divergent.join(u',')));

        // Back the other way; A's open form on n1 is now stale (field version bumped).
        QVERIFY(b.edit(QStringLiteral("n1"), QStringLiteral("title"), QStringLiteral("Sửa bởi B")).ok());
        QVERIFY(b.sync().ok());
        ra = a.sync();
        QVERIFY(ra.ok());
        QCOMPARE(a.field(QStringLiteral("n1"), QStringLiteral("title")).toString(), QStringLiteral("Sửa bởi B"));
        QVERIFY(ra->divergent.isEmpty());
        QCOMPARE(a.count(QStringLiteral("SELECT version FROM field_versions WHERE record_key = 'n1' AND field = 'title'")), 2);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 5);
        // A second sync moves nothing.
        ra = a.sync();
        QCOMPARE(ra->pushed + ra->pulled, 0);
    }

    void replayedBatchGetsTheSameAckAndWritesNothing()
    {
        TestServer server;
        Device a;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("một")).ok());
        QVERIFY(a.insert(QStringLiteral("n2"), QStringLiteral("hai")).ok());
        const QByteArray batch = a.batch(0, 2);
        auto first = a.post(batch);
        QVERIFY(first.ok());
        QCOMPARE(first->status, 200);
        const qint64 audits = server.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        for (int i = 0; i < 2; ++i) {
            // Once on the same connection, once on a new one, later.
            if (i == 1)
                a.transport = std::make_unique<sync::HttpsTransport>(QUrl(server.url()), server.fingerprint(), 10);
            a.wire = a.transport.get();
            auto again = a.post(batch);
            QVERIFY(again.ok());
            QCOMPARE(again->status, 200);
            QCOMPARE(again->body, first->body); // the same acknowledgement, server sequences included
        }
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    }

    void reorderedBatchWaitsForTheGap()
    {
        TestServer server;
        Device a;
        QVERIFY(a.enrol(server).ok());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(a.insert(QStringLiteral("n%1").arg(i), QStringLiteral("t")).ok());
        auto late = a.post(a.batch(2, 2));
        QVERIFY(late.ok());
        QCOMPARE(late->status, 409);
        const QJsonObject o = QJsonDocument::fromJson(late->body).object();
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("gap"));
        QCOMPARE(o.value(QStringLiteral("expected_seq")).toInteger(), 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 0);
        QCOMPARE(a.post(a.batch(0, 2))->status, 200);
        QCOMPARE(a.post(a.batch(2, 2))->status, 200);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 4);
        // The client itself learns what the server has and sends nothing twice.
        auto r = a.sync();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 4);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
    }

    void tamperedBatchIsRefusedBeforeAnyWrite_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::newRow("flipped body byte") << QStringLiteral("body") << 400;
        QTest::newRow("flipped header byte") << QStringLiteral("header") << 400;
        QTest::newRow("flipped signature byte") << QStringLiteral("signature") << 400;
        QTest::newRow("swapped device id") << QStringLiteral("device") << 400;
        QTest::newRow("truncated") << QStringLiteral("truncated") << 400;
    }

    void tamperedBatchIsRefusedBeforeAnyWrite()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("một")).ok());
        QVERIFY(a.edit(QStringLiteral("n1"), QStringLiteral("title"), QStringLiteral("hai")).ok());
        QByteArray bytes = a.batch(0, 2);
        if (how == QLatin1String("body"))
            bytes[120] = char(bytes.at(120) ^ 0x04);
        else if (how == QLatin1String("header"))
            bytes[50] = char(bytes.at(50) ^ 0x01); // the epoch
        else if (how == QLatin1String("signature"))
            bytes[bytes.size() - 3] = char(bytes.at(bytes.size() - 3) ^ 0x10);
        else if (how == QLatin1String("device"))
            bytes.replace(8, 16, QByteArray::fromHex(b.id().toLatin1())); // claims to be B
        else
            bytes.chop(40);
        auto r = a.post(bytes);
        QVERIFY(r.ok());
        QCOMPARE(r->status, status);
        QVERIFY(!QJsonDocument::fromJson(r->body).object().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sync_field_state")), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync-refused'")), 1);
        // The device then sends the genuine batch.
        auto ok = a.sync();
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
    }

    void revokedDeviceBacklogAcceptedLaterQuarantined()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("trước")).ok());
        QVERIFY(a.insert(QStringLiteral("n2"), QStringLiteral("trước")).ok());
        // The laptop is reported stolen; its last two changes were made before that.
        QVERIFY(server.store->revoke(a.id(), 2).ok());
        QVERIFY(a.insert(QStringLiteral("n3"), QStringLiteral("sau")).ok());
        auto r = a.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::PermissionDenied);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sync_quarantine")), 1);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 1); // n3 kept locally
        QVERIFY(b.sync().ok());
        QCOMPARE(b.field(QStringLiteral("n2"), QStringLiteral("title")).toString(), QStringLiteral("trước"));
        QCOMPARE(b.field(QStringLiteral("n3"), QStringLiteral("title")).toString(), QStringLiteral("<missing>"));
        // Its downloads are refused.
        QCOMPARE(a.wire->send({"GET", "/pull?epoch=1&after=0",
                               sync::signRequest("GET", "/pull?epoch=1&after=0", {}, a.id(), a.vault().signingSecret()),
                               {}, {}})->status, 403);
    }

    void farFutureClockDoesNotMoveTheServerClock()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        a.tv.clock.set(kStart.addDays(365)); // a laptop a year ahead
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("tương lai")).ok());
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QCOMPARE(b.field(QStringLiteral("n1"), QStringLiteral("title")).toString(), QStringLiteral("tương lai"));
        const qint64 limit = kStart.toMSecsSinceEpoch() + domain::HybridClock::kMaxForwardDriftMs;
        domain::HybridClock serverClock(server.store->db(), server.clock);
        QVERIFY(domain::HybridClock::millis(serverClock.last().value()) <= limit);
        // B's next change is stamped with B's own time, not a year ahead.
        QVERIFY(b.insert(QStringLiteral("n2"), QStringLiteral("hôm nay")).ok());
        QCOMPARE(domain::HybridClock::millis(b.count(QStringLiteral("SELECT hlc FROM change_log WHERE record_key = 'n2'"))),
                 kStart.toMSecsSinceEpoch());
        QVERIFY(b.sync().ok());
        QVERIFY(domain::HybridClock::millis(serverClock.last().value()) <= limit);
    }

    void olderClientGetsUpgradeRequired()
    {
        sync::SyncServerConfig config;
        config.service.minClientSchema = storage::latestSchemaVersion() + 1; // a newer server
        TestServer server(config);
        Device a;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("chờ")).ok());
        auto r = a.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::Unsupported);
        QVERIFY2(r.message().contains(QStringLiteral("Upgrade required")), qPrintable(r.message()));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 0);
    }

    void rolesFilterPushAndPull()
    {
        TestServer server;
        Device welfare({QStringLiteral("van_hoa_xa_hoi")}), land({QStringLiteral("dia_chinh")});
        QVERIFY(welfare.enrol(server, {QStringLiteral("van_hoa_xa_hoi")}).ok());
        QVERIFY(land.enrol(server, {QStringLiteral("dia_chinh")}).ok());
        QVERIFY(welfare.insert(QStringLiteral("w1"), QStringLiteral("trợ cấp"), QStringLiteral("welfare_notes")).ok());
        QVERIFY(welfare.sync().ok());
        auto pulled = land.sync();
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(pulled->pulled, 0);
        QCOMPARE(land.count(QStringLiteral("SELECT count(*) FROM welfare_notes")), 0);
        for (const sync::TableComparison& t : pulled->tables)
            QVERIFY(t.table != QLatin1String("welfare_notes"));
        // A welfare row written on the land officer's vault (bypassing the repositories) is refused whole.
        QVERIFY(land.insert(QStringLiteral("w2"), QStringLiteral("không được"), QStringLiteral("welfare_notes")).ok());
        auto refused = land.sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY2(refused.message().contains(QStringLiteral("welfare")), qPrintable(refused.message()));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync-refused'")), 1);
        QCOMPARE(land.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 1);
    }

    void saturatedServerAnswers429()
    {
        sync::SyncServerConfig config;
        config.maxInFlight = 1;
        TestServer server(config);
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QSemaphore entered, release;
        std::atomic<bool> hold{true};
        server.server->setRequestHookForTests([&] {
            if (hold.exchange(false)) {
                entered.release();
                release.acquire();
            }
        });
        std::thread slow([&] { (void)a.wire->send({"GET", "/nothing", {}, {}, {}}); });
        entered.acquire();
        auto busy = b.wire->send({"GET", "/status", {}, {}, {}});
        release.release();
        slow.join();
        QVERIFY(busy.ok());
        QCOMPARE(busy->status, 429);
        QCOMPARE(busy->headers.value("retry-after"), QByteArray("2"));
    }

    void clientHonoursRetryAfterAndBacksOff()
    {
        TestServer server;
        Device a;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("t")).ok());
        FaultyTransport faulty(*a.transport);
        faulty.busy = 2;
        faulty.failBeforeSend = 0;
        a.wire = &faulty;
        QList<qint64> waits;
        sync::SyncOptions o2;
        o2.jitterSeed = 7;
        o2.sleep = [&waits](qint64 ms) { waits.append(ms); };
        sync::SyncClient c2(a.vault(), faulty, o2);
        QVERIFY(c2.sync().ok());
        // Retry-After (7 s) plus a random spread of up to as much again, so clients turned away
        // together do not return together.
        QCOMPARE(waits.size(), 2);
        for (qint64 w : std::as_const(waits))
            QVERIFY2(w >= 7000 && w < 14000, qPrintable(QString::number(w)));
        faulty.failBeforeSend = 3;
        QVERIFY(a.insert(QStringLiteral("n2"), QStringLiteral("t")).ok());
        waits.clear();
        QVERIFY(c2.sync().ok());
        QCOMPARE(waits.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const qint64 step = 500LL << i; // base 500 ms, doubling; half fixed, half jitter
            QVERIFY(waits.at(i) >= step / 2 && waits.at(i) < step);
        }
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
    }

    void lostAcknowledgementIsRecoveredWithoutDuplicates()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("t")).ok());
        QVERIFY(a.edit(QStringLiteral("n1"), QStringLiteral("body"), QStringLiteral("b")).ok());
        FaultyTransport faulty(*a.transport);
        faulty.onlyPath = "/push";
        faulty.dropAfterSend = 1; // the server commits, the answer never arrives
        a.wire = &faulty;
        sync::SyncOptions once;
        once.maxAttempts = 1;
        auto cut = a.sync(once);
        QVERIFY(!cut.ok());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 2); // not yet known
        auto again = a.sync();
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_ack_ranges")), 1);
        QVERIFY(again->divergent.isEmpty());
        QVERIFY(b.sync().ok());
        QCOMPARE(b.field(QStringLiteral("n1"), QStringLiteral("body")).toString(), QStringLiteral("b"));
    }

    void wrongPinnedFingerprintSendsNothing()
    {
        TestServer server;
        Device a;
        QVERIFY(a.enrol(server).ok());
        QString wrong = server.fingerprint();
        wrong[0] = wrong.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        sync::HttpsTransport impostor(QUrl(server.url()), wrong, 5);
        auto r = impostor.send({"GET", "/status", {}, {}, {}});
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::Tampered);
        auto enrol = sync::SyncClient::enroll(Device().vault(), impostor, server.url(), server.code({QStringLiteral("cong_an")}),
                                              wrong);
        QVERIFY(!enrol.ok());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_devices")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncRoundTrip)
#include "tst_roundtrip.moc"
