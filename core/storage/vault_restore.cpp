// Restore half of storage/vault_backup.h: verify and stage a backup beside the vault, then swap
// the files in with the previous vault kept aside until the swap has succeeded.

#include "crypto/recovery_key.h"
#include "storage/migrations.h"
#include "storage/vault_backup.h"
#include "storage/vault_backup_format.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sodium.h>

namespace xaso::storage {

using backup::tr;

namespace {

// The database, its key header and SQLite's companions: what makes one vault on disk.
QStringList vaultFiles(const QString& base)
{
    return {base, KeyHeader::pathFor(base), base + QStringLiteral("-wal"), base + QStringLiteral("-shm")};
}

void removeVaultFiles(const QString& base)
{
    for (const QString& f : vaultFiles(base))
        QFile::remove(f);
}

// Removes the staged files when a check fails part way.
struct StageCleanup
{
    QString base;
    bool keep = false;
    ~StageCleanup()
    {
        if (!keep)
            removeVaultFiles(base);
    }
};

Status writeExact(const QString& path, QFile& in, qint64 bytes, backup::Blake2b& digest)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    QByteArray buffer(int(qMin(bytes, backup::kChunkBytes)), Qt::Uninitialized);
    while (bytes > 0) {
        const qint64 want = qMin(bytes, backup::kChunkBytes);
        const qint64 got = in.read(buffer.data(), want);
        if (got != want)
            return makeError(ErrorCode::Io, tr("Cannot read the backup: %1").arg(in.errorString()));
        digest.update(buffer.constData(), got);
        if (out.write(buffer.constData(), got) != got)
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
        bytes -= got;
    }
    return {};
}

Result<std::unique_ptr<Vault>> openStaged(const QString& staged, const QString& secret, const Clock& clock)
{
    Result<std::unique_ptr<Vault>> opened = makeError(ErrorCode::WrongPassword, QString());
    if (crypto::RecoveryKey::parse(secret))
        opened = Vault::openWithRecoveryKey(staged, secret, clock);
    if (!opened && opened.code() == ErrorCode::WrongPassword)
        opened = Vault::open(staged, secret, clock);
    if (opened)
        return opened;
    if (opened.code() == ErrorCode::WrongPassword)
        return makeError(
            ErrorCode::WrongPassword,
            tr("This password does not open the backup. Type the password the profile had when the "
               "backup was made, or the profile's recovery key. Nothing was changed."));
    return makeError(opened.code(), tr("The backup cannot be opened: %1").arg(opened.message()));
}

} // namespace

