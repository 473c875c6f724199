#include "storage/vault.h"

#include "crypto/password_policy.h"
#include "crypto/recovery_key.h"
#include "storage/migrations.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace xaso::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Vault", text);
}

// Each slot authenticates the header's fixed fields plus its own salt, so rewrapping one slot (a
// password change draws a new salt) leaves the other valid.
QByteArray slotAad(const KeyHeader& h, const char* slot)
{
    const bool password = qstrcmp(slot, "password") == 0;
    return h.authenticatedPrefix(password ? KeyHeader::Slot::Password : KeyHeader::Slot::Recovery) + QByteArray(slot);
}

crypto::SecureBytes recoveryWrapKey(const crypto::RecoveryKey& rk, const QByteArray& salt)
{
    return crypto::keyedHash(rk.bytes(), QByteArrayLiteral("xaso-recovery-v1") + salt);
}

QByteArray fileHead(const QString& path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(n);
}

Error wrongPassword()
{
    return makeError(ErrorCode::WrongPassword, tr("The password is wrong. Nothing was changed."));
}

Result<crypto::SecureBytes> unwrapWithPassword(const KeyHeader& h, const QString& password)
{
    auto kek = crypto::deriveKeyFromPassword(password.toUtf8(), h.passwordSalt, h.kdfLimits);
    if (!kek)
        return kek.error();
    auto key = crypto::openSealed(*kek, h.passwordSlot, slotAad(h, "password"));
    if (!key)
        return wrongPassword();
    return key;
}

Result<crypto::SecureBytes> unwrapWithRecovery(const KeyHeader& h, const QString& typed)
{
    auto rk = crypto::RecoveryKey::parse(typed);
    if (!rk)
        return rk.error();
    auto key = crypto::openSealed(recoveryWrapKey(*rk, h.recoverySalt), h.recoverySlot, slotAad(h, "recovery"));
    if (!key)
        return makeError(ErrorCode::WrongPassword, tr("The recovery key is wrong. Nothing was changed."));
    return key;
}

Status setPasswordSlot(KeyHeader& h, const crypto::SecureBytes& dataKey, const QString& password)
{
    h.passwordSalt = crypto::randomBytes(crypto::kSaltBytes);
    auto kek = crypto::deriveKeyFromPassword(password.toUtf8(), h.passwordSalt, h.kdfLimits);
    if (!kek)
        return kek.error();
    h.passwordSlot = crypto::seal(*kek, dataKey.data(), dataKey.size(), slotAad(h, "password"));
    return {};
}

} // namespace

Vault::~Vault()
{
    lock();
}

QString Vault::defaultVaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/xaso/profiles/default/vault.xaso");
}

