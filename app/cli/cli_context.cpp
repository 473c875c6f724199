#include "cli_context.h"

#include "crypto/crypto.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace xaso::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString readLineNoEcho(QTextStream& err, const QString& prompt)
{
    err << prompt << Qt::flush;
    std::string line;
#ifdef Q_OS_UNIX
    termios old{};
    const bool tty = stdinIsTerminal() && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        err << Qt::endl;
    }
#else
    std::getline(std::cin, line);
#endif
    QString s = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    if (s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}

} // namespace

bool CliContext::parse(QCommandLineParser& parser, const QString& description, int* exit)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("vault"), tr("The vault file (default: the profile's vault in the app-data folder)."),
                      tr("path")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("Read the password from the first line of this file instead of a prompt or $XASO_PASSWORD."),
                      tr("file")});
    if (!parser.parse(args)) {
        *exit = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exit = ExitOk;
        return false;
    }
    return true;
}

QString CliContext::vaultPath(const QCommandLineParser& parser) const
{
    const QString given = parser.value(QStringLiteral("vault"));
    return given.isEmpty() ? storage::Vault::defaultVaultPath() : given;
}

Result<QString> CliContext::secret(const QString& file, const char* envVar, const QString& prompt, bool confirm)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(file, f.errorString()));
        QString line = QString::fromUtf8(f.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    }
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString first = readLineNoEcho(err, prompt);
    if (confirm && stdinIsTerminal()) {
        const QString again = readLineNoEcho(err, tr("Repeat: "));
        if (again != first)
            return makeError(ErrorCode::InvalidArgument, tr("The two entries differ; nothing was changed."));
    }
    return first;
}

Result<QString> CliContext::password(const QCommandLineParser& parser, const QString& prompt, bool confirm)
{
    return secret(parser.value(QStringLiteral("password-file")), "XASO_PASSWORD", prompt, confirm);
}

Result<std::unique_ptr<storage::Vault>> CliContext::openVault(const QCommandLineParser& parser)
{
    const QString path = vaultPath(parser);
    if (!QFile::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no vault at %1. Create one with 'xaso-cli init --vault %1'.").arg(path));
    auto pw = password(parser, tr("Password: "));
    if (!pw)
        return pw.error();
    storage::AttemptGuard guard(clock);
    return storage::Vault::open(path, *pw, clock, &guard);
}

int CliContext::fail(const Error& error)
{
    err << tr("Error: %1").arg(error.message) << Qt::endl;
    switch (error.code) {
    case ErrorCode::Internal: return ExitInternal;
    default: return ExitRefused;
    }
}

int CliContext::usage(const QString& message)
{
    err << tr("Usage error: %1").arg(message) << Qt::endl << tr("Try '--help'.") << Qt::endl;
    return ExitUsage;
}

int runCli(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock)
{
    CommandRegistry registry;
    addVaultCommands(registry);
    addRecordCommands(registry);
    addSyncCommands(registry);
    addPlanCommands(registry);
    addDemoCommands(registry);

    const QString program = args.value(0, QStringLiteral("xaso-cli"));
    auto listCommands = [&](QTextStream& s) {
        s << tr("Xã Số command-line tool %1").arg(QCoreApplication::applicationVersion()) << Qt::endl << Qt::endl;
        s << tr("Usage: %1 <command> [options]   (every command takes --help)").arg(program) << Qt::endl
          << Qt::endl;
        s << tr("Commands:") << Qt::endl;
        for (const Command& c : registry)
            s << QStringLiteral("  %1 %2").arg(c.name, -16).arg(c.summary) << Qt::endl;
    };
    const QString name = args.value(1);
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        listCommands(name.isEmpty() ? err : out);
        return name.isEmpty() ? ExitUsage : ExitOk;
    }
    if (name == QLatin1String("--version")) {
        out << QStringLiteral("xaso-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    for (const Command& c : registry) {
        if (c.name == name) {
            if (auto s = crypto::initializeCrypto(); !s) {
                err << s.message() << Qt::endl;
                return ExitInternal;
            }
            QStringList rest = args.mid(2);
            rest.prepend(program + QLatin1Char(' ') + name);
            CliContext ctx(rest, out, err, clock);
            return c.run(ctx);
        }
    }
    err << tr("Unknown command '%1'.").arg(name) << Qt::endl;
    listCommands(err);
    return ExitUsage;
}

} // namespace xaso::cli
