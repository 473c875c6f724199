// Laptop clocks that are wrong, through the real server: a day ahead, a day behind, and jumping
// backwards in the middle of a sync. Causality decides what replaces what; the clock only picks the
// provisional winner of a real conflict, the same on every replica; the server's clock never
// follows a laptop far ahead; a device's own timestamps never go backwards.

#include "sync_fixture.h"

#include "domain/changes/hlc.h"

using namespace xaso;
using namespace xaso::test;

namespace {

void syncAll(const QList<Device*>& devices)
{
    for (Device* d : devices) {
        auto r = d->sync();
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }
}

void expectIncreasingHlcs(Device& d)
{
    auto st = d.db().prepare(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq"));
    QVERIFY(st.ok());
    qint64 previous = 0;
    while (st->step().value()) {
        QVERIFY2(st->int64(0) > previous, "a device's timestamps only go forwards");
        previous = st->int64(0);
    }
}

void expectServerClockNotDragged(TestServer& server)
{
    domain::HybridClock clock(server.store->db(), server.clock);
    QVERIFY(domain::HybridClock::millis(clock.last().value()) <=
            server.clock.nowMs() + domain::HybridClock::kMaxForwardDriftMs);
}

} // namespace

class TestSyncClocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initializeCrypto().ok()); }

    void wrongLaptopClock_data()
    {
        QTest::addColumn<int>("offsetHours");
        QTest::newRow("a day ahead") << 24;
        QTest::newRow("a day behind") << -24;
    }

    void wrongLaptopClock()
    {
        QFETCH(int, offsetHours);
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        a.tv.clock.set(kStart.addSecs(3600 * offsetHours));
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("Phạm Văn Đồng")).ok());
        syncAll({&a, &b});

        // B corrects the name after seeing A's record: B's edit replaces it, whatever the clocks say.
        b.tv.clock.set(kStart.addSecs(600));
        QVERIFY(b.edit(QStringLiteral("r1"), QStringLiteral("title"), QStringLiteral("Phạm Văn Đông")).ok());
        syncAll({&b, &a});
        QCOMPARE(a.field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                 QStringLiteral("Phạm Văn Đông"));
        QVERIFY(a.conflicts().isEmpty());

        // Then both edit the body offline: a real conflict. The provisional winner is the highest
        // clock (A's when it runs ahead, B's when A runs behind), the same on every replica.
        a.tv.clock.set(kStart.addSecs(3600 * offsetHours + 1200));
        b.tv.clock.set(kStart.addSecs(1200));
        QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("body"), QStringLiteral("A ghi")).ok());
        QVERIFY(b.edit(QStringLiteral("r1"), QStringLiteral("body"), QStringLiteral("B ghi")).ok());
        syncAll({&a, &b, &a});
        const QString winner = offsetHours > 0 ? QStringLiteral("A ghi") : QStringLiteral("B ghi");
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("body")).toString(), winner);
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                     QStringLiteral("Phạm Văn Đông"));
            const auto conflicts = d->conflicts();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().candidates.size(), 2);
            expectIncreasingHlcs(*d);
            auto r = d->sync();
            QVERIFY(r.ok());
            QVERIFY(r->divergent.isEmpty());
        }
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE status = 'open'")),
                 1);
        expectServerClockNotDragged(server);
        // B never adopted A's day-ahead clock either.
        QVERIFY(domain::HybridClock::millis(b.count(QStringLiteral("SELECT max(hlc) FROM change_log"))) <=
                b.tv.clock.nowMs() + domain::HybridClock::kMaxForwardDriftMs);
    }

    void clockJumpsBackwardsMidSession()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        a.tv.clock.set(kStart.addSecs(2 * 3600));
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("lần 1")).ok());
        // While the sync runs, the laptop's clock is corrected two hours back (e.g. by NTP).
        sync::SyncOptions o;
        o.sleep = [](qint64) {};
        o.progress = [&a](const QString&) { a.tv.clock.set(kStart); };
        auto r = sync::SyncClient(a.vault(), *a.wire, o).sync();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(a.tv.clock.nowMs(), kStart.toMSecsSinceEpoch());
        QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("title"), QStringLiteral("lần 2")).ok());
        QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("title"), QStringLiteral("lần 3")).ok());
        expectIncreasingHlcs(a);
        syncAll({&a, &b});
        // A's later edits replace its earlier one everywhere, though its wall clock went back.
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                     QStringLiteral("lần 3"));
            QVERIFY(d->conflicts().isEmpty());
        }
        // B (correct clock, earlier than A's first stamp) edits after seeing A's: B's edit replaces it.
        QVERIFY(b.edit(QStringLiteral("r1"), QStringLiteral("title"), QStringLiteral("B sửa")).ok());
        expectIncreasingHlcs(b);
        syncAll({&b, &a});
        for (Device* d : {&a, &b}) {
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(),
                     QStringLiteral("B sửa"));
            QVERIFY(d->conflicts().isEmpty());
        }
        expectServerClockNotDragged(server);
    }
};

QTEST_GUILESS_MAIN(TestSyncClocks)
#include "tst_clocks.moc"
