// The real binaries end to end: xaso-server init / enroll / run (a separate process on 127.0.0.1
// with real TLS) and xaso-cli enroll / sync / conflicts in two officer vaults that edit the same
// record offline, see one conflict, resolve it and end with identical digests.

#include "sync_fixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QThread>

using namespace xaso;
using namespace xaso::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString match(const QString& text, const char* pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).captured(1);
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_passwordFile;

    Run cli(Device& d, QStringList args)
    {
        args << QStringLiteral("--vault") << d.tv.path << QStringLiteral("--password-file") << m_passwordFile;
        return run(QStringLiteral(XASO_CLI_BINARY), args, m_env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initializeCrypto().ok());
        m_env.insert(QStringLiteral("XASO_SERVER_PASSWORD"), kPassword);
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("xaso.*.debug=false"));
        m_passwordFile = m_dir.filePath(QStringLiteral("pw"));
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassword.toUtf8() + '\n');
    }

    void twoOfficersConflictResolvedThroughTheBinaries()
    {
        const QString server = QStringLiteral(XASO_SERVER_BINARY);
        const QString data = m_dir.filePath(QStringLiteral("server"));
        Run init = run(server, {QStringLiteral("init"), QStringLiteral("--data"), data}, m_env);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString fingerprint = match(init.out, "([0-9a-f]{64})");
        QVERIFY(!fingerprint.isEmpty());
        // The password is never taken from the command line.
        QProcessEnvironment noPassword = m_env;
        noPassword.remove(QStringLiteral("XASO_SERVER_PASSWORD"));
        QVERIFY(
            run(server, {QStringLiteral("devices"), QStringLiteral("--data"), data}, noPassword).exitCode !=
            0);

        QStringList codes;
        for (const char* name : {"pc-mot-cua", "laptop-06"}) {
            Run enrol =
                run(server,
                    {QStringLiteral("enroll"), QStringLiteral("--data"), data, QStringLiteral("--name"),
                     QString::fromLatin1(name), QStringLiteral("--roles"), QStringLiteral("cong_an")},
                    m_env);
            QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
            codes << match(enrol.out, "([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
            QVERIFY(!codes.last().isEmpty());
        }

        QProcess daemon;
        daemon.setProcessEnvironment(m_env);
        daemon.start(server, {QStringLiteral("run"), QStringLiteral("--data"), data,
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--extra-table"), QStringLiteral("notes=residents")});
        QString banner;
        while (!banner.contains(QLatin1Char('\n')) && daemon.waitForReadyRead(60000))
            banner += QString::fromUtf8(daemon.readAllStandardOutput());
        const QString port = match(banner, "Listening on 127\\.0\\.0\\.1:(\\d+)");
        QVERIFY2(!port.isEmpty(), qPrintable(banner + QString::fromUtf8(daemon.readAllStandardError())));
        const QString url = QStringLiteral("https://127.0.0.1:") + port;

        Device a, b;
        // Vaults written by this process are closed while the CLI processes use them.
        // A real resident record (table residents, keyed by the personal ID), as the repository writes it.
        const QString resident = QStringLiteral("040190012345");
        QVERIFY(a.write([&](domain::RecordWriter& w) {
                     return w.insert(QStringLiteral("residents"), resident,
                                     {{QStringLiteral("created_at_ms"), a.tv.clock.nowMs(), 0},
                                      {QStringLiteral("full_name"), QStringLiteral("Trần Thị Bình"), 0},
                                      {QStringLiteral("name_folded"), QStringLiteral("tran thi binh"), 0},
                                      {QStringLiteral("given_name_folded"), QStringLiteral("binh"), 0},
                                      {QStringLiteral("phone"), QStringLiteral("0912000111"), 0}});
                 }).ok());
        a.tv.vault->lock();
        b.tv.vault->lock();
        Run ea = cli(a, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"),
                         codes[0], QStringLiteral("--fingerprint"), fingerprint.toUpper()});
        QVERIFY2(ea.exitCode == 0, qPrintable(ea.err));
        Run eb = cli(b, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"),
                         codes[1], QStringLiteral("--fingerprint"), fingerprint});
        QVERIFY2(eb.exitCode == 0, qPrintable(eb.err));
        QVERIFY(cli(a, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"),
                        codes[1], QStringLiteral("--fingerprint"), fingerprint})
                    .exitCode != 0); // already enrolled (one-time codes: tst_enrolment)
        for (Device* d : {&a, &b}) {
            Run s = cli(*d, {QStringLiteral("sync")});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        }
        // The resident pulled by b is searchable there (its tokens were built on pull) and counted.
        Run found = cli(b, {QStringLiteral("search"), QStringLiteral("tran thi binh")});
        QVERIFY2(found.out.contains(resident), qPrintable(found.out + found.err));
        QVERIFY2(cli(b, {QStringLiteral("search"), QStringLiteral("binh")}).out.contains(resident), "given name");
        Run info = cli(b, {QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));

        // Offline, both correct the same field of the same resident.
        auto edit = [&resident](Device& d, const QDateTime& at, const QString& value) {
            auto v = storage::Vault::open(d.tv.path, kPassword, d.tv.clock);
            QVERIFY(v.ok());
            d.tv.vault = std::move(v).value();
            d.tv.clock.set(at);
            QVERIFY(d.write([&](domain::RecordWriter& w) {
                         return w.update(QStringLiteral("residents"), resident,
                                         {{QStringLiteral("phone"), value, 0}});
                     }).ok());
            d.tv.vault->lock();
        };
        edit(a, kStart.addSecs(600), QStringLiteral("0912000222"));
        edit(b, kStart.addSecs(900), QStringLiteral("0912000333"));
        for (Device* d : {&a, &b, &a}) {
            Run s = cli(*d, {QStringLiteral("sync")});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY2(!s.err.contains(QStringLiteral("differ")), qPrintable(s.err));
        }
        Run list = cli(a, {QStringLiteral("conflicts"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QString id = match(list.out, "^(\\d+)\\s+open\\s+residents\\s+040190012345\\s+phone");
        QVERIFY2(!id.isEmpty(), qPrintable(list.out));
        Run show = cli(a, {QStringLiteral("conflicts"), QStringLiteral("show"), id});
        QVERIFY(show.out.contains(QStringLiteral("0912000222")) &&
                show.out.contains(QStringLiteral("0912000333")));
        Run resolve = cli(a, {QStringLiteral("conflicts"), QStringLiteral("resolve"), id,
                              QStringLiteral("--keep"), QStringLiteral("mine")});
        QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
        // Digests are compared on the first sync of the day; --verify compares now.
        for (Device* d : {&a, &b, &a}) {
            Run s = cli(*d, {QStringLiteral("sync"), QStringLiteral("--verify")});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY2(s.out.contains(QStringLiteral("identical")), qPrintable(s.out));
        }
        QVERIFY(cli(b, {QStringLiteral("conflicts"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("No conflicts")));

        daemon.terminate();
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitCode(), 0);
        for (Device* d : {&a, &b}) {
            auto v = storage::Vault::open(d->tv.path, kPassword, d->tv.clock);
            QVERIFY(v.ok());
            d->tv.vault = std::move(v).value();
            QCOMPARE(d->field(resident, QStringLiteral("phone"), QStringLiteral("residents")).toString(),
                     QStringLiteral("0912000222"));
            QCOMPARE(d->field(resident, QStringLiteral("full_name"), QStringLiteral("residents")).toString(),
                     QStringLiteral("Trần Thị Bình"));
        }
    }

    // The administrator's commands on a running server, and what the server writes to its logs.
    void backupRestoreRevokeAndLogsWithoutPersonalData()
    {
        const QString server = QStringLiteral(XASO_SERVER_BINARY);
        const QString data = m_dir.filePath(QStringLiteral("admin"));
        const QString name = QStringLiteral("Nguyễn Thị Hoa");
        const QString personalId = QStringLiteral("040190012345");
        QStringList secrets{name, personalId, kPassword};
        Run init = run(server, {QStringLiteral("init"), QStringLiteral("--data"), data}, m_env);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString fingerprint = match(init.out, "([0-9a-f]{64})");
        QStringList codes;
        QString outputs = init.out + init.err;
        for (const char* device : {"may-a", "may-b"}) {
            Run enrol =
                run(server,
                    {QStringLiteral("enroll"), QStringLiteral("--data"), data, QStringLiteral("--name"),
                     QString::fromLatin1(device), QStringLiteral("--roles"), QStringLiteral("cong_an")},
                    m_env);
            QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
            codes << match(enrol.out, "([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
        }
        secrets << codes;

        // Every log category on, written to files (a pipe nobody reads could fill up).
        QProcessEnvironment verbose = m_env;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
        int runs = 0;
        QString port = QStringLiteral("0");
        auto startDaemon = [&](QProcess& daemon) {
            const QString log = m_dir.filePath(QStringLiteral("admin-run-%1").arg(++runs));
            daemon.setProcessEnvironment(verbose);
            daemon.setStandardOutputFile(log + QStringLiteral(".out"));
            daemon.setStandardErrorFile(log + QStringLiteral(".err"));
            daemon.start(server, {QStringLiteral("run"), QStringLiteral("--data"), data,
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port,
                                  QStringLiteral("--extra-table"), QStringLiteral("notes=residents")});
            QString banner;
            for (int i = 0; i < 600 && !banner.contains(QStringLiteral("fingerprint")); ++i) {
                QThread::msleep(100);
                QFile f(log + QStringLiteral(".out"));
                if (f.open(QIODevice::ReadOnly))
                    banner = QString::fromUtf8(f.readAll());
            }
            port = match(banner, "Listening on 127\\.0\\.0\\.1:(\\d+)");
            QVERIFY2(!port.isEmpty(), qPrintable(banner));
        };
        auto stopDaemon = [&](QProcess& daemon) {
            daemon.terminate();
            QVERIFY(daemon.waitForFinished(30000));
            QCOMPARE(daemon.exitCode(), 0);
        };

        QProcess daemon;
        startDaemon(daemon);
        const QString url = QStringLiteral("https://127.0.0.1:") + port;
        Device a, b;
        std::vector<std::unique_ptr<sync::HttpsTransport>> wires;
        for (Device* d : {&a, &b}) {
            wires.push_back(std::make_unique<sync::HttpsTransport>(QUrl(url), fingerprint, 10));
            d->wire = wires.back().get();
            auto e =
                sync::SyncClient::enroll(d->vault(), *d->wire, url, codes.at(d == &a ? 0 : 1), fingerprint);
            QVERIFY2(e.ok(), qPrintable(e.message()));
        }
        QVERIFY(a.insert(QStringLiteral("r1"), name).ok());
        QVERIFY(
            a.edit(QStringLiteral("r1"), QStringLiteral("body"), QStringLiteral("CCCD ") + personalId).ok());
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());

        // An encrypted backup while the server runs.
        const QString backup = m_dir.filePath(QStringLiteral("admin.backup"));
        Run saved =
            run(server,
                {QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--out"), backup},
                m_env);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        outputs += saved.out + saved.err;
        {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.size() > 4096);
            for (const QString& secret : {name, personalId})
                QVERIFY2(!bytes.contains(secret.toUtf8()), "the backup is encrypted");
            QVERIFY(!bytes.contains("PRIVATE KEY"));
        }
        // Work after the backup, then the server's disk is replaced by the backup.
        QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("amount"), qint64(3)).ok());
        QVERIFY(a.sync().ok());
        const quint64 oldEpoch = sync::requireSyncState(a.db()).value().epoch;
        stopDaemon(daemon);
        Run restored =
            run(server,
                {QStringLiteral("restore"), QStringLiteral("--data"), data, QStringLiteral("--from"), backup},
                m_env);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const QString epoch = match(restored.out, "new epoch (\\d+)");
        QVERIFY2(!epoch.isEmpty() && epoch.toULongLong() != oldEpoch, qPrintable(restored.out));
        outputs += restored.out + restored.err;

        QProcess daemon2;
        startDaemon(daemon2); // same port: the devices keep their address
        for (int round = 0; round < 2; ++round) {
            for (Device* d : {&a, &b}) {
                auto r = d->sync();
                QVERIFY2(r.ok(), qPrintable(r.message()));
                QVERIFY(r->divergent.isEmpty());
            }
        }
        QCOMPARE(sync::requireSyncState(a.db()).value().epoch, epoch.toULongLong());
        QCOMPARE(b.field(QStringLiteral("r1"), QStringLiteral("amount")).toLongLong(), 3); // re-sent by A

        // The laptop is lost: revoke it while the server runs.
        Run revoked = run(server, {QStringLiteral("revoke"), QStringLiteral("--data"), data, a.id()}, m_env);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        Run devices = run(server, {QStringLiteral("devices"), QStringLiteral("--data"), data}, m_env);
        QVERIFY(devices.out.contains(a.id() + QStringLiteral("  may-a")) &&
                devices.out.contains(QStringLiteral("REVOKED")));
        outputs += revoked.out + revoked.err + devices.out + devices.err;
        QVERIFY(a.edit(QStringLiteral("r1"), QStringLiteral("amount"), qint64(4)).ok());
        auto refused = a.sync();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.code() == ErrorCode::PermissionDenied, qPrintable(refused.message()));
        QVERIFY(b.sync().ok());
        QCOMPARE(b.field(QStringLiteral("r1"), QStringLiteral("amount")).toLongLong(), 3);
        stopDaemon(daemon2);

        // Nothing personal, and no secret, in anything the server printed or logged.
        for (int i = 1; i <= runs; ++i) {
            for (const char* ext : {".out", ".err"}) {
                QFile f(m_dir.filePath(QStringLiteral("admin-run-%1").arg(i)) + QLatin1String(ext));
                QVERIFY(f.open(QIODevice::ReadOnly));
                outputs += QString::fromUtf8(f.readAll());
            }
        }
        QVERIFY2(outputs.contains(QStringLiteral("push from")), "the logs were captured");
        for (const QString& secret : secrets)
            QVERIFY2(!outputs.contains(secret),
                     qPrintable(QStringLiteral("the server logs show a secret or personal datum")));
        QVERIFY(!outputs.contains(QStringLiteral("Nguy")));
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