Result<BackupInfo> VaultBackup::stage(const QString& backupPath, const QString& secret, const QString& staged,
                                      const Clock& clock)
{
    QFile in(backupPath);
    if (!in.exists())
        return makeError(ErrorCode::NotFound, tr("There is no backup file at %1.").arg(backupPath));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(backupPath, in.errorString()));
    backup::Trailer trailer;
    auto layout = backup::readLayout(in, &trailer);
    if (!layout)
        return layout.error();

    removeVaultFiles(staged);
    StageCleanup cleanup{staged};
    // Pass 1: rebuild the files beside the target while summing every byte.
    backup::Blake2b plain;
    const QByteArray prefix = in.read(kPrefixBytes);
    plain.update(prefix);
    const QByteArray headerBytes = in.read(layout->headerBytes);
    plain.update(headerBytes);
    XASO_TRY(writeExact(staged, in, qint64(layout->dbBytes), plain));
    if (layout->walBytes > 0)
        XASO_TRY(writeExact(staged + QStringLiteral("-wal"), in, qint64(layout->walBytes), plain));
    if (plain.final() != trailer.digest)
        return makeError(
            ErrorCode::Tampered,
            tr("The backup's checksum does not match its contents: bytes were changed after it was "
               "written, or the copy is damaged. Nothing was changed."));

    // Trusted only now that the sum matched.
    if (int(layout->schemaVersion) > latestSchemaVersion())
        return makeError(
            ErrorCode::NewerFormat,
            tr("The backup holds schema version %1, written by a newer Xã Số; this version knows up to "
               "%2. Install a newer Xã Số to restore it. Nothing was changed.")
                .arg(layout->schemaVersion)
                .arg(latestSchemaVersion()));

    auto header = KeyHeader::parse(headerBytes);
    if (!header)
        return makeError(header.code(),
                         tr("The key header inside the backup is not valid: %1").arg(header.message()));
    if (header->vaultId != layout->vaultId)
        return makeError(
            ErrorCode::Tampered,
            tr("The key header inside the backup belongs to another vault. Nothing was changed."));
    {
        QSaveFile h(KeyHeader::pathFor(staged));
        if (!h.open(QIODevice::WriteOnly) || h.write(headerBytes) != headerBytes.size() || !h.commit())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(h.fileName(), h.errorString()));
    }

    auto opened = openStaged(staged, secret, clock);
    if (!opened)
        return opened.error();
    Vault& vault = **opened;

    // Pass 2: the keyed digest, now that the data key is known.
    backup::Blake2b keyed(vault.deriveSubKey(backup::macContext()));
    in.seek(0);
    {
        QByteArray buffer(int(backup::kChunkBytes), Qt::Uninitialized);
        qint64 left = layout->payloadEnd();
        while (left > 0) {
            const qint64 got = in.read(buffer.data(), qMin(left, backup::kChunkBytes));
            if (got <= 0)
                return makeError(ErrorCode::Io, tr("Cannot read the backup: %1").arg(in.errorString()));
            keyed.update(buffer.constData(), got);
            left -= got;
        }
    }
    const QByteArray mac = keyed.final();
    if (sodium_memcmp(mac.constData(), trailer.mac.constData(), backup::kDigestBytes) != 0)
        return makeError(
            ErrorCode::Tampered,
            tr("The backup's seal does not match its contents: it was altered by someone who does not "
               "hold the profile's key. Nothing was changed."));
    XASO_TRY(vault.checkIntegrity());

    BackupInfo info;
    info.formatVersion = layout->formatVersion;
    info.schemaVersion = int(layout->schemaVersion);
    info.createdAt = QDateTime::fromMSecsSinceEpoch(layout->createdAtMs, Qt::UTC);
    info.vaultId = layout->vaultId;
    info.fileBytes = layout->totalBytes();
    info.databaseBytes = qint64(layout->dbBytes + layout->walBytes);
    info.profileName = vault.profile().displayName;

    // Fold the log into the staged file so the swap moves one database file.
    XASO_TRY(vault.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")));
    vault.lock();
    opened->reset();
    QFile::remove(staged + QStringLiteral("-wal"));
    QFile::remove(staged + QStringLiteral("-shm"));
    if (!backup::syncFile(staged))
        return makeError(ErrorCode::Io, tr("Cannot flush %1 to disk.").arg(staged));
    cleanup.keep = true;
    return info;
}

Result<BackupInfo> VaultBackup::verify(const QString& backupPath, const QString& secret, const Clock& clock)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io, tr("Cannot make a temporary folder to check the backup."));
    return stage(backupPath, secret, scratch.filePath(QStringLiteral("check.xaso")), clock);
}

Result<PreparedRestore> VaultBackup::prepareRestore(const QString& backupPath, const QString& secret,
                                                    const QString& vaultPath, const Clock& clock)
{
    XASO_TRY(recoverInterruptedRestore(vaultPath));
    QDir().mkpath(QFileInfo(vaultPath).absolutePath());
    const QString staged = stagedPathFor(vaultPath);
    auto info = stage(backupPath, secret, staged, clock);
    if (!info)
        return info.error();
    return PreparedRestore(vaultPath, staged, std::move(info).value());
}

