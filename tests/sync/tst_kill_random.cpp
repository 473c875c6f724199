// Crash consistency of sync (issue 10): a device with a few hundred unsent changes in several
// transactions, and other changes waiting for it on the server, syncs in a child process (this
// same executable, re-run as a sync client) that is killed with SIGKILL at a random moment — a
// random delay in microseconds from the start of the sync, a random byte of the upload or the
// download where a CuttingProxy stalls the connection, or a random one of the server's answers,
// held after the server's commit until the client is dead. At least 50 kills, spread over upload,
// server commit, acknowledgement, download and local apply. After each kill the vault opens and:
//  1. every record this device had committed is intact, and so is its outbox;
//  2. the file passes the integrity check, and the other device's changes are applied exactly up
//     to the stored download cursor (a page is all or nothing); the upload state is consistent;
//  3. the audit chain verifies;
//  4. a normal sync resumes and converges: both devices and the server hold every change once.
// The seed is printed; XASO_SYNC_KILL_SEED=<n> replays a run's choices.

#include "cutting_proxy.h"
#include "storage/audit_log.h"
#include "sync_fixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::test;

namespace {

constexpr int kKills = 50;          // kills that hit a running sync
constexpr int kMaxRounds = 90;      // rounds whose child finished first do not count
constexpr int kRoundsPerWorld = 11; // a fresh server and devices now and then keep rounds cheap
constexpr int kTxnsA = 4;           // the killed device writes 4 × 40 inserts and 30 edits a round
constexpr int kInsertsPerTxnA = 40;
constexpr int kEditsA = 30;
constexpr int kInsertsB = 40; // the other device: 2 × 20 inserts and 10 edits a round
constexpr int kEditsB = 10;
constexpr qsizetype kBatchBytes = 24 * 1024; // several push batches a round
constexpr qint64 kDefaultSeed = 20261127;
constexpr const char* kChildVariable = "XASO_SYNC_KILL_CHILD";

QString bigBody(const QString& id)
{
    return u"Biên bản khảo sát %1: "_s.arg(id) + u"nội dung dài "_s.repeated(30);
}

// The child: open the vault, connect, say "ready", wait for "go" on stdin, sync. Runs until done
// or killed. argv: <vault> <clock ms>.
int runChild(int argc, char** argv)
{
    if (argc < 3 || !crypto::initializeCrypto().ok())
        return 3;
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(QByteArray(argv[2]).toLongLong(), Qt::UTC));
    auto vault = storage::Vault::open(QString::fromLocal8Bit(argv[1]), kPassword, clock);
    if (!vault) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.message()));
        return 3;
    }
    auto state = sync::requireSyncState((*vault)->db());
    if (!state)
        return 4;
    sync::HttpsTransport transport(QUrl(state->url), state->certSha256, 10);
    sync::SyncOptions options;
    options.batchBytes = kBatchBytes;
    options.sleep = [](qint64) {};
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 5;
    sync::SyncClient client(**vault, transport, options);
    auto report = client.sync();
    if (!report) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(report.message()));
        return 1;
    }
    return report->divergent.isEmpty() ? 0 : 2;
}

// id → "title|body|row_version|deleted" of the notes whose id starts with `prefix`.
QMap<QString, QString> notes(Device& d, const QString& prefix = {})
{
    QMap<QString, QString> rows;
    auto st = d.db().prepare(u"SELECT id, title, body, row_version, deleted FROM notes WHERE id LIKE ?"_s);
    st->bind(1, prefix + u"%"_s);
    while (st->step().value())
        rows.insert(st->text(0),
                    u"%1|%2|%3|%4"_s.arg(st->text(1), st->text(2)).arg(st->int64(3)).arg(st->int64(4)));
    return rows;
}

