// The real binaries end to end: xaso-server init / enroll / run (a separate process on 127.0.0.1
// with real TLS) and xaso-cli enroll / sync / conflicts in two officer vaults that edit the same
// record offline, see one conflict, resolve it and end with identical digests.

#include "sync_fixture.h"

#include <QProcess>
#include <QRegularExpression>

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
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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
        QVERIFY(run(server, {QStringLiteral("devices"), QStringLiteral("--data"), data}, noPassword).exitCode != 0);

        QStringList codes;
        for (const char* name : {"pc-mot-cua", "laptop-06"}) {
            Run enrol = run(server, {QStringLiteral("enroll"), QStringLiteral("--data"), data, QStringLiteral("--name"),
                                     QString::fromLatin1(name), QStringLiteral("--roles"), QStringLiteral("cong_an")},
                            m_env);
            QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
            codes << match(enrol.out, "([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
            QVERIFY(!codes.last().isEmpty());
        }

        QProcess daemon;
        daemon.setProcessEnvironment(m_env);
        daemon.start(server, {QStringLiteral("run"), QStringLiteral("--data"), data, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--extra-table"),
                              QStringLiteral("notes=residents")});
        QString banner;
        while (!banner.contains(QLatin1Char('\n')) && daemon.waitForReadyRead(60000))
            banner += QString::fromUtf8(daemon.readAllStandardOutput());
        const QString port = match(banner, "Listening on 127\\.0\\.0\\.1:(\\d+)");
        QVERIFY2(!port.isEmpty(), qPrintable(banner + QString::fromUtf8(daemon.readAllStandardError())));
        const QString url = QStringLiteral("https://127.0.0.1:") + port;

        Device a, b;
        // Vaults written by this process are closed while the CLI processes use them.
        QVERIFY(a.insert(QStringLiteral("r1"), QStringLiteral("Trần Thị Bình")).ok());
        a.tv.vault->lock();
        b.tv.vault->lock();
        Run ea = cli(a, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"), codes[0],
                         QStringLiteral("--fingerprint"), fingerprint.toUpper()});
        QVERIFY2(ea.exitCode == 0, qPrintable(ea.err));
        Run eb = cli(b, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"), codes[1],
                         QStringLiteral("--fingerprint"), fingerprint});
        QVERIFY2(eb.exitCode == 0, qPrintable(eb.err));
        QVERIFY(cli(a, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"), codes[1],
                        QStringLiteral("--fingerprint"), fingerprint})
                    .exitCode != 0); // used code, already enrolled
        for (Device* d : {&a, &b}) {
            Run s = cli(*d, {QStringLiteral("sync")});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        }

        // Offline, both correct the same field.
        auto edit = [](Device& d, const QDateTime& at, const QString& value) {
            auto v = storage::Vault::open(d.tv.path, kPassword, d.tv.clock);
            QVERIFY(v.ok());
            d.tv.vault = std::move(v).value();
            d.tv.clock.set(at);
            QVERIFY(d.edit(QStringLiteral("r1"), QStringLiteral("title"), value).ok());
            d.tv.vault->lock();
        };
        edit(a, kStart.addSecs(600), QStringLiteral("Trần Thị Bính"));
        edit(b, kStart.addSecs(900), QStringLiteral("Trần Thị Bịnh"));
        for (Device* d : {&a, &b, &a}) {
            Run s = cli(*d, {QStringLiteral("sync")});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY2(!s.err.contains(QStringLiteral("differ")), qPrintable(s.err));
        }
        Run list = cli(a, {QStringLiteral("conflicts"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QString id = match(list.out, "^(\\d+)\\s+open\\s+notes\\s+r1\\s+title");
        QVERIFY2(!id.isEmpty(), qPrintable(list.out));
        Run show = cli(a, {QStringLiteral("conflicts"), QStringLiteral("show"), id});
        QVERIFY(show.out.contains(QStringLiteral("Trần Thị Bính")) && show.out.contains(QStringLiteral("Trần Thị Bịnh")));
        Run resolve = cli(a, {QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                              QStringLiteral("mine")});
        QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
        for (Device* d : {&a, &b, &a}) {
            Run s = cli(*d, {QStringLiteral("sync")});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY2(s.out.contains(QStringLiteral("identical")), qPrintable(s.out));
        }
        QVERIFY(cli(b, {QStringLiteral("conflicts"), QStringLiteral("list")}).out.contains(QStringLiteral("No conflicts")));

        daemon.terminate();
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitCode(), 0);
        for (Device* d : {&a, &b}) {
            auto v = storage::Vault::open(d->tv.path, kPassword, d->tv.clock);
            QVERIFY(v.ok());
            d->tv.vault = std::move(v).value();
            QCOMPARE(d->field(QStringLiteral("r1"), QStringLiteral("title")).toString(), QStringLiteral("Trần Thị Bính"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
