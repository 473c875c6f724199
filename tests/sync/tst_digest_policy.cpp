// Table digests read every synced row on both sides, so the app and xaso-cli compare them on the
// first sync of each day, not on every sync (SyncOptions::DigestCheck::Daily): compared on the
// first sync, skipped within the day, compared again a day later or when the laptop's clock went
// back; EverySync (the tests' default, and `xaso-cli sync --verify`) always compares.

#include "sync_fixture.h"

using namespace xaso;
using namespace xaso::test;

class TestDigestPolicy : public QObject
{
    Q_OBJECT
private slots:
    void dailyComparesOnTheFirstSyncOfEachDay();
};

void TestDigestPolicy::dailyComparesOnTheFirstSyncOfEachDay()
{
    TestServer server;
    Device a;
    QVERIFY(a.enrol(server).ok());
    sync::SyncOptions daily;
    daily.digests = sync::SyncOptions::DigestCheck::Daily;
    int written = 0;
    // Writes one note, syncs it; whether the digests were compared (nullopt: the sync failed).
    auto compared = [&](const sync::SyncOptions& options) -> std::optional<bool> {
        if (!a.insert(QStringLiteral("n%1").arg(++written), QStringLiteral("Ghi chú")).ok())
            return std::nullopt;
        auto r = a.sync(options);
        if (!r || r->pushed != 1 || !r->divergent.isEmpty())
            return std::nullopt;
        return r->digestsCompared;
    };

    QCOMPARE(compared(daily), std::optional<bool>(true)); // the first sync compares
    a.tv.clock.advanceMs(3 * 3600 * 1000);
    QCOMPARE(compared(daily), std::optional<bool>(false)); // three hours later: not again
    QVERIFY(a.progress.join(QLatin1Char('\n')).contains(QStringLiteral("less than a day ago")));
    QCOMPARE(compared(sync::SyncOptions()), std::optional<bool>(true)); // EverySync, as `--verify`
    a.tv.clock.advanceMs(25 * 3600 * 1000);
    QCOMPARE(compared(daily), std::optional<bool>(true)); // a day later
    a.tv.clock.advanceMs(-2 * 3600 * 1000);               // the laptop's clock was set back
    QCOMPARE(compared(daily), std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestDigestPolicy)
#include "tst_digest_policy.moc"
