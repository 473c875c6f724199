#include "server/server_cli.h"

#include "crypto/crypto.h"
#include "server/server_backup.h"
#include "server/sync_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <pthread.h>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerCli", text);
}

enum { ExitOk = 0, ExitUsage = 1, ExitRefused = 2 };

struct Context
{
    QStringList args;
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    QCommandLineParser parser;

    int fail(const QString& message)
    {
        err << tr("Error: %1").arg(message) << Qt::endl;
        return ExitRefused;
    }
    int usage(const QString& message)
    {
        err << tr("Usage error: %1").arg(message) << Qt::endl;
        return ExitUsage;
    }
    // Adds --data and --password-file, parses; false when the command should stop (*exit set).
    bool parse(const QString& description, int* exit)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOption({QStringLiteral("data"), tr("The server's data folder."), tr("dir")});
        parser.addOption({QStringLiteral("password-file"),
                          tr("Read the server password from this file instead of $XASO_SERVER_PASSWORD."), tr("file")});
        if (!parser.parse(args)) {
            *exit = usage(parser.errorText());
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            *exit = ExitOk;
            return false;
        }
        if (parser.value(QStringLiteral("data")).isEmpty()) {
            *exit = usage(tr("give the data folder with --data"));
            return false;
        }
        return true;
    }
    QString dataDir() const { return parser.value(QStringLiteral("data")); }
    Result<QString> password()
    {
        const QString file = parser.value(QStringLiteral("password-file"));
        if (!file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(file, f.errorString()));
            return QString::fromUtf8(f.readLine()).trimmed();
        }
        const QString env = qEnvironmentVariable("XASO_SERVER_PASSWORD");
        if (env.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Set the server password in $XASO_SERVER_PASSWORD or give --password-file."));
        return env;
    }
    Result<std::unique_ptr<ServerStore>> open()
    {
        auto pw = password();
        if (!pw)
            return pw.error();
        return ServerStore::open(dataDir(), *pw, clock);
    }
};

int runInit(Context& c)
{
    int exit = 0;
    if (!c.parse(tr("Create the server's encrypted vault and TLS certificate; print the fingerprint clients pin."),
                 &exit))
        return exit;
    auto pw = c.password();
    if (!pw)
        return c.fail(pw.message());
    auto store = ServerStore::create(c.dataDir(), *pw, c.clock);
    if (!store)
        return c.fail(store.message());
    auto fp = (*store)->certificateFingerprint();
    if (!fp)
        return c.fail(fp.message());
    c.out << tr("Created the sync server in %1.").arg(c.dataDir()) << Qt::endl;
    c.out << tr("Certificate SHA-256 fingerprint (give it to each officer with their enrolment code):") << Qt::endl;
    c.out << QStringLiteral("    ") << *fp << Qt::endl;
    return ExitOk;
}

int runEnroll(Context& c)
{
    c.parser.addOption({QStringLiteral("name"), tr("The device's name (e.g. the office PC or laptop)."), tr("name")});
    c.parser.addOption({QStringLiteral("roles"), tr("Comma-separated role ids the device may act with."), tr("roles")});
    c.parser.addOption({QStringLiteral("valid-hours"), tr("How long the code is valid (default 24)."), tr("hours"),
                        QStringLiteral("24")});
    int exit = 0;
    if (!c.parse(tr("Create a one-time enrolment code for a device."), &exit))
        return exit;
    const QStringList roles = c.parser.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    const int hours = c.parser.value(QStringLiteral("valid-hours")).toInt(&ok);
    if (!ok || hours < 1 || hours > 24 * 7)
        return c.usage(tr("--valid-hours must be between 1 and 168"));
    auto store = c.open();
    if (!store)
        return c.fail(store.message());
    auto code = (*store)->createEnrolment(c.parser.value(QStringLiteral("name")), roles, qint64(hours) * 3600 * 1000);
    if (!code)
        return c.fail(code.message());
    c.out << tr("Enrolment code (one use, valid %1 hours):").arg(hours) << Qt::endl;
    c.out << QStringLiteral("    ") << *code << Qt::endl;
    return ExitOk;
}

int runRevoke(Context& c)
{
    c.parser.addPositionalArgument(QStringLiteral("device"), tr("The device id to revoke."));
    c.parser.addOption({QStringLiteral("trusted-up-to"),
                        tr("Accept the device's changes up to this sequence (default: what it already sent)."),
                        tr("seq")});
    int exit = 0;
    if (!c.parse(tr("Revoke a device: later changes from it are quarantined and its downloads refused."), &exit))
        return exit;
    if (c.parser.positionalArguments().size() != 1)
        return c.usage(tr("give exactly one device id"));
    std::optional<qint64> trusted;
    if (c.parser.isSet(QStringLiteral("trusted-up-to")))
        trusted = c.parser.value(QStringLiteral("trusted-up-to")).toLongLong();
    auto store = c.open();
    if (!store)
        return c.fail(store.message());
    if (auto s = (*store)->revoke(c.parser.positionalArguments().first(), trusted); !s)
        return c.fail(s.message());
    c.out << tr("Revoked %1.").arg(c.parser.positionalArguments().first()) << Qt::endl;
    return ExitOk;
}

int runDevices(Context& c)
{
    int exit = 0;
    if (!c.parse(tr("List enrolled devices."), &exit))
        return exit;
    auto store = c.open();
    if (!store)
        return c.fail(store.message());
    auto devices = (*store)->devices();
    if (!devices)
        return c.fail(devices.message());
    for (const DeviceRecord& d : *devices)
        c.out << d.id << QStringLiteral("  ") << d.name << QStringLiteral("  ") << d.roles.join(QLatin1Char(','))
              << QStringLiteral("  acked %1").arg(d.ackedSeq) << (d.revoked() ? tr("  REVOKED") : QString())
              << Qt::endl;
    return ExitOk;
}

