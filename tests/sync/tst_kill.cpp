// kill -9 of the client (the real xaso-cli process, or a forked writer) at the moments that matter:
// right after a local write's commit, mid-upload, after the server committed a batch but before its
// acknowledgement arrived, and mid-download. Afterwards every replica holds every change once.
// The server is the real SyncServer on 127.0.0.1 with real TLS; a CuttingProxy stalls the upload
// at a chosen byte, and the server's reply hook holds an answer while the client is killed.

#include "cutting_proxy.h"
#include "sync_fixture.h"

#include <QProcess>
#include <QSemaphore>

#include <atomic>
#include <csignal>
#include <sys/wait.h>

using namespace xaso;
using namespace xaso::test;

namespace {

QString bigBody(int i)
{
    return QStringLiteral("Biên bản khảo sát số %1: ").arg(i) + QStringLiteral("nội dung dài ").repeated(40);
}

// `n` notes written in transactions of `perTxn`.
void writeNotes(Device& d, const QString& prefix, int n, int perTxn)
{
    for (int i = 0; i < n; i += perTxn) {
        auto s = d.write([&](domain::RecordWriter& w) -> Status {
            for (int j = i; j < qMin(n, i + perTxn); ++j)
                XASO_TRY(w.insert(QStringLiteral("notes"), prefix + QString::number(j),
                                  {{QStringLiteral("title"), QStringLiteral("Ghi chú %1").arg(j), 0},
                                   {QStringLiteral("body"), bigBody(j), 0}}));
            return {};
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_passwordFile;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    QStringList cliArgs(Device& d, QStringList args) const
    {
        return args << QStringLiteral("--vault") << d.tv.path << QStringLiteral("--password-file")
                    << m_passwordFile;
    }
    void startCli(QProcess& p, Device& d, const QStringList& args)
    {
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(XASO_CLI_BINARY), cliArgs(d, args));
        QVERIFY(p.waitForStarted(30000));
    }
    int cliSync(Device& d, QString* out = nullptr)
    {
        QProcess p;
        startCli(p, d, {QStringLiteral("sync")});
        if (!p.waitForFinished(120000))
            p.kill();
        const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        if (out)
            *out = text;
        if (p.exitCode() != 0)
            qWarning("xaso-cli sync: %s", qPrintable(text));
        return p.exitCode();
    }
    static void killNow(QProcess& p)
    {
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    }
    static void reopen(Device& d)
    {
        auto v = storage::Vault::open(d.tv.path, kPassword, d.tv.clock);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        d.tv.vault = std::move(v).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("xaso.*.debug=false"));
        m_passwordFile = m_dir.filePath(QStringLiteral("pw"));
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassword.toUtf8() + '\n');
    }

    // First, while this process has no server threads: a writer killed right after its commit.
    void killedRightAfterTheOutboxWrite()
    {
        Device a, b;
        a.tv.vault->lock();
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto v = storage::Vault::open(a.tv.path, kPassword, a.tv.clock);
            if (!v)
                _exit(3);
            a.tv.vault = std::move(v).value();
            for (int i = 0; i < 3; ++i) {
                if (!a.insert(QStringLiteral("k%1").arg(i), QStringLiteral("trước khi tắt")).ok())
                    _exit(4);
            }
            raise(SIGKILL); // no close, no checkpoint, no destructor
            _exit(5);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
        reopen(a);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log")), 3);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM notes")), 3);

        TestServer server;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        QVERIFY(a.sync().ok());
        auto rb = b.sync();
        QVERIFY2(rb.ok(), qPrintable(rb.message()));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM notes")), 3);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 3);
        QVERIFY(rb->divergent.isEmpty());
    }

    void killedMidUpload()
    {
        TestServer server;
        CuttingProxy proxy(server.server->port());
        Device a, b;
        QVERIFY(a.enrolAt(server, QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())).ok());
        QVERIFY(b.enrol(server).ok());
        writeNotes(a, QStringLiteral("u"), 240, 60); // about 150 KB: one batch
        a.tv.vault->lock();

        proxy.cutAt(CuttingProxy::Direction::Up, 60000, /*stall*/ true);
        QProcess p;
        startCli(p, a, {QStringLiteral("sync")});
        QVERIFY(proxy.waitStalled());
        killNow(p);
        proxy.cutAt(CuttingProxy::Direction::Up, -1);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")),
                 0); // half a batch is nothing

        QCOMPARE(cliSync(a), 0);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 240);
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync-refused'")),
                 0);
        reopen(a);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
        auto rb = b.sync();
        QVERIFY2(rb.ok(), qPrintable(rb.message()));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM notes")), 240);
        QVERIFY(rb->divergent.isEmpty());
    }

    void killedAfterServerCommitBeforeTheAcknowledgement()
    {
        TestServer server;
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        writeNotes(a, QStringLiteral("c"), 20, 5);
        a.tv.vault->lock();

        QSemaphore committed, proceed;
        std::atomic<bool> armed{true};
        server.server->setReplyHookForTests([&](const QByteArray& target, int status) {
            if (target.startsWith("/push") && status == 200 && armed.exchange(false)) {
                committed.release();
                proceed.acquire(); // the answer leaves only after the client is dead
            }
        });
        QProcess p;
        startCli(p, a, {QStringLiteral("sync")});
        QVERIFY(committed.tryAcquire(1, 60000));
        killNow(p);
        proceed.release();
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")), 20);
        reopen(a);
        // The acknowledgement never arrived, so the outbox still holds everything.
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 20);
        a.tv.vault->lock();

        QString out;
        QCOMPARE(cliSync(a, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("identical")), qPrintable(out));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM srv_changes")),
                 20); // the replay wrote nothing
        reopen(a);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE acked = 0")), 0);
        QCOMPARE(sync::requireSyncState(a.db()).value().ackedSeq, 20);
        QVERIFY(b.sync().ok());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM notes")), 20);
    }

    void killedMidDownload()
    {
        sync::SyncServerConfig config;
        config.service.pullPageBytes = 8000; // about ten changes a page
        TestServer server(config);
        Device a, b;
        QVERIFY(a.enrol(server).ok());
        QVERIFY(b.enrol(server).ok());
        writeNotes(b, QStringLiteral("d"), 60, 10);
        QVERIFY(b.edit(QStringLiteral("d3"), QStringLiteral("title"), QStringLiteral("đã sửa")).ok());
        QVERIFY(b.sync().ok());
        a.tv.vault->lock();

        QSemaphore served, proceed;
        std::atomic<int> pulls{0};
        server.server->setReplyHookForTests([&](const QByteArray& target, int) {
            if (target.startsWith("/pull") && ++pulls == 3) {
                served.release();
                proceed.acquire();
            }
        });
        QProcess p;
        startCli(p, a, {QStringLiteral("sync")});
        QVERIFY(served.tryAcquire(1, 60000));
        killNow(p);
        proceed.release();
        reopen(a);
        const qint64 partial = a.count(QStringLiteral("SELECT count(*) FROM notes"));
        QVERIFY2(partial > 0 && partial < 60, qPrintable(QString::number(partial))); // two pages applied
        QVERIFY(sync::requireSyncState(a.db()).value().pulledSeq > 0);
        a.tv.vault->lock();

        QString out;
        QCOMPARE(cliSync(a, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("identical")), qPrintable(out));
        reopen(a);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM notes")), 60);
        QCOMPARE(a.count(QStringLiteral("SELECT applied_seq FROM sync_peers")), 61);
        QCOMPARE(a.field(QStringLiteral("d3"), QStringLiteral("title")).toString(), QStringLiteral("đã sửa"));
        // Applied once: the edited row went from version 1 to 2, no further.
        QCOMPARE(a.field(QStringLiteral("d3"), QStringLiteral("row_version")).toLongLong(), 2);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_kill.moc"
