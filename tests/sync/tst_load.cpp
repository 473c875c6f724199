// The commune server under load (issue 10): 50 officer devices sync at the same time, round after
// round, against one real server over loopback TLS whose admission limit is far below 50. Checks
// that the server sheds load with 429 and Retry-After (and the clients wait and come back), that no
// change is lost or stored twice, that every device ends with everyone's records, and that memory
// does not grow with the rounds. Bounded: a fixed number of rounds, each a few seconds.

#include "sync_fixture.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <thread>

using namespace xaso;
using namespace xaso::test;

namespace {

constexpr int kDevices = 50;
constexpr int kRounds = 2;
constexpr int kNotesPerRound = 4;

// Passes every request to the real transport and counts the server's 429 answers (a probe, not a
// fake: the answers are the server's own).
class CountingTransport final : public sync::HttpTransport
{
public:
    CountingTransport(sync::HttpTransport& inner, QAtomicInt& busy) : m_inner(inner), m_busy(busy) {}
    Result<sync::HttpResponse> send(const sync::HttpRequest& request) override
    {
        auto r = m_inner.send(request);
        if (r && r->status == 429) {
            m_busy.fetchAndAddRelaxed(1);
            if (!r->headers.contains("retry-after"))
                m_missingRetryAfter.fetchAndAddRelaxed(1);
        }
        return r;
    }
    int missingRetryAfter() const { return m_missingRetryAfter.loadRelaxed(); }

private:
    sync::HttpTransport& m_inner;
    QAtomicInt& m_busy;
    QAtomicInt m_missingRetryAfter;
};

// Resident set size of this process (the server runs in it), in KiB.
qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

class TestLoad : public QObject
{
    Q_OBJECT
private slots:
    void fiftyDevicesAtOnce()
    {
        sync::SyncServerConfig config;
        config.threads = 4; // the default: far below 50 clients, so the server must shed load
        config.retryAfterSeconds = 1;
        TestServer server(config);

        QElapsedTimer timer;
        timer.start();
        QAtomicInt busy;
        std::vector<std::unique_ptr<Device>> devices;
        std::vector<std::unique_ptr<CountingTransport>> probes;
        for (int d = 0; d < kDevices; ++d) {
            devices.push_back(std::make_unique<Device>());
            QVERIFY(devices.back()->enrol(server).ok());
            probes.push_back(std::make_unique<CountingTransport>(*devices.back()->wire, busy));
            devices.back()->wire = probes.back().get();
        }

        qInfo("%d devices enrolled in %lld ms", kDevices, timer.restart());
        qint64 rssAfterFirst = 0;
        for (int round = 0; round < kRounds; ++round) {
            for (int d = 0; d < kDevices; ++d) {
                for (int n = 0; n < kNotesPerRound; ++n) {
                    const QString id = QStringLiteral("d%1-r%2-n%3").arg(d).arg(round).arg(n);
                    QVERIFY(devices[size_t(d)]->insert(id, QStringLiteral("ghi chú %1").arg(id)).ok());
                }
            }
            // Every device syncs at the same moment, each on its own thread with its own vault.
            std::vector<QString> failures(kDevices);
            std::vector<std::thread> threads;
            for (int d = 0; d < kDevices; ++d) {
                threads.emplace_back([&, d] {
                    sync::SyncOptions options;
                    options.maxAttempts = 400;
                    options.backoffBaseMs = 20;
                    // Honour Retry-After, but shortened so the test stays bounded.
                    options.sleep = [](qint64 ms) { QThread::msleep(ulong(std::min<qint64>(ms, 600))); };
                    sync::SyncClient client(devices[size_t(d)]->vault(), *devices[size_t(d)]->wire, options);
                    auto r = client.sync();
                    if (!r)
                        failures[size_t(d)] = r.message();
                });
            }
            for (std::thread& t : threads)
                t.join();
            for (int d = 0; d < kDevices; ++d)
                QVERIFY2(failures[size_t(d)].isEmpty(), qPrintable(QStringLiteral("device %1, round %2: %3")
                                                                      .arg(d)
                                                                      .arg(round)
                                                                      .arg(failures[size_t(d)])));
            qInfo("round %d: %lld ms, %d answers 429 so far", round + 1, timer.restart(), busy.loadRelaxed());
            if (round == 0)
                rssAfterFirst = residentKiB();
        }

        // The server was saturated and said so properly.
        QVERIFY2(busy.loadRelaxed() > 0, "50 devices against 4 threads never met a 429");
        for (const auto& probe : probes)
            QCOMPARE(probe->missingRetryAfter(), 0);

        // Nothing lost, nothing twice: the server holds exactly every device's changes, once.
        const qint64 written = qint64(kDevices) * kRounds * kNotesPerRound;
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), written);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM (SELECT device_id, device_seq FROM srv_changes "
                                             "GROUP BY device_id, device_seq HAVING count(*) > 1)")),
                 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(DISTINCT device_id) FROM srv_changes")), kDevices);

        // One more quiet sync each: every outbox is acknowledged and every device has every record.
        for (auto& device : devices) {
            sync::SyncOptions options;
            options.sleep = [](qint64) {};
            QVERIFY(sync::SyncClient(device->vault(), *device->wire, options).sync().ok());
            QCOMPARE(device->count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
            QCOMPARE(device->count(QStringLiteral("SELECT count(*) FROM notes WHERE deleted = 0")), written);
        }

        // Memory: the later rounds (and the final pulls, the heaviest) do not grow the process by
        // more than a bounded amount over the first round; an unbounded queue or a leak per request
        // would. 50 open vaults and TLS sessions live through all rounds, so they are in the base.
        const qint64 growthMiB = (residentKiB() - rssAfterFirst) / 1024;
        qInfo("429 answers: %d; RSS after round 1: %lld MiB; growth since: %lld MiB", busy.loadRelaxed(),
              rssAfterFirst / 1024, growthMiB);
        QVERIFY2(growthMiB < 150, qPrintable(QStringLiteral("memory grew by %1 MiB").arg(growthMiB)));
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