Result<BackupInfo> VaultBackup::restore(const QString& backupPath, const QString& secret,
                                        const QString& vaultPath, const Clock& clock)
{
    auto prepared = prepareRestore(backupPath, secret, vaultPath, clock);
    if (!prepared)
        return prepared.error();
    XASO_TRY(prepared->commit());
    return prepared->info();
}

Status VaultBackup::recoverInterruptedRestore(const QString& vaultPath)
{
    const QString prev = previousPathFor(vaultPath);
    removeVaultFiles(stagedPathFor(vaultPath));
    if (!QFile::exists(vaultPath) && QFile::exists(prev)) {
        // commit() stopped after moving the old vault aside: put it back.
        if (QFile::exists(KeyHeader::pathFor(prev))) {
            QFile::remove(KeyHeader::pathFor(vaultPath)); // the new header, if it got there
            if (!QFile::rename(KeyHeader::pathFor(prev), KeyHeader::pathFor(vaultPath)))
                return makeError(ErrorCode::Io, tr("Cannot put back %1.").arg(KeyHeader::pathFor(prev)));
        }
        if (QFile::exists(prev + QStringLiteral("-wal")))
            QFile::rename(prev + QStringLiteral("-wal"), vaultPath + QStringLiteral("-wal"));
        if (!QFile::rename(prev, vaultPath))
            return makeError(ErrorCode::Io, tr("Cannot put back %1.").arg(prev));
        qCWarning(lcVault) << "an interrupted restore was rolled back";
    } else if (QFile::exists(vaultPath) && QFile::exists(KeyHeader::pathFor(vaultPath))) {
        removeVaultFiles(prev); // the swap had finished; only the clean-up was missing
    }
    backup::syncFolder(QFileInfo(vaultPath).absolutePath());
    return {};
}

PreparedRestore::PreparedRestore(PreparedRestore&& other) noexcept
    : m_vaultPath(std::move(other.m_vaultPath)), m_stagedPath(std::move(other.m_stagedPath)),
      m_info(std::move(other.m_info))
{
    other.m_stagedPath.clear();
}

PreparedRestore::~PreparedRestore()
{
    discard();
}

void PreparedRestore::discard()
{
    if (!m_stagedPath.isEmpty())
        removeVaultFiles(m_stagedPath);
    m_stagedPath.clear();
}

Status PreparedRestore::commit()
{
    if (m_stagedPath.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("There is no checked backup waiting to be restored."));
    const QString vault = m_vaultPath;
    const QString prev = VaultBackup::previousPathFor(vault);
    const QString folder = QFileInfo(vault).absolutePath();
    removeVaultFiles(prev);

    struct Move
    {
        QString from, to;
    };
    QList<Move> done;
    auto move = [&done](const QString& from, const QString& to) {
        if (!QFile::exists(from))
            return true;
        if (!QFile::rename(from, to))
            return false;
        done.append({from, to});
        return true;
    };
    const QString wal = QStringLiteral("-wal");
    bool ok = move(vault, prev) && move(KeyHeader::pathFor(vault), KeyHeader::pathFor(prev)) &&
              move(vault + wal, prev + wal);
    QFile::remove(vault + QStringLiteral("-shm"));
    ok = ok && move(KeyHeader::pathFor(m_stagedPath), KeyHeader::pathFor(vault)) && move(m_stagedPath, vault);
    ok = ok && backup::syncFolder(folder);
    if (!ok) {
        for (auto it = done.crbegin(); it != done.crend(); ++it)
            QFile::rename(it->to, it->from);
        backup::syncFolder(folder);
        discard();
        return makeError(ErrorCode::Io,
                         tr("The backup could not be put in place of %1; the previous vault was "
                            "kept as it was.")
                             .arg(QDir::toNativeSeparators(vault)));
    }
    m_stagedPath.clear();
    removeVaultFiles(prev);
    backup::syncFolder(folder);
    qCInfo(lcVault) << "vault restored from a backup";
    return {};
}

} // namespace xaso::storage
