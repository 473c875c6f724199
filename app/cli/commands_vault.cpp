// xaso-cli init | info | passwd | recover | audit verify

#include "cli_context.h"

#include "crypto/password_policy.h"
#include "reference/roles.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace xaso::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int runInit(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), tr("The profile's display name (the officer)."), tr("name")});
    p.addOption({QStringLiteral("roles"), tr("Comma-separated role ids, e.g. cong_an,to_cong_tac_06."), tr("roles")});
    int exit = 0;
    if (!ctx.parse(p, tr("Create a new encrypted vault and its officer profile. Prints the recovery key once."),
                   &exit))
        return exit;
    const QString path = ctx.vaultPath(p);
    if (QFile::exists(path))
        return ctx.fail(makeError(ErrorCode::Conflict, tr("A vault already exists at %1; nothing was changed.").arg(path)));
    const QString name = p.value(QStringLiteral("name")).isEmpty() ? tr("Officer") : p.value(QStringLiteral("name"));
    const QStringList roles = p.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto catalog = RoleCatalog::load();
    if (!catalog)
        return ctx.fail(catalog.error());
    if (roles.isEmpty())
        return ctx.usage(tr("give the profile's roles with --roles, from: %1")
                             .arg(catalog->knownRoleIds().join(QStringLiteral(", "))));
    if (auto valid = catalog->validate(roles); !valid)
        return ctx.fail(valid.error());
    auto pw = ctx.password(p, tr("New password: "), true);
    if (!pw)
        return ctx.fail(pw.error());
    auto created = storage::Vault::create(path, *pw, {name, roles}, ctx.clock);
    if (!created)
        return ctx.fail(created.error());
    ctx.out << tr("Created the vault %1 for %2.").arg(path, name) << Qt::endl << Qt::endl;
    ctx.out << tr("RECOVERY KEY — write it down or print it now and keep it locked away. It is shown only once "
                  "and opens the vault if the password is lost:")
            << Qt::endl;
    ctx.out << QStringLiteral("    ") << created->recoveryKey << Qt::endl;
    return ExitOk;
}

int runInfo(CliContext& ctx)
{
    QCommandLineParser p;
    int exit = 0;
    if (!ctx.parse(p, tr("Show the vault's format, schema and cipher versions, its profile and record counts."),
                   &exit))
        return exit;
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    storage::Vault& v = **vault;
    storage::Database& db = v.db();
    auto schema = storage::schemaVersion(db);
    const auto& h = v.header();
    QTextStream& o = ctx.out;
    o << tr("Vault:            %1").arg(QFileInfo(v.path()).absoluteFilePath()) << Qt::endl;
    o << tr("Size:             %1 KiB").arg(QFileInfo(v.path()).size() / 1024) << Qt::endl;
    o << tr("Format version:   %1").arg(h.formatVersion) << Qt::endl;
    o << tr("Schema version:   %1 (this build knows up to %2)")
             .arg(schema ? *schema : -1)
             .arg(storage::latestSchemaVersion())
      << Qt::endl;
    o << tr("SQLCipher:        %1").arg(db.cipherVersion()) << Qt::endl;
    o << tr("Key derivation:   Argon2id, %1 passes, %2 MiB").arg(h.kdfLimits.opsLimit).arg(h.kdfLimits.memLimit >> 20)
      << Qt::endl;
    o << tr("Profile:          %1").arg(v.profile().displayName) << Qt::endl;
    o << tr("Roles:            %1").arg(v.profile().roles.join(QStringLiteral(", "))) << Qt::endl;
    o << tr("Device id:        %1").arg(v.profile().deviceId) << Qt::endl;
    o << tr("Created:          %1").arg(v.profile().createdAt.toString(Qt::ISODate)) << Qt::endl;
    o << tr("Records:") << Qt::endl;
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'sqlite_%' ORDER BY name"));
    if (!tables)
        return ctx.fail(tables.error());
    QStringList names;
    while (true) {
        auto row = tables->step();
        if (!row)
            return ctx.fail(row.error());
        if (!*row)
            break;
        names << tables->text(0);
    }
    for (const QString& t : names) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        if (!n)
            return ctx.fail(n.error());
        o << QStringLiteral("  %1 %2").arg(t, -28).arg(n->toLongLong()) << Qt::endl;
    }
    return ExitOk;
}