Result<CreatedVault> Vault::create(const QString& path, const QString& password, const CreateOptions& options,
                                   const Clock& clock)
{
    XASO_TRY(crypto::initializeCrypto());
    if (QFile::exists(path) || QFile::exists(KeyHeader::pathFor(path)))
        return makeError(ErrorCode::Conflict, tr("A vault already exists at %1; it was left untouched.").arg(path));
    if (options.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The profile needs a display name."));
    XASO_TRY(crypto::checkPasswordAcceptable(password));
    QDir().mkpath(QFileInfo(path).absolutePath());

    KeyHeader header;
    header.vaultId = crypto::randomBytes(KeyHeader::kVaultIdBytes);
    header.kdfLimits = options.kdfLimits;
    header.recoverySalt = crypto::randomBytes(crypto::kSaltBytes);
    header.passwordSalt = crypto::randomBytes(crypto::kSaltBytes);
    crypto::SecureBytes dataKey = crypto::SecureBytes::random(crypto::kKeyBytes);
    const crypto::RecoveryKey recovery = crypto::RecoveryKey::generate();
    const crypto::SigningKeyPair signing = crypto::SigningKeyPair::generate();
    const QString deviceId = QString::fromLatin1(crypto::randomBytes(16).toHex());

    auto cleanup = [&path] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    };
    {
        auto db = Database::open(path, dataKey, OpenOptions{.create = true});
        if (!db) {
            cleanup();
            return db.error();
        }
        Status built = [&]() -> Status {
            XASO_TRY(migrate(*db));
            auto tx = Transaction::begin(*db);
            if (!tx)
                return tx.error();
            auto meta = db->prepare(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?)"));
            if (!meta)
                return meta.error();
            XASO_TRY(meta->bind(1, QStringLiteral("vault_id")).bind(2, header.vaultId).exec());
            XASO_TRY(meta->bind(1, QStringLiteral("format_version")).bind(2, qint64(KeyHeader::kFormatVersion)).exec());
            auto prof = db->prepare(QStringLiteral("INSERT INTO profile (id, display_name, roles, device_id, "
                                                   "sign_public, sign_secret, created_at_ms) VALUES (1,?,?,?,?,?,?)"));
            if (!prof)
                return prof.error();
            const QByteArray secret(reinterpret_cast<const char*>(signing.secretKey.data()),
                                    qsizetype(signing.secretKey.size()));
            prof->bind(1, options.displayName.trimmed()).bind(2, QStringLiteral("%1").arg(options.roles.join(QLatin1Char(','))));
            prof->bind(3, deviceId).bind(4, signing.publicKey).bind(5, secret).bind(6, clock.nowMs());
            XASO_TRY(prof->exec());
            AuditLog audit(*db, deviceId, signing.secretKey, clock);
            XASO_TRY(audit.append({QStringLiteral("profile"), QStringLiteral("1"), QStringLiteral("create"),
                                   QStringLiteral("profile created")}));
            XASO_TRY(tx->commit());
            // Fold the WAL into the main file so its first page (and SQLCipher's salt) is on disk.
            return db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
        }();
        if (!built) {
            db->close();
            cleanup();
            return built.error();
        }
    }
    header.dbSalt = fileHead(path, KeyHeader::kDbSaltBytes);
    if (header.dbSalt.size() != KeyHeader::kDbSaltBytes) {
        cleanup();
        return makeError(ErrorCode::Io, tr("The new vault file could not be read back."));
    }
    XASO_TRY(setPasswordSlot(header, dataKey, password));
    header.recoverySlot = crypto::seal(recoveryWrapKey(recovery, header.recoverySalt), dataKey.data(),
                                       dataKey.size(), slotAad(header, "recovery"));
    if (auto w = header.write(path); !w) {
        cleanup();
        return w.error();
    }
    auto opened = openWithDataKey(path, header, std::move(dataKey), clock);
    if (!opened)
        return opened.error();
    qCDebug(lcVault) << "vault created";
    return CreatedVault{std::move(opened).value(), recovery.formatted()};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const QString& password, const Clock& clock,
                                           AttemptGuard* guard)
{
    XASO_TRY(crypto::initializeCrypto());
    auto header = KeyHeader::read(path);
    if (!header)
        return header.error();
    if (guard)
        XASO_TRY(guard->check(header->vaultId));
    auto key = unwrapWithPassword(*header, password);
    if (!key) {
        if (guard && key.code() == ErrorCode::WrongPassword)
            guard->recordFailure(header->vaultId);
        return key.error();
    }
    auto vault = openWithDataKey(path, *header, std::move(key).value(), clock);
    if (vault && guard)
        guard->recordSuccess(header->vaultId);
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                                          const Clock& clock, AttemptGuard* guard)
{
    XASO_TRY(crypto::initializeCrypto());
    auto header = KeyHeader::read(path);
    if (!header)
        return header.error();
    if (guard)
        XASO_TRY(guard->check(header->vaultId));
    auto key = unwrapWithRecovery(*header, recoveryKey);
    if (!key) {
        if (guard && key.code() == ErrorCode::WrongPassword)
            guard->recordFailure(header->vaultId);
        return key.error();
    }
    return openWithDataKey(path, *header, std::move(key).value(), clock);
}

Status Vault::changePassword(const QString& path, const QString& oldPassword, const QString& newPassword,
                             AttemptGuard* guard, const Clock* clock)
{
    Q_UNUSED(clock);
    XASO_TRY(crypto::initializeCrypto());
    auto header = KeyHeader::read(path);
    if (!header)
        return header.error();
    if (guard)
        XASO_TRY(guard->check(header->vaultId));
    auto key = unwrapWithPassword(*header, oldPassword);
    if (!key) {
        if (guard && key.code() == ErrorCode::WrongPassword)
            guard->recordFailure(header->vaultId);
        return key.error();
    }
    XASO_TRY(crypto::checkPasswordAcceptable(newPassword));
    KeyHeader updated = *header;
    XASO_TRY(setPasswordSlot(updated, *key, newPassword));
    return updated.write(path);
}

