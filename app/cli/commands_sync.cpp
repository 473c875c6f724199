// xaso-cli enroll | sync | conflicts list|show|resolve — the officer's side of sync
// (docs/sync-protocol.md). The logic is in xaso_sync; these commands parse, open the vault, print.

#include "cli_context.h"

#include "domain/kinds/derived_refresh.h"

#include "client/conflict_service.h"
#include "client/https_transport.h"
#include "client/sync_client.h"
#include "protocol/fingerprint.h"
#include "protocol/value_codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace xaso::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int runEnroll(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("server"), tr("The sync server, e.g. https://10.0.0.5:8443."), tr("url")});
    p.addOption(
        {QStringLiteral("code"), tr("The one-time enrolment code from the administrator."), tr("code")});
    p.addOption({QStringLiteral("fingerprint"), tr("The server certificate's SHA-256 fingerprint, to pin."),
                 tr("sha256")});
    int exit = 0;
    if (!ctx.parse(p, tr("Enrol this vault's device with the commune sync server and pin its certificate."),
                   &exit))
        return exit;
    const QUrl url(p.value(QStringLiteral("server")));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return ctx.usage(tr("give the server as https://host:port with --server"));
    if (p.value(QStringLiteral("code")).isEmpty())
        return ctx.usage(tr("give the enrolment code with --code"));
    const QString pin = sync::normaliseFingerprint(p.value(QStringLiteral("fingerprint")));
    if (pin.isEmpty())
        return ctx.usage(
            tr("give the server's SHA-256 certificate fingerprint with --fingerprint (64 hex digits)"));
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    sync::HttpsTransport transport(url, pin);
    auto enrolled =
        sync::SyncClient::enroll(**vault, transport, url.toString(), p.value(QStringLiteral("code")), pin);
    if (!enrolled)
        return ctx.fail(enrolled.error());
    ctx.out << tr("Enrolled with %1 (%2). Roles on the server: %3.")
                   .arg(enrolled->serverName, url.toString(), enrolled->roles.join(QStringLiteral(", ")))
            << Qt::endl;
    ctx.out << tr("Device id: %1").arg((*vault)->profile().deviceId) << Qt::endl;
    return ExitOk;
}

int runSync(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("verify"),
         tr("Compare every table with the server now (otherwise done on the first sync of each day) and "
            "recount every dashboard counter from the records.")});
    int exit = 0;
    if (!ctx.parse(p, tr("Send this vault's changes to the sync server, receive the others' and compare."),
                   &exit))
        return exit;
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    auto state = sync::requireSyncState((*vault)->db());
    if (!state)
        return ctx.fail(state.error());
    sync::HttpsTransport transport(QUrl(state->url), state->certSha256);
    sync::SyncOptions options;
    options.progress = [&ctx](const QString& line) { ctx.out << line << Qt::endl; };
    auto roles = RoleCatalog::load();
    if (!roles)
        return ctx.fail(roles.error());
    // Search entries and dashboard counters follow each pulled change.
    auto follower = domain::RemoteChangeFollower::create(**vault, *roles);
    if (!follower)
        return ctx.fail(follower.error());
    options.recordChanging = (*follower)->beforeHook();
    options.recordChanged = (*follower)->afterHook();
    const bool verify = p.isSet(QStringLiteral("verify"));
    options.digests = verify ? sync::SyncOptions::DigestCheck::EverySync : sync::SyncOptions::DigestCheck::Daily;
    sync::SyncClient client(**vault, transport, options);
    auto report = client.sync();
    if (!report)
        return ctx.fail(report.error());
    // Every counter recounted from the rows on --verify (the changes kept them already), and once
    // after the upgrade to schema v11.
    if (auto recounted = verify ? domain::rebuildRecordCounters(**vault, *roles)
                                : domain::recountCountersIfDue(**vault, *roles);
        !recounted)
        return ctx.fail(recounted.error());
    ctx.out << tr("Sync finished: %1 changes sent, %2 received, %3 new conflicts, %4 held back.")
                   .arg(report->pushed)
                   .arg(report->pulled)
                   .arg(report->applied.conflictsOpened)
                   .arg(report->applied.quarantined)
            << Qt::endl;
    if (!report->divergent.isEmpty())
        ctx.err
            << tr("Warning: these tables differ from the server: %1. Sync again; if it persists, tell the "
                  "administrator.")
                   .arg(report->divergent.join(QStringLiteral(", ")))
            << Qt::endl;
    return ExitOk;
}