// A digest of the outbox's content (everything but the acked flag).
QByteArray outboxDigest(Device& d)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto st =
        d.db().prepare(u"SELECT seq, hlc, tbl, record_key, op, fields, txn FROM change_log ORDER BY seq"_s);
    while (st->step().value()) {
        for (int c = 0; c < 7; ++c)
            h.addData(st->value(c).toString().toUtf8() + st->blob(c) + '\x1f');
    }
    return h.result();
}

// One change the other device made, as the killed device should see it once applied.
struct RemoteChange
{
    qint64 deviceSeq;
    QString id;
    QString title;
    QString body; // empty for an edit (only the title changes)
};

struct World
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<CuttingProxy> proxy;
    std::unique_ptr<Device> a; // killed while syncing
    std::unique_ptr<Device> b; // its changes wait on the server
    QList<RemoteChange> fromB;
    int round = 0;
    qint64 typicalUs = 0; // one whole sync of a round, measured uncut
    qint64 typicalUp = 0, typicalDown = 0;
    int typicalReplies = 0;
};

// The server's reply hook: counts answers and can hold the n-th one (after the server committed
// its work) until the client has been killed.
struct ReplyHold
{
    std::atomic<int> replies{0};
    std::atomic<int> holdAt{-1};
    QSemaphore held;
    QSemaphore proceed;
    QByteArray heldTarget; // written before `held` is released

    void onReply(const QByteArray& target)
    {
        if (++replies != holdAt.load())
            return;
        heldTarget = target;
        held.release();
        proceed.acquire();
    }
};

struct Before
{
    QMap<QString, QString> ownNotes;
    QByteArray outbox;
    qint64 lastSeq = 0;
    qint64 ackedSeq = 0;
    qint64 pulledSeq = 0;
    qint64 serverHasOfA = 0;
};

} // namespace