Status Vault::resetPasswordWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                           const QString& newPassword)
{
    XASO_TRY(crypto::initializeCrypto());
    auto header = KeyHeader::read(path);
    if (!header)
        return header.error();
    auto key = unwrapWithRecovery(*header, recoveryKey);
    if (!key)
        return key.error();
    XASO_TRY(crypto::checkPasswordAcceptable(newPassword));
    KeyHeader updated = *header;
    XASO_TRY(setPasswordSlot(updated, *key, newPassword));
    return updated.write(path);
}

Result<std::unique_ptr<Vault>> Vault::openWithDataKey(const QString& path, const KeyHeader& header,
                                                      crypto::SecureBytes dataKey, const Clock& clock)
{
    if (!QFile::exists(path))
        return makeError(ErrorCode::NotFound, tr("The vault file %1 is missing.").arg(path));
    if (fileHead(path, KeyHeader::kDbSaltBytes) != header.dbSalt)
        return makeError(ErrorCode::Tampered,
                         tr("The key header does not belong to this vault file (bytes 1–16 of the vault differ "
                            "from the header's record). Nothing was changed."));
    std::unique_ptr<Vault> vault(new Vault(path, clock));
    vault->m_header = header;
    auto db = Database::open(path, dataKey);
    if (!db) {
        if (db.code() == ErrorCode::WrongPassword)
            return makeError(ErrorCode::Tampered, tr("The key header opens, but the vault file cannot be decrypted "
                                                     "with it: the file is damaged or was replaced."));
        return db.error();
    }
    vault->m_db = std::move(db).value();
    vault->m_dataKey = std::move(dataKey);
    XASO_TRY(migrate(vault->m_db));
    auto id = vault->m_db.scalar(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'vault_id'"));
    if (!id)
        return id.error();
    if (id->toByteArray() != header.vaultId)
        return makeError(ErrorCode::Tampered, tr("The vault's identity does not match its key header."));
    XASO_TRY(vault->loadProfile());
    vault->m_audit = std::make_unique<AuditLog>(vault->m_db, vault->m_profile.deviceId, vault->m_signingSecret, clock);
    return vault;
}

Status Vault::loadProfile()
{
    auto q = m_db.prepare(QStringLiteral("SELECT display_name, roles, device_id, sign_public, sign_secret, "
                                         "created_at_ms FROM profile WHERE id = 1"));
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Tampered, tr("The vault has no profile record."));
    m_profile.displayName = q->text(0);
    m_profile.roles = q->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_profile.deviceId = q->text(2);
    m_profile.signingPublicKey = q->blob(3);
    m_signingSecret = crypto::SecureBytes::copyOf(q->blob(4));
    m_profile.createdAt = QDateTime::fromMSecsSinceEpoch(q->int64(5), Qt::UTC);
    return {};
}

Status Vault::checkIntegrity()
{
    auto r = m_db.scalar(QStringLiteral("PRAGMA quick_check;"));
    if (!r)
        return r.error();
    if (r->toString() != QLatin1String("ok"))
        return makeError(ErrorCode::Tampered, tr("The vault file is damaged or has been altered: %1")
                                                  .arg(r->toString().section(QLatin1Char('\n'), 0, 1)));
    return {};
}

void Vault::lock()
{
    m_audit.reset();
    m_db.close();
    m_dataKey.wipe();
    m_signingSecret.wipe();
}

crypto::SecureBytes Vault::deriveSubKey(const QByteArray& context) const
{
    if (m_dataKey.isEmpty())
        return {};
    return crypto::keyedHash(m_dataKey, context);
}

Status Vault::writeAudited(const AuditEntry& entry, const std::function<Status(Database&)>& fn)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    XASO_TRY(fn(m_db));
    XASO_TRY(m_audit->append(entry));
    return tx->commit();
}

} // namespace xaso::storage