QString describe(const sync::ConflictCandidate& k)
{
    return QStringLiteral("%1%2  %3  device %4  clock %5%6")
        .arg(k.winner ? QStringLiteral("* ") : QStringLiteral("  "), k.mine ? tr("mine  ") : tr("theirs"),
             sync::displayValue(k.value), k.deviceId.left(8),
             QDateTime::fromMSecsSinceEpoch(k.hlc >> 16, Qt::UTC).toString(Qt::ISODate),
             k.active ? QString() : tr("  (superseded by its author)"));
}

int runConflicts(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), tr("list, show ID or resolve ID"));
    p.addOption(
        {QStringLiteral("keep"), tr("For resolve: mine, theirs, or the value to keep."), tr("value")});
    p.addOption({QStringLiteral("all"), tr("For list: include settled conflicts.")});
    int exit = 0;
    if (!ctx.parse(p, tr("Review sync conflicts: list, show ID, resolve ID --keep mine|theirs|VALUE."),
                   &exit))
        return exit;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    if ((action == QLatin1String("list") && pos.size() > 1) ||
        ((action == QLatin1String("show") || action == QLatin1String("resolve")) && pos.size() != 2) ||
        (action != QLatin1String("list") && action != QLatin1String("show") &&
         action != QLatin1String("resolve")))
        return ctx.usage(
            tr("use: conflicts list | conflicts show ID | conflicts resolve ID --keep mine|theirs|VALUE"));
    bool ok = true;
    const qint64 id = pos.size() > 1 ? pos.at(1).toLongLong(&ok) : 0;
    if (!ok)
        return ctx.usage(tr("'%1' is not a conflict number").arg(pos.at(1)));
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    sync::ConflictService service(**vault);
    if (action == QLatin1String("list")) {
        auto all = service.list(p.isSet(QStringLiteral("all")));
        if (!all)
            return ctx.fail(all.error());
        if (all->isEmpty())
            ctx.out << tr("No conflicts.") << Qt::endl;
        for (const sync::ConflictInfo& c : *all)
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(c.id)
                           .arg(c.status, c.table, c.recordKey, c.field)
                           .arg(QCoreApplication::translate("Cli", "%n candidate(s)", nullptr,
                                                            int(c.candidates.size())))
                    << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        auto c = service.get(id);
        if (!c)
            return ctx.fail(c.error());
        ctx.out << tr("Conflict %1 (%2): %3 %4, field %5")
                       .arg(c->id)
                       .arg(c->status, c->table, c->recordKey, c->field)
                << Qt::endl;
        for (const sync::ConflictCandidate& k : c->candidates)
            ctx.out << describe(k) << Qt::endl;
        ctx.out << tr("* = provisional winner (highest clock, then device id) on every device.") << Qt::endl;
        return ExitOk;
    }
    const QString keep = p.value(QStringLiteral("keep"));
    if (keep.isEmpty())
        return ctx.usage(tr("resolve needs --keep mine|theirs|VALUE"));
    const auto how = keep == QLatin1String("mine")     ? sync::ConflictService::Keep::Mine
                     : keep == QLatin1String("theirs") ? sync::ConflictService::Keep::Theirs
                                                       : sync::ConflictService::Keep::Value;
    auto roles = RoleCatalog::load();
    if (!roles)
        return ctx.fail(roles.error());
    auto follower = domain::RemoteChangeFollower::create(**vault, *roles); // counters follow a resolution
    if (!follower)
        return ctx.fail(follower.error());
    service.setRecordHooks((*follower)->beforeHook(), (*follower)->afterHook());
    if (auto s = service.resolve(id, how, keep); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Resolved conflict %1; the choice is sent with the next sync.").arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace

void addSyncCommands(CommandRegistry& registry)
{
    registry.append({QStringLiteral("enroll"), tr("enrol this device with the sync server"), runEnroll});
    registry.append({QStringLiteral("sync"), tr("send and receive changes with the sync server"), runSync});
    registry.append({QStringLiteral("conflicts"), tr("list, show and resolve sync conflicts"), runConflicts});
}

} // namespace xaso::cli