class TestSyncKillRandom : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_rng;
    QMap<QString, int> m_phases;
    ReplyHold m_hold;

    static qint64 seq(Device& d, const char* sql) { return d.count(QString::fromLatin1(sql)); }

    void newWorld(World& w)
    {
        w = World();
        sync::SyncServerConfig config;
        config.service.pullPageBytes = 12000; // several pages a round
        w.server = std::make_unique<TestServer>(config);
        w.server->server->setReplyHookForTests(
            [this](const QByteArray& target, int) { m_hold.onReply(target); });
        w.proxy = std::make_unique<CuttingProxy>(w.server->server->port());
        w.a = std::make_unique<Device>();
        w.b = std::make_unique<Device>();
        const QString via = u"https://127.0.0.1:%1"_s.arg(w.proxy->port());
        QVERIFY(w.a->enrolAt(*w.server, via).ok());
        QVERIFY(w.b->enrol(*w.server).ok());
    }

    // This round's local writes on both devices; the other device sends its own to the server.
    void writeRound(World& w)
    {
        const int r = w.round;
        for (ManualClock* c : {&w.a->tv.clock, &w.b->tv.clock, &w.server->clock})
            c->advanceMs(1000);
        for (int t = 0; t < kTxnsA; ++t) {
            auto s = w.a->write([&](domain::RecordWriter& wr) -> Status {
                for (int j = 0; j < kInsertsPerTxnA; ++j) {
                    const QString id = u"a%1_%2"_s.arg(r).arg(t * kInsertsPerTxnA + j);
                    XASO_TRY(
                        wr.insert(u"notes"_s, id,
                                  {{u"title"_s, u"Ghi chú %1"_s.arg(id), 0}, {u"body"_s, bigBody(id), 0}}));
                }
                return {};
            });
            QVERIFY2(s.ok(), qPrintable(s.message()));
        }
        if (r > 0) {
            auto s = w.a->write([&](domain::RecordWriter& wr) -> Status {
                for (int j = 0; j < kEditsA; ++j)
                    XASO_TRY(wr.update(u"notes"_s, u"a%1_%2"_s.arg(r - 1).arg(j),
                                       {{u"title"_s, u"A sửa ở vòng %1"_s.arg(r), 0}}));
                return {};
            });
            QVERIFY2(s.ok(), qPrintable(s.message()));
        }

        qint64 bSeq = seq(*w.b, "SELECT coalesce(max(seq), 0) FROM change_log");
        for (int t = 0; t < 2; ++t) {
            QList<RemoteChange> txn;
            auto s = w.b->write([&](domain::RecordWriter& wr) -> Status {
                for (int j = 0; j < kInsertsB / 2; ++j) {
                    const QString id = u"b%1_%2"_s.arg(r).arg(t * kInsertsB / 2 + j);
                    const RemoteChange c{++bSeq, id, u"Ghi chú %1"_s.arg(id), bigBody(id)};
                    XASO_TRY(wr.insert(u"notes"_s, id, {{u"title"_s, c.title, 0}, {u"body"_s, c.body, 0}}));
                    txn.append(c);
                }
                return {};
            });
            QVERIFY2(s.ok(), qPrintable(s.message()));
            w.fromB += txn;
        }
        if (r > 0) {
            QList<RemoteChange> txn;
            auto s = w.b->write([&](domain::RecordWriter& wr) -> Status {
                for (int j = 0; j < kEditsB; ++j) {
                    const RemoteChange c{
                        ++bSeq, u"b%1_%2"_s.arg(r - 1).arg(j), u"B sửa ở vòng %1"_s.arg(r), {}};
                    XASO_TRY(wr.update(u"notes"_s, c.id, {{u"title"_s, c.title, 0}}));
                    txn.append(c);
                }
                return {};
            });
            QVERIFY2(s.ok(), qPrintable(s.message()));
            w.fromB += txn;
        }
        QCOMPARE(seq(*w.b, "SELECT max(seq) FROM change_log"), bSeq);
        auto sent = w.b->sync();
        QVERIFY2(sent.ok(), qPrintable(sent.message()));
        QCOMPARE(seq(*w.b, "SELECT count(*) FROM change_log WHERE acked = 0"), 0);
        w.round++;
    }

    Before snapshot(World& w)
    {
        Before s;
        s.ownNotes = notes(*w.a, u"a"_s);
        s.outbox = outboxDigest(*w.a);
        s.lastSeq = seq(*w.a, "SELECT coalesce(max(seq), 0) FROM change_log");
        const sync::SyncState st = sync::requireSyncState(w.a->db()).value();
        s.ackedSeq = st.ackedSeq;
        s.pulledSeq = st.pulledSeq;
        s.serverHasOfA =
            w.server->count(u"SELECT count(*) FROM srv_changes WHERE device_id = '%1'"_s.arg(w.a->id()));
        return s;
    }

    // Starts the child sync and returns once it has said "ready"; the clock starts at "go".
    void startChild(World& w, QProcess& p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"xaso.*.debug=false;xaso.*.info=false"_s);
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(),
                {w.a->tv.path, QString::number(w.a->tv.clock.nowMs())});
        QVERIFY(p.waitForStarted(30000));
        while (!p.canReadLine())
            QVERIFY2(p.waitForReadyRead(60000), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QCOMPARE(p.readLine(), QByteArray("ready\n"));
    }

    static void go(QProcess& p)
    {
        p.write("go\n");
        p.waitForBytesWritten(1000);
    }

    // A whole uncut sync, to learn how long one takes and how many bytes pass each way.
    void calibrate(World& w)
    {
        writeRound(w);
        w.a->tv.vault->lock();
        QProcess p;
        startChild(w, p);
        w.proxy->resetCounts();
        m_hold.replies = 0;
        QElapsedTimer t;
        t.start();
        go(p);
        QVERIFY(p.waitForFinished(120000));
        w.typicalUs = t.nsecsElapsed() / 1000;
        w.typicalUp = w.proxy->bytes(CuttingProxy::Direction::Up);
        w.typicalDown = w.proxy->bytes(CuttingProxy::Direction::Down);
        w.typicalReplies = m_hold.replies;
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        reopen(*w.a);
        qInfo("calibration: a whole sync of a round takes %lld µs, %lld bytes up, %lld down, %d answers",
              w.typicalUs, w.typicalUp, w.typicalDown, w.typicalReplies);
    }

    static void reopen(Device& d)
    {
        auto v = storage::Vault::open(d.tv.path, kPassword, d.tv.clock);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        d.tv.vault = std::move(v).value();
    }

    // Runs the child and kills it at a random moment; *killed is false when it finished first.
    void killRandomly(World& w, QString* how, bool* killed)
    {
        QProcess p;
        startChild(w, p);
        const quint32 mode = m_rng.bounded(4); // 0, 1: a delay; 2: a byte; 3: an answer
        bool holding = false;
        if (mode == 3) {
            const int n = 1 + int(m_rng.bounded(quint32(qMax(1, w.typicalReplies))));
            m_hold.replies = 0;
            m_hold.holdAt = n;
            go(p);
            while (!m_hold.held.tryAcquire(1, 20) && p.state() == QProcess::Running)
                p.waitForFinished(0);
            holding = p.state() == QProcess::Running;
            *how =
                u"held answer %1 of %2 (%3)"_s.arg(n)
                    .arg(w.typicalReplies)
                    .arg(holding ? QString::fromLatin1(m_hold.heldTarget.split('?').constFirst()) : u"-"_s);
        } else if (mode == 2) {
            const bool up = m_rng.bounded(2) == 0;
            const qint64 total = up ? w.typicalUp : w.typicalDown;
            const qint64 at = qint64(m_rng.bounded(quint32(qMax<qint64>(1, total))));
            *how = u"cut at byte %1 of %2 %3"_s.arg(at).arg(total).arg(up ? u"up"_s : u"down"_s);
            w.proxy->cutAt(up ? CuttingProxy::Direction::Up : CuttingProxy::Direction::Down, at,
                           /*stall*/ true);
            go(p);
            while (!w.proxy->waitStalled(20) && p.state() == QProcess::Running)
                p.waitForFinished(0);
        } else {
            const qint64 us = qint64(m_rng.bounded(quint32(qMax<qint64>(1, w.typicalUs))));
            *how = u"killed after %1 of %2 µs"_s.arg(us).arg(w.typicalUs);
            QElapsedTimer t;
            t.start();
            go(p);
            const qint64 left = us - t.nsecsElapsed() / 1000;
            if (left > 0)
                std::this_thread::sleep_for(std::chrono::microseconds(left));
        }
        *killed = false;
        if (p.state() == QProcess::Running && p.processId() > 0) {
            ::kill(pid_t(p.processId()), SIGKILL); // never kill(0, …): that is this process group
            *killed = true;
        }
        p.waitForFinished(30000);
        if (holding)
            m_hold.proceed.release(); // the answer goes to a dead client
        m_hold.holdAt = -1;
        w.proxy->cutAt(CuttingProxy::Direction::Up, -1);
        if (*killed)
            *killed = p.exitStatus() == QProcess::CrashExit;
        if (!*killed)
            QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    }

    // Checks 1–3 right after the kill, and names the phase it hit.
    void checkAfterKill(World& w, const Before& before, const QString& how)
    {
        Device& a = *w.a;
        reopen(a);
        if (QTest::currentTestFailed())
            return;
        // 1. What this device had committed: its records and its outbox, unchanged.
        QVERIFY2(notes(a, u"a"_s) == before.ownNotes, qPrintable(how));
        QVERIFY2(outboxDigest(a) == before.outbox, qPrintable(how));
        // 2. Nothing half-written.
        auto integrity = a.vault().checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(how + u": "_s + integrity.message()));
        const sync::SyncState st = sync::requireSyncState(a.db()).value();
        QVERIFY(st.ackedSeq >= before.ackedSeq && st.ackedSeq <= before.lastSeq);
        QCOMPARE(seq(a, "SELECT count(*) FROM change_log WHERE acked = 1"), st.ackedSeq);
        QCOMPARE(seq(a, "SELECT coalesce(max(seq), 0) FROM change_log WHERE acked = 1"), st.ackedSeq);
        // The server holds a prefix of this device's changes, never less than it acknowledged.
        const QString mine = u"FROM srv_changes WHERE device_id = '%1'"_s.arg(a.id());
        const qint64 onServer = w.server->count(u"SELECT count(*) "_s + mine);
        QCOMPARE(w.server->count(u"SELECT coalesce(max(device_seq), 0) "_s + mine), onServer);
        QCOMPARE(w.server->count(u"SELECT count(DISTINCT device_seq) "_s + mine), onServer);
        QVERIFY2(onServer >= st.ackedSeq && onServer <= before.lastSeq, qPrintable(how));
        // The other device's changes: applied exactly up to the download cursor.
        QHash<qint64, qint64> serverSeqOf; // B's device seq → server seq
        {
            auto q = w.server->store->db().prepare(
                u"SELECT device_seq, server_seq FROM srv_changes WHERE device_id = ?"_s);
            q->bind(1, w.b->id());
            while (q->step().value())
                serverSeqOf.insert(q->int64(0), q->int64(1));
        }
        QMap<QString, QString> expected; // id → title|body
        for (const RemoteChange& c : std::as_const(w.fromB)) {
            const qint64 at = serverSeqOf.value(c.deviceSeq, -1);
            QVERIFY(at > 0);
            if (at > st.pulledSeq)
                continue;
            const QString body = c.body.isEmpty() ? expected.value(c.id).section(u'|', 1) : c.body;
            expected.insert(c.id, c.title + u'|' + body);
        }
        QMap<QString, QString> applied;
        const QMap<QString, QString> fromB = notes(a, u"b"_s);
        for (auto it = fromB.cbegin(); it != fromB.cend(); ++it)
            applied.insert(it.key(), it.value().section(u'|', 0, 1));
        QVERIFY2(applied == expected,
                 qPrintable(u"%1: %2 of the other device's records applied, %3 expected at "
                            u"cursor %4"_s.arg(how)
                                .arg(applied.size())
                                .arg(expected.size())
                                .arg(st.pulledSeq)));
        // 3. The audit chain.
        auto audit = storage::AuditLog::verify(a.db(), a.vault().profile().signingPublicKey);
        QVERIFY(audit.ok());
        QVERIFY2(audit->intact, qPrintable(how + u": "_s + audit->problem));

        QString phase;
        if (onServer == before.serverHasOfA)
            phase = u"1 before the server committed a batch"_s;
        else if (onServer < before.lastSeq)
            phase = u"2 mid-upload (some batches committed)"_s;
        else if (st.ackedSeq < before.lastSeq)
            phase = u"3 server committed, acknowledgement not stored"_s;
        else if (st.pulledSeq <= before.pulledSeq)
            phase = u"4 uploaded, no page applied yet (pull or its apply running)"_s;
        else if (st.pulledSeq < w.server->count(u"SELECT max(server_seq) FROM srv_changes"_s))
            phase = u"5 mid-download (some pages applied)"_s;
        else
            phase = u"6 downloaded (digests or the end)"_s;
        m_phases[phase]++;
        qInfo("  %s → phase %s", qPrintable(how), qPrintable(phase));
    }

    // 4. A normal sync resumes; both devices and the server then hold every change once.
    void checkConverges(World& w)
    {
        Device& a = *w.a;
        Device& b = *w.b;
        auto ra = a.sync();
        QVERIFY2(ra.ok(), qPrintable(ra.message()));
        QVERIFY(ra->digestsCompared);
        QVERIFY2(ra->divergent.isEmpty(), qPrintable(ra->divergent.join(u", "_s)));
        auto rb = b.sync();
        QVERIFY2(rb.ok(), qPrintable(rb.message()));
        QVERIFY(rb->digestsCompared);
        QVERIFY2(rb->divergent.isEmpty(), qPrintable(rb->divergent.join(u", "_s)));
        const qint64 aLast = seq(a, "SELECT max(seq) FROM change_log");
        const qint64 bLast = seq(b, "SELECT max(seq) FROM change_log");
        QCOMPARE(seq(a, "SELECT count(*) FROM change_log WHERE acked = 0"), 0);
        QCOMPARE(sync::requireSyncState(a.db()).value().ackedSeq, aLast);
        QCOMPARE(w.server->count(u"SELECT count(*) FROM srv_changes"_s), aLast + bLast);
        QCOMPARE(
            w.server->count(u"SELECT count(*) FROM (SELECT 1 FROM srv_changes GROUP BY device_id, device_seq "
                            u"HAVING count(*) > 1)"_s),
            0);
        QCOMPARE(w.server->count(u"SELECT count(*) FROM audit_log WHERE action = 'sync-refused'"_s), 0);
        // Same rows, same versions: an edit applied twice would show as a higher row_version.
        const QMap<QString, QString> onA = notes(a);
        QCOMPARE(onA.size(), qsizetype(w.round * (kTxnsA * kInsertsPerTxnA + kInsertsB)));
        QVERIFY(onA == notes(b));
        QCOMPARE(seq(a, "SELECT count(*) FROM sync_conflicts"), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        QLoggingCategory::setFilterRules(u"xaso.*.debug=false\nxaso.*.info=false"_s); // the server's chatter
        bool ok = false;
        qint64 seed = qEnvironmentVariable("XASO_SYNC_KILL_SEED").toLongLong(&ok);
        if (!ok)
            seed = kDefaultSeed;
        m_rng.seed(quint32(seed));
        qInfo("sync_kill_random seed %lld (replay: XASO_SYNC_KILL_SEED=%lld)", seed, seed);
    }

    void killedAtRandomMomentsResumesAndConverges()
    {
        QElapsedTimer total;
        total.start();
        World w;
        int kills = 0;
        int finished = 0;
        // Where the time goes (ms), printed at the end to keep the suite's cost in view.
        QMap<QString, qint64> spent;
        QElapsedTimer step;
        auto lap = [&](const QString& name) {
            spent[name] += step.restart();
            return !QTest::currentTestFailed();
        };
        step.start();
        for (int round = 0; kills < kKills && round < kMaxRounds; ++round) {
            if (round % kRoundsPerWorld == 0) {
                newWorld(w);
                calibrate(w);
                if (!lap(u"new server and devices, calibration"_s))
                    return;
                checkConverges(w);
                if (!lap(u"resume and convergence checks"_s))
                    return;
            }
            writeRound(w);
            const Before before = snapshot(w);
            w.a->tv.vault->lock();
            if (!lap(u"writes on both devices"_s))
                return;
            QString how;
            bool killed = false;
            killRandomly(w, &how, &killed);
            if (!lap(u"child sync until the kill"_s))
                return;
            if (killed) {
                ++kills;
                checkAfterKill(w, before, u"kill %1 (round %2): %3"_s.arg(kills).arg(round).arg(how));
            } else {
                ++finished;
                reopen(*w.a);
                qInfo("  %s → the sync had finished", qPrintable(how));
            }
            if (!lap(u"reopen and checks after the kill"_s))
                return;
            checkConverges(w);
            if (!lap(u"resume and convergence checks"_s))
                return;
        }
        for (auto it = m_phases.cbegin(); it != m_phases.cend(); ++it)
            qInfo("phase %s: %d kills", qPrintable(it.key()), it.value());
        for (auto it = spent.cbegin(); it != spent.cend(); ++it)
            qInfo("time in %s: %lld ms", qPrintable(it.key()), it.value());
        qInfo("%d kills, %d syncs finished before their kill, %lld s in all", kills, finished,
              total.elapsed() / 1000);
        QCOMPARE(kills, kKills);
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        QCoreApplication app(argc, argv);
        return runChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestSyncKillRandom test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kill_random.moc"
