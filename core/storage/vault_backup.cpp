#include "storage/vault_backup.h"

#include "storage/migrations.h"
#include "storage/vault_backup_format.h"
#include "util/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sqlcipher/sqlite3.h>

namespace xaso::storage {

using backup::tr;

struct BackupSnapshot::Data
{
    std::unique_ptr<Transaction> tx; // BEGIN IMMEDIATE: the write lock that keeps the files still
    QString dbPath;
    QByteArray keyHeader;
    crypto::SecureBytes macKey;
    backup::Layout layout;
};

Result<std::unique_ptr<BackupSnapshot>> BackupSnapshot::begin(Vault& vault)
{
    if (!vault.isUnlocked())
        return makeError(ErrorCode::InvalidArgument, tr("The profile is locked; unlock it to back it up."));
    Database& db = vault.db();
    if (db.inTransaction())
        return makeError(
            ErrorCode::Conflict,
            tr("The vault is in the middle of a change; back it up when the change has finished."));
    // Best effort: fold the WAL into the main file so the backup usually carries no log image. A
    // reader that holds an old snapshot may keep part of it; the copy below stays consistent anyway.
    // A short busy wait: a long-lived reader elsewhere must not stall the window for 10 s.
    sqlite3_busy_timeout(db.handle(), 250);
    auto folded = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    sqlite3_busy_timeout(db.handle(), OpenOptions{}.busyTimeoutMs);
    if (!folded)
        qCDebug(lcVault) << "checkpoint before backup incomplete";

    std::unique_ptr<BackupSnapshot> snap(new BackupSnapshot);
    snap->d = std::make_unique<Data>();
    Data& d = *snap->d;
    auto tx = Transaction::begin(db);
    if (!tx)
        return makeError(tx.code(),
                         tr("The vault is busy with another change; try the backup again in a moment. (%1)")
                             .arg(tx.message()));
    d.tx = std::make_unique<Transaction>(std::move(tx).value());

    auto schema = schemaVersion(db);
    if (!schema)
        return schema.error();
    d.dbPath = vault.path();
    // The header on disk, not the one in memory: it carries the current password (a change of
    // password rewrites only the header file).
    QFile headerFile(KeyHeader::pathFor(d.dbPath));
    if (!headerFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read %1: %2").arg(headerFile.fileName(), headerFile.errorString()));
    d.keyHeader = headerFile.read(backup::kMaxKeyHeaderBytes + 1);
    auto header = KeyHeader::parse(d.keyHeader);
    if (!header)
        return header.error();
    if (header->vaultId != vault.header().vaultId)
        return makeError(ErrorCode::Tampered,
                         tr("The key header on disk belongs to another vault; no backup was made."));

    d.layout.schemaVersion = quint32(*schema);
    d.layout.createdAtMs = vault.clock().nowMs();
    d.layout.vaultId = header->vaultId;
    d.layout.headerBytes = quint32(d.keyHeader.size());
    d.layout.dbBytes = quint64(QFileInfo(d.dbPath).size());
    const QFileInfo wal(d.dbPath + QStringLiteral("-wal"));
    d.layout.walBytes = wal.exists() ? quint64(wal.size()) : 0;
    d.macKey = vault.deriveSubKey(backup::macContext());
    return snap;
}

BackupSnapshot::~BackupSnapshot()
{
    end();
}

void BackupSnapshot::end()
{
    if (!d || !d->tx)
        return;
    // The snapshot wrote nothing itself. COMMIT rather than ROLLBACK so that a statement run on this
    // connection meanwhile outside a transaction of its own is kept, not silently undone.
    if (!d->tx->commit())
        qCWarning(lcVault) << "ending the backup snapshot failed; rolled back";
    d->tx.reset();
}

qint64 BackupSnapshot::totalBytes() const
{
    return d->layout.totalBytes();
}

Result<BackupInfo> BackupSnapshot::writeTo(const QString& backupPath, const BackupProgress& progress) const
{
    const backup::Layout& layout = d->layout;
    QSaveFile out(backupPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot write the backup %1: %2").arg(backupPath, out.errorString()));
    backup::Blake2b plain;
    backup::Blake2b keyed(d->macKey);
    const qint64 total = layout.totalBytes();
    qint64 done = 0;
    auto put = [&](const char* data, qint64 size) {
        plain.update(data, size);
        keyed.update(data, size);
        done += size;
        return out.write(data, size) == size;
    };
    auto writeError = [&] {
        return makeError(ErrorCode::Io,
                         tr("Cannot write the backup %1: %2").arg(backupPath, out.errorString()));
    };
    const QByteArray prefix = layout.serializePrefix();
    if (!put(prefix.constData(), prefix.size()) || !put(d->keyHeader.constData(), d->keyHeader.size()))
        return writeError();

    auto copy = [&](const QString& path, qint64 bytes) -> Status {
        if (bytes == 0)
            return {};
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, in.errorString()));
        QByteArray buffer(int(backup::kChunkBytes), Qt::Uninitialized);
        qint64 left = bytes;
        while (left > 0) {
            const qint64 want = qMin(left, backup::kChunkBytes);
            const qint64 got = in.read(buffer.data(), want);
            if (got != want)
                return makeError(ErrorCode::Io, tr("The vault file ended %1 bytes early while it was copied; "
                                                   "no backup was made. Try again.")
                                                    .arg(left - qMax<qint64>(got, 0)));
            if (!put(buffer.constData(), got))
                return writeError();
            left -= got;
            if (progress && !progress(done, total))
                return makeError(ErrorCode::Cancelled, tr("The backup was cancelled; no file was written."));
        }
        return {};
    };
    Status copied = copy(d->dbPath, qint64(layout.dbBytes));
    if (copied)
        copied = copy(d->dbPath + QStringLiteral("-wal"), qint64(layout.walBytes));
    if (!copied) {
        out.cancelWriting();
        return copied.error();
    }
    backup::Trailer trailer;
    trailer.length = layout.payloadEnd();
    trailer.digest = plain.final();
    trailer.mac = keyed.final();
    const QByteArray tail = trailer.serialize();
    if (out.write(tail) != tail.size())
        return writeError();
    if (!out.commit()) // QSaveFile: fsync, then rename over the target
        return writeError();
    if (progress)
        progress(total, total);
    qCInfo(lcVault) << "backup written:" << total << "bytes";

    BackupInfo info;
    info.formatVersion = layout.formatVersion;
    info.schemaVersion = int(layout.schemaVersion);
    info.createdAt = QDateTime::fromMSecsSinceEpoch(layout.createdAtMs, Qt::UTC);
    info.vaultId = layout.vaultId;
    info.fileBytes = total;
    info.databaseBytes = qint64(layout.dbBytes + layout.walBytes);
    return info;
}

Result<BackupInfo> VaultBackup::write(Vault& vault, const QString& backupPath, const BackupProgress& progress)
{
    auto snap = BackupSnapshot::begin(vault);
    if (!snap)
        return snap.error();
    auto info = (*snap)->writeTo(backupPath, progress);
    (*snap)->end();
    if (info)
        info->profileName = vault.profile().displayName;
    return info;
}

} // namespace xaso::storage