Result<QString> newPassword(CliContext& ctx, const QCommandLineParser& p)
{
    auto pw = ctx.secret(p.value(QStringLiteral("new-password-file")), "XASO_NEW_PASSWORD", tr("New password: "), true);
    if (!pw)
        return pw;
    XASO_TRY(crypto::checkPasswordAcceptable(*pw));
    return pw;
}

int runPasswd(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("new-password-file"),
                 tr("Read the new password from this file (or set $XASO_NEW_PASSWORD)."), tr("file")});
    int exit = 0;
    if (!ctx.parse(p, tr("Change the vault password. Only the key header is rewritten; the vault is not "
                         "re-encrypted."),
                   &exit))
        return exit;
    const QString path = ctx.vaultPath(p);
    auto old = ctx.password(p, tr("Current password: "));
    if (!old)
        return ctx.fail(old.error());
    auto fresh = newPassword(ctx, p);
    if (!fresh)
        return ctx.fail(fresh.error());
    storage::AttemptGuard guard(ctx.clock);
    if (auto s = storage::Vault::changePassword(path, *old, *fresh, &guard); !s)
        return ctx.fail(s.error());
    ctx.out << tr("The password was changed.") << Qt::endl;
    return ExitOk;
}

int runRecover(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("recovery-key-file"),
                 tr("Read the recovery key from this file (or set $XASO_RECOVERY_KEY)."), tr("file")});
    p.addOption({QStringLiteral("new-password-file"),
                 tr("Read the new password from this file (or set $XASO_NEW_PASSWORD)."), tr("file")});
    int exit = 0;
    if (!ctx.parse(p, tr("Set a new password using the recovery key printed when the vault was created."), &exit))
        return exit;
    auto key = ctx.secret(p.value(QStringLiteral("recovery-key-file")), "XASO_RECOVERY_KEY", tr("Recovery key: "),
                          false);
    if (!key)
        return ctx.fail(key.error());
    auto fresh = newPassword(ctx, p);
    if (!fresh)
        return ctx.fail(fresh.error());
    if (auto s = storage::Vault::resetPasswordWithRecoveryKey(ctx.vaultPath(p), *key, *fresh); !s)
        return ctx.fail(s.error());
    ctx.out << tr("The password was reset with the recovery key.") << Qt::endl;
    return ExitOk;
}

int runAudit(CliContext& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("verify"), tr("Check the whole audit chain."));
    int exit = 0;
    if (!ctx.parse(p, tr("Audit chain operations."), &exit))
        return exit;
    if (p.positionalArguments() != QStringList{QStringLiteral("verify")})
        return ctx.usage(tr("say 'xaso-cli audit verify'."));
    auto vault = ctx.openVault(p);
    if (!vault)
        return ctx.fail(vault.error());
    auto report = storage::AuditLog::verify((*vault)->db(), (*vault)->profile().signingPublicKey);
    if (!report)
        return ctx.fail(report.error());
    if (!report->intact) {
        ctx.err << tr("Audit chain BROKEN at row %1: %2").arg(report->firstBadSeq).arg(report->problem) << Qt::endl;
        return ExitRefused;
    }
    ctx.out << tr("Audit chain intact: %1 rows, every link and signature verified.").arg(report->rowsChecked)
            << Qt::endl;
    return ExitOk;
}

} // namespace

void addVaultCommands(CommandRegistry& r)
{
    r.append({QStringLiteral("init"), tr("create a new vault and profile"), runInit});
    r.append({QStringLiteral("info"), tr("show versions, profile and record counts"), runInfo});
    r.append({QStringLiteral("passwd"), tr("change the password (rewraps the key)"), runPasswd});
    r.append({QStringLiteral("recover"), tr("set a new password with the recovery key"), runRecover});
    r.append({QStringLiteral("audit"), tr("audit verify: check the audit chain"), runAudit});
}

} // namespace xaso::cli
