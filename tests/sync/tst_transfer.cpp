// The transfer itself, against the real server over real TLS: a connection cut at byte after byte
// of the upload and of the download loses nothing and applies nothing twice (the next sync resumes
// from what each side committed); a busy server's 429 Retry-After is honoured; the outbox is cleared
// only once the acknowledgement is stored.

#include "cutting_proxy.h"
#include "sync_fixture.h"

#include <QSemaphore>

#include <atomic>
#include <thread>

using namespace xaso;
using namespace xaso::test;

namespace {

constexpr int kRounds = 12; // cut positions per direction, spread over one whole sync

sync::SyncOptions smallSteps(int attempts)
{
    sync::SyncOptions o;
    o.batchBytes = 300; // several batches and, with the server's small pages, several pages per sync
    o.maxAttempts = attempts;
    o.jitterSeed = 1;
    o.sleep = [](qint64) {};
    return o;
}

} // namespace

class TestSyncTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void cutAtAnyByteLosesNothing_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::newRow("upload cut") << true;
        QTest::newRow("download cut") << false;
    }

    void cutAtAnyByteLosesNothing()
    {
        QFETCH(bool, upload);
        const auto direction = upload ? CuttingProxy::Direction::Up : CuttingProxy::Direction::Down;
        sync::SyncServerConfig config;
        config.service.pullPageBytes = 900;
        TestServer server(config);
        CuttingProxy proxy(server.server->port());
        Device a, b;
        QVERIFY(a.enrolAt(server, QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())).ok());
        QVERIFY(b.enrol(server).ok());

        int written = 0; // changes written by both devices so far
        auto work = [&](int round) {
            for (int i = 0; i < 6; ++i) {
                QVERIFY(a.insert(QStringLiteral("a%1-%2").arg(round).arg(i),
                                 QStringLiteral("Hộ ông Lê Văn Tám, xóm %1").arg(i))
                            .ok());
                QVERIFY(
                    b.insert(QStringLiteral("b%1-%2").arg(round).arg(i), QStringLiteral("Ghi chú %1").arg(i))
                        .ok());
            }
            QVERIFY(
                a.edit(QStringLiteral("a%1-0").arg(round), QStringLiteral("body"), QStringLiteral("đã sửa"))
                    .ok());
            written += 13;
            auto rb = b.sync();
            QVERIFY2(rb.ok(), qPrintable(rb.message()));
        };
        auto expectWhole = [&](const QString& where) {
            const QByteArray w = where.toUtf8();
            QVERIFY2(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")) == written,
                     w.constData());
            QVERIFY2(server.count(QStringLiteral("SELECT count(DISTINCT device_id || ':' || device_seq) FROM "
                                                 "srv_changes")) == written,
                     w.constData());
            QVERIFY2(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")) == 0,
                     w.constData());
            QVERIFY2(a.count(QStringLiteral("SELECT count(*) FROM notes")) == written / 13 * 12,
                     w.constData());
            QVERIFY2(a.count(QStringLiteral("SELECT count(*) FROM sync_quarantine")) == 0, w.constData());
            QVERIFY2(a.count(QStringLiteral("SELECT count(*) FROM sync_conflicts")) == 0, w.constData());
        };

        // A whole sync through the relay, to learn how many bytes one takes in this direction.
        work(0);
        proxy.resetCounts();
        auto reference = sync::SyncClient(a.vault(), *a.wire, smallSteps(1)).sync();
        QVERIFY2(reference.ok(), qPrintable(reference.message()));
        QVERIFY(reference->batches >= 3);
        const qint64 total = proxy.bytes(direction);
        QVERIFY(total > 2000);
        expectWhole(QStringLiteral("reference"));

        int failed = 0;
        for (int round = 1; round <= kRounds; ++round) {
            work(round);
            const qint64 at = total * round / (kRounds + 1) + round; // not on a record boundary
            proxy.cutAt(direction, at);
            auto cut = sync::SyncClient(a.vault(), *a.wire, smallSteps(1)).sync();
            failed += cut.ok() ? 0 : 1;
            if (!cut.ok())
                QCOMPARE(cut.code(), ErrorCode::Io);
            // What the server holds is a prefix of A's outbox, never more than A thinks is unsent.
            QVERIFY(server.count(QStringLiteral(
                        "SELECT count(DISTINCT device_id || ':' || device_seq) FROM srv_changes")) ==
                    server.count(QStringLiteral("SELECT count(*) FROM srv_changes")));
            proxy.cutAt(direction, -1);
            auto resumed = sync::SyncClient(a.vault(), *a.wire, smallSteps(1)).sync();
            QVERIFY2(resumed.ok(), qPrintable(resumed.message()));
            QVERIFY(resumed->digestsCompared);
            QVERIFY2(resumed->divergent.isEmpty(), qPrintable(resumed->divergent.join(u',')));
            expectWhole(QStringLiteral("round %1, cut at byte %2").arg(round).arg(at));
        }
        QVERIFY2(failed >= kRounds - 1, "the cuts did interrupt the syncs");
        // The server saw no half batch as a batch: nothing was refused.
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync-refused'")),
                 0);
        auto rb = b.sync();
        QVERIFY(rb.ok());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM notes")), written / 13 * 12);
        QVERIFY(rb->divergent.isEmpty());
        QCOMPARE(b.field(QStringLiteral("a5-0"), QStringLiteral("body")).toString(),
                 QStringLiteral("đã sửa"));
    }

    void batchesCarryWholeTransactions()
    {
        Device a;
        for (int t = 0; t < 4; ++t) {
            QVERIFY(a.write([&](domain::RecordWriter& w) -> Status {
                         for (int i = 0; i < 5; ++i)
                             XASO_TRY(w.insert(QStringLiteral("notes"),
                                               QStringLiteral("t%1-%2").arg(t).arg(i),
                                               {{QStringLiteral("title"), QStringLiteral("x"), 0}}));
                         return {};
                     }).ok());
        }
        sync::SyncState state;
        sync::Outbox outbox(a.db(), state);
        // A target of about seven changes: the slice stops at the end of the first transaction.
        auto slice = outbox.next(0, 7 * 80);
        QVERIFY(slice.ok());
        QCOMPARE(slice->changes.size(), 5);
        QVERIFY(!slice->transactionContinues);
        QVERIFY(slice->changes.first().txn == slice->changes.last().txn);
        // Twelve: two whole transactions.
        QCOMPARE(outbox.next(0, 12 * 80)->changes.size(), 10);
        // A target smaller than one transaction: the transaction is split and the batch says so.
        slice = outbox.next(5, 2 * 80);
        QVERIFY(slice.ok());
        QVERIFY(slice->changes.size() < 5);
        QVERIFY(slice->transactionContinues);
        // The end of the log ends a transaction.
        slice = outbox.next(15, 1 << 20);
        QCOMPARE(slice->changes.size(), 5);
        QVERIFY(!slice->transactionContinues);
    }

    void busyServerRetryAfterIsHonoured()
    {
        sync::SyncServerConfig config;
        config.maxInFlight = 1;
        config.retryAfterSeconds = 3;
        TestServer server(config);
        Device a, other;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(other.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("chờ")).ok());

        // Another officer's request is held inside the server, so A's first request finds it full.
        QSemaphore entered, release;
        std::atomic<bool> hold{true};
        server.server->setRequestHookForTests([&] {
            if (hold.exchange(false)) {
                entered.release();
                release.acquire();
            }
        });
        std::thread slow([&] { (void)other.wire->send({"GET", "/status", {}, {}, {}}); });
        QVERIFY(entered.tryAcquire(1, 30000));

        QList<qint64> waits;
        sync::SyncOptions o;
        o.sleep = [&](qint64 ms) {
            waits.append(ms);
            if (waits.size() == 1) { // the other request finishes while A waits
                release.release();
                slow.join();
            }
        };
        QStringList progress;
        o.progress = [&](const QString& line) { progress.append(line); };
        auto r = sync::SyncClient(a.vault(), *a.wire, o).sync();
        if (slow.joinable())
            slow.join();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        // At least what Retry-After said and at most twice that (the random spread that keeps
        // turned-away clients from returning together), never the client's own backoff.
        QVERIFY(!waits.isEmpty());
        for (qint64 w : waits) {
            QVERIFY2(w >= 3000 && w < 6000, qPrintable(QString::number(w)));
        }
        QVERIFY(progress.first().contains(QStringLiteral("retrying in ")));
        QCOMPARE(r->pushed, 1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 1);
    }

    void unreachableServerBacksOffExponentiallyWithJitter()
    {
        TestServer server;
        Device a;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("chờ mạng")).ok());
        server.stop(); // the commune's server is down: every connection is refused
        QList<qint64> waits;
        sync::SyncOptions o;
        o.maxAttempts = 9;
        o.backoffBaseMs = 500;
        o.backoffMaxMs = 30000;
        o.sleep = [&](qint64 ms) { waits.append(ms); };
        auto r = sync::SyncClient(a.vault(), *a.wire, o).sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::Io);
        QCOMPARE(waits.size(), 8);
        QSet<qint64> distinct;
        for (int i = 0; i < waits.size(); ++i) {
            const qint64 step = qMin<qint64>(30000, 500LL << i);
            QVERIFY2(waits.at(i) >= step / 2 && waits.at(i) < step,
                     qPrintable(QStringLiteral("wait %1 = %2 ms").arg(i).arg(waits.at(i))));
            distinct.insert(waits.at(i) - step / 2);
        }
        QVERIFY(distinct.size() > 1); // jittered, not a fixed schedule
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 1);

        // Back up: the same outbox goes through.
        server.start();
        auto again = a.sync();
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
    }

    void outboxClearedOnlyWithTheStoredAcknowledgement()
    {
        TestServer server;
        Device a;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(a.insert(QStringLiteral("n1"), QStringLiteral("một")).ok());
        QVERIFY(a.insert(QStringLiteral("n2"), QStringLiteral("hai")).ok());
        // The server commits; then storing the acknowledgement fails (the vault refuses writes to
        // sync_ack_ranges): the outbox must still hold both changes.
        QVERIFY(a.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER no_ack BEFORE INSERT ON sync_ack_ranges "
                                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                    .ok());
        auto failed = a.sync();
        QVERIFY(!failed.ok());
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 2);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 2);
        QCOMPARE(sync::requireSyncState(a.db()).value().ackedSeq, 0);
        QVERIFY(a.db().exec(QStringLiteral("DROP TRIGGER no_ack")).ok());
        auto ok = a.sync();
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
        QCOMPARE(sync::requireSyncState(a.db()).value().ackedSeq, 2);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")),
                 2); // the replay wrote nothing
    }
};

QTEST_GUILESS_MAIN(TestSyncTransfer)
#include "tst_transfer.moc"
