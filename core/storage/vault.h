#pragma once
// One encrypted vault per officer profile: the SQLCipher file plus its key header
// (docs/vault-format.md). password → Argon2id → key-encryption key → unwraps the random 256-bit
// data key → SQLCipher raw key. The recovery key wraps the same data key. Changing the password
// rewrites only the header; the vault file is not re-encrypted.

#include "crypto/crypto.h"
#include "storage/attempt_guard.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/key_header.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace xaso::storage {

struct ProfileInfo
{
    QString displayName;
    QStringList roles;
    QString deviceId; // 32 hex characters
    QByteArray signingPublicKey;
    QDateTime createdAt;
};

struct CreateOptions
{
    QString displayName;
    QStringList roles;
    crypto::KdfLimits kdfLimits = crypto::KdfLimits::moderate();
};

class Vault;

struct CreatedVault
{
    std::unique_ptr<Vault> vault;
    QString recoveryKey; // show once, print, never store
};

class Vault
{
public:
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Refuses to overwrite an existing vault or header.
    static Result<CreatedVault> create(const QString& path, const QString& password, const CreateOptions& options,
                                       const Clock& clock);
    // A wrong password → WrongPassword, nothing written to the vault's files; the failure is counted
    // by the guard (if given), which refuses with LockedOut during a back-off.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const QString& password, const Clock& clock,
                                               AttemptGuard* guard = nullptr);
    static Result<std::unique_ptr<Vault>> openWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                                              const Clock& clock, AttemptGuard* guard = nullptr);
    // Rewraps the data key under a new password. Touches only the header file.
    static Status changePassword(const QString& path, const QString& oldPassword, const QString& newPassword,
                                 AttemptGuard* guard = nullptr, const Clock* clock = nullptr);
    static Status resetPasswordWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                               const QString& newPassword);

    static QString defaultVaultPath(); // <app data>/profiles/default/vault.xaso

    // Reads every page (PRAGMA quick_check): a flipped byte anywhere fails SQLCipher's per-page
    // HMAC and is reported as Tampered. Costs a full read of the file; not part of unlock.
    Status checkIntegrity();

    // Closes the database and wipes every key held in memory.
    void lock();
    bool isUnlocked() const { return m_db.isOpen(); }

    Database& db() { return m_db; }
    const ProfileInfo& profile() const { return m_profile; }
    const KeyHeader& header() const { return m_header; }
    QString path() const { return m_path; }
    AuditLog& audit() { return *m_audit; }
    const Clock& clock() const { return m_clock; }
    const crypto::SecureBytes& signingSecret() const { return m_signingSecret; }

    // Runs fn inside one transaction and appends the audit entry in it; commits only if both succeed.
    Status writeAudited(const AuditEntry& entry, const std::function<Status(Database&)>& fn);

    // A 256-bit key for one purpose, derived from the data key (keyed BLAKE2b of the context), so
    // callers such as sealed files never hold the data key itself. Empty when the vault is locked.
    crypto::SecureBytes deriveSubKey(const QByteArray& context) const;

    // For tests: the address of the in-memory data key, to prove lock() wiped it.
    const crypto::SecureBytes& dataKeyForTests() const { return m_dataKey; }

private:
    Vault(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock) {}
    static Result<std::unique_ptr<Vault>> openWithDataKey(const QString& path, const KeyHeader& header,
                                                          crypto::SecureBytes dataKey, const Clock& clock);
    Status loadProfile();

    QString m_path;
    const Clock& m_clock;
    KeyHeader m_header;
    crypto::SecureBytes m_dataKey;
    crypto::SecureBytes m_signingSecret;
    Database m_db;
    ProfileInfo m_profile;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace xaso::storage
