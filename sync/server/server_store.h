#pragma once
// The commune server's state in its own encrypted vault (storage::Vault with a server profile):
// epoch, TLS identity, enrolled devices, one-time enrolment codes. The changes themselves are in
// srv_changes and sync_field_state (schema v8), written by SyncService.

#include "storage/vault.h"

#include <QDir>
#include <optional>

namespace xaso::sync {

struct DeviceRecord
{
    QString id;
    QString name;
    QStringList roles;
    QByteArray publicKey;
    qint64 enrolledAtMs = 0;
    std::optional<qint64> revokedAtMs;
    std::optional<qint64> trustedSeq; // on revocation: changes after it are quarantined
    qint64 ackedSeq = 0;
    QByteArray chainHash;
    bool revoked() const { return revokedAtMs.has_value(); }
};

struct TlsPems
{
    QByteArray keyPem; // secret: lives only in the vault and briefly in memory
    QByteArray certPem;
};

class ServerStore
{
public:
    static QString vaultPath(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("server.xaso")); }
    static QString certPath(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("server-cert.pem")); }

    // Creates the data folder's vault, a random epoch and a new TLS key and certificate.
    static Result<std::unique_ptr<ServerStore>> create(const QString& dataDir, const QString& password,
                                                       const Clock& clock,
                                                       crypto::KdfLimits limits = crypto::KdfLimits::moderate());
    static Result<std::unique_ptr<ServerStore>> open(const QString& dataDir, const QString& password,
                                                     const Clock& clock);

    storage::Vault& vault() { return *m_vault; }
    storage::Database& db() { return m_vault->db(); }
    const Clock& clock() const { return m_vault->clock(); }
    QString dataDir() const { return m_dir; }

    Result<quint64> epoch();
    Status setEpoch(quint64 epoch); // inside a transaction
    // The last server sequence when the current epoch began (0 for the first epoch).
    Result<qint64> epochBase();
    Status setEpochBase(qint64 seq); // inside a transaction
    Result<TlsPems> tls();
    Result<QString> certificateFingerprint();

    // A one-time code for a device to enrol with; stored only as a hash. Refuses unknown roles.
    Result<QString> createEnrolment(const QString& name, const QStringList& roles, qint64 validForMs);
    // Binds the code to the device and its key. Refuses a wrong, used or expired code.
    Result<DeviceRecord> redeemEnrolment(const QString& code, const QString& deviceId, const QByteArray& publicKey);

    Result<std::optional<DeviceRecord>> device(const QString& id);
    Result<QList<DeviceRecord>> devices();
    // trustedSeq: the last sequence accepted from the device; default its last acknowledged one.
    Status revoke(const QString& deviceId, std::optional<qint64> trustedSeq);

    static QString normaliseCode(const QString& code);

private:
    ServerStore(QString dir, std::unique_ptr<storage::Vault> vault) : m_dir(std::move(dir)), m_vault(std::move(vault)) {}
    Result<QVariant> meta(const char* key);
    Status setMeta(const char* key, const QVariant& value);

    QString m_dir;
    std::unique_ptr<storage::Vault> m_vault;
};

quint64 newEpoch();

} // namespace xaso::sync