int runServe(Context& c)
{
    c.parser.addOption({QStringLiteral("listen"), tr("Address and port, e.g. 127.0.0.1:8443 (port 0: any free)."),
                        tr("host:port"), QStringLiteral("127.0.0.1:8443")});
    c.parser.addOption({QStringLiteral("threads"), tr("Worker threads (default 4)."), tr("n"), QStringLiteral("4")});
    c.parser.addOption({QStringLiteral("max-in-flight"), tr("Requests in progress before answering 429 (default 16)."),
                        tr("n"), QStringLiteral("16")});
    c.parser.addOption({QStringLiteral("extra-table"),
                        tr("Also sync this table as the given record kind, e.g. notes=residents (repeatable)."),
                        tr("table=kind")});
    int exit = 0;
    if (!c.parse(tr("Run the sync server until interrupted."), &exit))
        return exit;
    const QString listen = c.parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (colon <= 0 || !ok || port < 0 || port > 65535)
        return c.usage(tr("--listen must be host:port"));
    SyncServerConfig config;
    config.host = listen.left(colon);
    config.port = quint16(port);
    config.threads = qBound(1, c.parser.value(QStringLiteral("threads")).toInt(), 64);
    config.maxInFlight = qBound(1, c.parser.value(QStringLiteral("max-in-flight")).toInt(), 1024);
    for (const QString& extra : c.parser.values(QStringLiteral("extra-table"))) {
        const QStringList parts = extra.split(QLatin1Char('='));
        if (parts.size() != 2)
            return c.usage(tr("--extra-table must be table=kind"));
        config.service.tables.add(parts.at(0), parts.at(1));
    }
    auto catalog = RoleCatalog::load();
    if (!catalog)
        return c.fail(catalog.message());
    auto store = c.open();
    if (!store)
        return c.fail(store.message());
    // Wait for SIGINT/SIGTERM in this thread; block them first so the server's threads inherit the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    SyncServer server(**store, *catalog, config);
    if (auto s = server.start(); !s)
        return c.fail(s.message());
    c.out << tr("Listening on %1:%2").arg(config.host).arg(server.port()) << Qt::endl;
    c.out << tr("Certificate fingerprint: %1").arg(server.fingerprint()) << Qt::endl;
    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    c.out << tr("Stopped.") << Qt::endl;
    return ExitOk;
}

int runBackup(Context& c)
{
    c.parser.addOption({QStringLiteral("out"), tr("The backup file to write."), tr("file")});
    int exit = 0;
    if (!c.parse(tr("Write an encrypted backup of the server's data (the server may keep running)."), &exit))
        return exit;
    if (c.parser.value(QStringLiteral("out")).isEmpty())
        return c.usage(tr("give the backup file with --out"));
    auto store = c.open();
    if (!store)
        return c.fail(store.message());
    if (auto s = backupServer(**store, c.parser.value(QStringLiteral("out"))); !s)
        return c.fail(s.message());
    c.out << tr("Backup written to %1.").arg(c.parser.value(QStringLiteral("out"))) << Qt::endl;
    return ExitOk;
}

int runRestore(Context& c)
{
    c.parser.addOption({QStringLiteral("from"), tr("The backup file to restore."), tr("file")});
    int exit = 0;
    if (!c.parse(tr("Restore the server from a backup (stop the server first). Starts a new epoch."), &exit))
        return exit;
    if (c.parser.value(QStringLiteral("from")).isEmpty())
        return c.usage(tr("give the backup file with --from"));
    auto pw = c.password();
    if (!pw)
        return c.fail(pw.message());
    auto r = restoreServer(c.dataDir(), c.parser.value(QStringLiteral("from")), *pw, c.clock);
    if (!r)
        return c.fail(r.message());
    if (!r->movedAsideTo.isEmpty())
        c.out << tr("The previous data was moved to %1.").arg(r->movedAsideTo) << Qt::endl;
    c.out << tr("Restored; new epoch %1. Devices re-send what the backup lacks at their next sync.").arg(r->epoch)
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runServerCli(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock)
{
    using Runner = int (*)(Context&);
    const QList<std::tuple<QString, Runner, QString>> commands{
        {QStringLiteral("init"), runInit, tr("create the server vault and TLS certificate")},
        {QStringLiteral("enroll"), runEnroll, tr("create a one-time enrolment code")},
        {QStringLiteral("revoke"), runRevoke, tr("revoke a device")},
        {QStringLiteral("devices"), runDevices, tr("list enrolled devices")},
        {QStringLiteral("run"), runServe, tr("serve sync requests")},
        {QStringLiteral("backup"), runBackup, tr("write an encrypted backup")},
        {QStringLiteral("restore"), runRestore, tr("restore from a backup (new epoch)")},
    };
    const QString name = args.value(1);
    for (const auto& [command, runner, summary] : commands) {
        if (command != name)
            continue;
        if (auto s = crypto::initializeCrypto(); !s) {
            err << s.message() << Qt::endl;
            return 3;
        }
        QStringList rest = args.mid(2);
        rest.prepend(args.value(0) + QLatin1Char(' ') + name);
        Context ctx{rest, out, err, clock, {}};
        return runner(ctx);
    }
    QTextStream& s = name.isEmpty() || name == QLatin1String("--help") ? out : err;
    s << tr("Usage: xaso-server <command> --data DIR [options]   (every command takes --help)") << Qt::endl;
    for (const auto& [command, runner, summary] : commands)
        s << QStringLiteral("  %1 %2").arg(command, -10).arg(summary) << Qt::endl;
    return name == QLatin1String("--help") ? ExitOk : ExitUsage;
}

} // namespace xaso::sync
