#pragma once
// What every xaso-cli command gets: parsed arguments, output streams, the clock, and the helpers
// that turn core errors into messages and exit codes (0 ok, 1 usage, 2 refused, 3 internal).

#include "storage/vault.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace xaso::cli {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitRefused = 2, ExitInternal = 3 };

class CliContext
{
public:
    CliContext(QStringList args, QTextStream& out, QTextStream& err, const Clock& clock)
        : args(std::move(args)), out(out), err(err), clock(clock)
    {
    }

    QStringList args; // after the command name, starting with the program name
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;

    // Adds the options every command shares (--vault, --password-file) and parses. Returns false
    // (with the exit code in *exit) when the command should stop: --help, or a usage error.
    bool parse(QCommandLineParser& parser, const QString& description, int* exit);
    QString vaultPath(const QCommandLineParser& parser) const;

    // Password from --password-file, $XASO_PASSWORD, or a no-echo prompt (a line of stdin when
    // stdin is not a terminal). confirm asks twice at a prompt.
    Result<QString> password(const QCommandLineParser& parser, const QString& prompt, bool confirm = false);
    // A secret from a file option, an environment variable or a prompt.
    Result<QString> secret(const QString& file, const char* envVar, const QString& prompt, bool confirm);

    Result<std::unique_ptr<storage::Vault>> openVault(const QCommandLineParser& parser);

    int fail(const Error& error);
    int usage(const QString& message);
};

struct Command
{
    QString name;    // e.g. "init", "audit"
    QString summary; // one line for the command list
    std::function<int(CliContext&)> run;
};

using CommandRegistry = QList<Command>;

// Each commands_*.cpp contributes its commands.
void addVaultCommands(CommandRegistry& registry);
void addRecordCommands(CommandRegistry& registry);
void addSyncCommands(CommandRegistry& registry);
void addPlanCommands(CommandRegistry& registry);
void addDemoCommands(CommandRegistry& registry);

// Entry point used by main() and by tests: args[0] is the program name.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock);

} // namespace xaso::cli
