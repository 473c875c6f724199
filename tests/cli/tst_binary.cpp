// The "done when", through the real xaso-cli binary: init, info, a wrong password exits 2
// with a message and leaves the files byte-identical; passwd; recover; audit verify; usage errors.

#include "vault_fixture.h"

#include <QProcess>
#include <QTest>

using xaso::test::fileDigest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runXaso(const QStringList& args, const QMap<QString, QString>& env = {}, const QByteArray& stdinData = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("XASO_PASSWORD"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(XASO_CLI_PATH), args);
    p.waitForStarted();
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QString kPw = QStringLiteral("Hưng-Đông#2026");

} // namespace

class TestCliBinary final : public QObject
{
    Q_OBJECT
private slots:
    void initAndInfoOnANewVault()
    {
        QTemporaryDir dir;
        const QString v = dir.filePath(QStringLiteral("v.xaso"));
        Run init = runXaso({QStringLiteral("init"), QStringLiteral("--vault"), v, QStringLiteral("--name"),
                         QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--roles"), QStringLiteral("cong_an")},
                        {{QStringLiteral("XASO_PASSWORD"), kPw}});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QLatin1String("RECOVERY KEY")));
        const QRegularExpression keyRx(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"));
        const QString recovery = keyRx.match(init.out).captured(0);
        QVERIFY(!recovery.isEmpty());

        Run info = runXaso({QStringLiteral("info"), QStringLiteral("--vault"), v}, {{QStringLiteral("XASO_PASSWORD"), kPw}});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QLatin1String("Schema version")));
        QVERIFY(info.out.contains(QLatin1String("SQLCipher:        3.")) || info.out.contains(QLatin1String("SQLCipher:        4.")));
        QVERIFY(info.out.contains(QLatin1String("Argon2id")));
        QVERIFY(info.out.contains(QLatin1String("audit_log")));

        // Wrong password: exit 2, a message, files byte-identical.
        const QByteArray before = fileDigest(v) + fileDigest(v + QStringLiteral(".header"));
        Run wrong = runXaso({QStringLiteral("info"), QStringLiteral("--vault"), v},
                         {{QStringLiteral("XASO_PASSWORD"), QStringLiteral("không đúng")}});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QLatin1String("password is wrong")));
        QCOMPARE(fileDigest(v) + fileDigest(v + QStringLiteral(".header")), before);
        QVERIFY(!QFile::exists(v + QStringLiteral("-wal")));

        // Password from a file, and from stdin when there is no terminal.
        QFile pwFile(dir.filePath(QStringLiteral("pw.txt")));
        QVERIFY(pwFile.open(QIODevice::WriteOnly));
        pwFile.write(kPw.toUtf8() + "\n");
        pwFile.close();
        QCOMPARE(runXaso({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--vault"), v,
                       QStringLiteral("--password-file"), pwFile.fileName()})
                     .exitCode,
                 0);
        QCOMPARE(runXaso({QStringLiteral("info"), QStringLiteral("--vault"), v}, {}, kPw.toUtf8() + "\n").exitCode, 0);

        // passwd, then recover with the recovery key.
        const QString pw2 = QStringLiteral("Sông-Lam-mới#2027");
        Run passwd = runXaso({QStringLiteral("passwd"), QStringLiteral("--vault"), v},
                          {{QStringLiteral("XASO_PASSWORD"), kPw}, {QStringLiteral("XASO_NEW_PASSWORD"), pw2}});
        QCOMPARE(passwd.exitCode, 0);
        QCOMPARE(runXaso({QStringLiteral("info"), QStringLiteral("--vault"), v}, {{QStringLiteral("XASO_PASSWORD"), kPw}}).exitCode, 2);
        const QString pw3 = QStringLiteral("Khôi-phục#2028-an-toàn");
        Run recover = runXaso({QStringLiteral("recover"), QStringLiteral("--vault"), v},
                           {{QStringLiteral("XASO_RECOVERY_KEY"), recovery}, {QStringLiteral("XASO_NEW_PASSWORD"), pw3}});
        QCOMPARE(recover.exitCode, 0);
        QCOMPARE(runXaso({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--vault"), v},
                      {{QStringLiteral("XASO_PASSWORD"), pw3}})
                     .exitCode,
                 0);
    }

    void usageAndHelp()
    {
        QCOMPARE(runXaso({}).exitCode, 1);
        QCOMPARE(runXaso({QStringLiteral("nonsense")}).exitCode, 1);
        QCOMPARE(runXaso({QStringLiteral("info"), QStringLiteral("--bogus")}).exitCode, 1);
        for (const char* cmd : {"init", "info", "passwd", "recover", "audit"}) {
            Run help = runXaso({QString::fromLatin1(cmd), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QLatin1String("--vault")), cmd);
        }
        QCOMPARE(runXaso({QStringLiteral("--version")}).exitCode, 0);
    }

    void refusals()
    {
        QTemporaryDir dir;
        const QString v = dir.filePath(QStringLiteral("v.xaso"));
        // Missing vault, weak password and unknown role are refused (exit 2) with a message.
        Run missing = runXaso({QStringLiteral("info"), QStringLiteral("--vault"), v}, {{QStringLiteral("XASO_PASSWORD"), kPw}});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("no vault")));
        Run weak = runXaso({QStringLiteral("init"), QStringLiteral("--vault"), v, QStringLiteral("--roles"),
                         QStringLiteral("cong_an")},
                        {{QStringLiteral("XASO_PASSWORD"), QStringLiteral("123456")}});
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(weak.err.contains(QLatin1String("too weak")));
        QVERIFY(!QFile::exists(v));
        Run role = runXaso({QStringLiteral("init"), QStringLiteral("--vault"), v, QStringLiteral("--roles"),
                         QStringLiteral("cong_an,giam_doc")},
                        {{QStringLiteral("XASO_PASSWORD"), kPw}});
        QCOMPARE(role.exitCode, 2);
        QVERIFY(role.err.contains(QLatin1String("giam_doc")));
        QVERIFY(!QFile::exists(v));
        QCOMPARE(runXaso({QStringLiteral("init"), QStringLiteral("--vault"), v}, {{QStringLiteral("XASO_PASSWORD"), kPw}}).exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "tst_binary.moc"
