// xaso-cli demo: fill a vault with the synthetic demo commune.

#include "cli_context.h"

#include "domain/demo/demo_generator.h"
#include "domain/demo/demo_plan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace xaso::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int runDemo(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("residents"), tr("How many residents (default 12000; up to 1000000)."), tr("n"),
                 QStringLiteral("12000")});
    p.addOption({QStringLiteral("seed"), tr("Random seed: the same seed gives the same commune (default 2026)."),
                 tr("n"), QStringLiteral("2026")});
    int exit = 0;
    if (!ctx.parse(p, tr("Fill the vault with a synthetic demo commune (hamlets, households, residents, checklists). "
                         "Nobody in it is real."),
                   &exit))
        return exit;
    bool okN = false, okSeed = false;
    const int n = p.value(QStringLiteral("residents")).toInt(&okN);
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okN || n < 1 || n > 5'000'000)
        return ctx.usage(tr("--residents takes a number from 1 to 5000000."));
    if (!okSeed)
        return ctx.usage(tr("--seed takes a non-negative number."));

    const QString path = ctx.vaultPath(p);
    if (!QFile::exists(path))
        return ctx.fail(makeError(ErrorCode::NotFound, tr("There is no vault at %1.").arg(path)));
    auto pw = ctx.password(p, tr("Password: "));
    if (!pw)
        return ctx.fail(pw.error());
    // The generator dates the records over the last weeks: it drives this clock.
    ManualClock clock(ctx.clock.now());
    storage::AttemptGuard guard(ctx.clock);
    auto vault = storage::Vault::open(path, *pw, clock, &guard);
    if (!vault)
        return ctx.fail(vault.error());
    auto existing = (*vault)->db().scalar(QStringLiteral("SELECT count(*) FROM residents"));
    if (existing && existing->toLongLong() > 0)
        return ctx.fail(makeError(ErrorCode::Conflict,
                                  tr("The vault already holds %1 residents; the demo fills only an empty vault.")
                                      .arg(existing->toLongLong())));

    domain::demo::DemoOptions options;
    options.residents = n;
    options.seed = seed;
    options.endDate = ctx.clock.now().date();
    QElapsedTimer timer;
    timer.start();
    domain::demo::DemoGenerator generator(**vault, clock);
    auto summary = generator.generate(options, [&](qint64 done, qint64 total) {
        ctx.err << QLatin1Char('\r') << tr("%1 / %2 residents").arg(done).arg(total) << Qt::flush;
        return true;
    });
    ctx.err << Qt::endl;
    if (!summary)
        return ctx.fail(summary.error());
    // The plan's 38 models, assigned and part-way done, when this profile may write them.
    domain::demo::DemoPlanSummary plan;
    auto catalog = ModelCatalog::load();
    auto roles = RoleCatalog::load();
    if (!catalog)
        return ctx.fail(catalog.error());
    if (!roles)
        return ctx.fail(roles.error());
    if (auto seeded = domain::demo::seedDemoPlan(**vault, *catalog, *roles, options.endDate))
        plan = *seeded;
    else if (seeded.code() != ErrorCode::PermissionDenied)
        return ctx.fail(seeded.error());
    ctx.out << tr("Demo commune written in %1 s: %2 residents in %3 households, %4 digital-citizen checklists, "
                  "%5 welfare beneficiaries, %6 labour records, %7 land records, %8 certified copies.")
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(summary->residents)
                   .arg(summary->households)
                   .arg(summary->checklists)
                   .arg(summary->welfare)
                   .arg(summary->labour)
                   .arg(summary->land)
                   .arg(summary->copies)
            << Qt::endl;
    if (plan.assigned > 0)
        ctx.out << tr("Plan: %1 models assigned, %2 progress updates.").arg(plan.assigned).arg(plan.updates)
                << Qt::endl;
    return ExitOk;
}

} // namespace

void addDemoCommands(CommandRegistry& r)
{
    r.append({QStringLiteral("demo"), tr("fill the vault with the synthetic demo commune"), runDemo});
}

} // namespace xaso::cli
