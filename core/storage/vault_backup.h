#pragma once
// Backup of a vault to one encrypted, self-checking file (.xasobak), and restore from it.
//
// ## File format, version 1 (integers little-endian)
//
//   offset  size  field
//        0     8  magic "XASOBAK\n"
//        8     2  format version (1)
//       10     2  reserved, 0
//       12     4  schema version of the vault (PRAGMA user_version) at the snapshot
//       16     8  time of the snapshot, milliseconds since 1970 UTC
//       24    16  vault id (as in the key header)
//       40     4  K = length of the key header
//       44     8  D = length of the database image
//       52     8  W = length of the write-ahead-log image (0 in the usual case)
//       60     K  the key header, byte for byte as <vault>.header
//     60+K     D  the SQLCipher file, byte for byte (already encrypted with the vault's data key)
//   60+K+D     W  the <vault>-wal file, byte for byte (encrypted too)
//   then an 80-byte trailer:
//        0     8  magic "XASOEND\n"
//        8     8  L = 60 + K + D + W, the length of everything before the trailer
//       16    32  BLAKE2b-256 of those L bytes: finds a cut-short or damaged file with no password
//       48    32  BLAKE2b-256 of the same L bytes keyed with Vault::deriveSubKey("xaso-backup-mac-v1"):
//                 only the holder of the data key can make it, so a backup edited and re-summed
//                 (its schema version, date or images) is still refused
//
// Nothing in the file is in clear except the fields of the first 60 bytes: the images are the
// vault's own encrypted bytes and the key header holds the data key only wrapped, so the backup
// opens with the profile's password (as it was when the backup was made) or its recovery key.
//
// ## Why a byte copy, and how it is consistent
//
// The key header's slots authenticate the vault file's salt (its first 16 bytes). A re-encrypted
// export (sqlcipher_export into an attached database) would draw a new salt, and rewrapping the
// slots needs the password and the recovery key, which the app does not hold; SQLite 3.15 has no
// VACUUM INTO and its backup API cannot copy between keyed pagers. So the backup copies the files.
// It first folds the WAL into the main file (wal_checkpoint(TRUNCATE), best effort), then takes
// the write lock (BEGIN IMMEDIATE) for the copy: no writer can commit, so the WAL cannot grow, be
// restarted or truncated (each needs the write lock); a checkpoint run meanwhile by another
// connection only copies pages that are also in the WAL. The main file plus the WAL as they stand
// are therefore one committed state; restore replays the WAL and folds it in before the swap.
// Readers keep working during the copy; writers wait (busy timeout) until it ends.
//
// ## Restore
//
// Everything is checked before the vault is touched: length, trailer and digest; the schema
// version is not newer than this build; the key header parses and belongs to the images; the
// password (or recovery key) opens it; the keyed digest; SQLCipher's per-page HMAC over every page
// (quick_check). The images are rebuilt beside the vault as <vault>.restoring (+ .header), opened,
// checkpointed and fsynced. Then, with the vault closed, commit() moves the current files aside as
// <vault>.before-restore (+ .header, -wal), renames the new ones into place, fsyncs the folder,
// and only then deletes the .before-restore files; any failure puts the previous vault back.
// Secrets are never logged.

#include "storage/vault.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace xaso::storage {

struct BackupInfo
{
    int formatVersion = 0;
    int schemaVersion = 0;
    QDateTime createdAt; // UTC
    QByteArray vaultId;
    qint64 fileBytes = 0;
    qint64 databaseBytes = 0; // D + W
    QString profileName;      // filled by verify/prepareRestore (it lives inside the encrypted image)
};

// done and total in bytes; return false to cancel.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// A consistent view of the vault held open for copying. begin() and the destructor run on the
// thread that owns the vault's connection; writeTo() does file I/O only (no SQLite call), so it may
// run in a worker while that thread keeps reading. Writes through the vault wait until it ends.
class BackupSnapshot
{
public:
    static Result<std::unique_ptr<BackupSnapshot>> begin(Vault& vault);
    ~BackupSnapshot();
    BackupSnapshot(const BackupSnapshot&) = delete;
    BackupSnapshot& operator=(const BackupSnapshot&) = delete;

    qint64 totalBytes() const;
    // Writes the backup atomically (temp file, fsync, rename); a cancel or an error leaves no file.
    Result<BackupInfo> writeTo(const QString& backupPath, const BackupProgress& progress = {}) const;
    // Releases the write lock (the destructor does it too).
    void end();

private:
    BackupSnapshot() = default;
    struct Data;
    std::unique_ptr<Data> d;
};

// The new vault files, verified and waiting beside the vault. Move-only; deletes them when
// destroyed unless commit() succeeded.
class PreparedRestore
{
public:
    PreparedRestore(PreparedRestore&& other) noexcept;
    PreparedRestore& operator=(PreparedRestore&&) = delete;
    PreparedRestore(const PreparedRestore&) = delete;
    PreparedRestore& operator=(const PreparedRestore&) = delete;
    ~PreparedRestore();

    const BackupInfo& info() const { return m_info; }
    QString vaultPath() const { return m_vaultPath; }
    // Swaps the files in. The vault must be closed (locked) by every connection.
    Status commit();

private:
    friend class VaultBackup;
    PreparedRestore(QString vaultPath, QString stagedPath, BackupInfo info)
        : m_vaultPath(std::move(vaultPath)), m_stagedPath(std::move(stagedPath)), m_info(std::move(info))
    {
    }
    void discard();

    QString m_vaultPath;
    QString m_stagedPath; // empty once committed or moved from
    BackupInfo m_info;
};

class VaultBackup
{
public:
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kPrefixBytes = 60;
    static constexpr int kTrailerBytes = 80;

    // Snapshot and write in one go, on the calling thread.
    static Result<BackupInfo> write(Vault& vault, const QString& backupPath,
                                    const BackupProgress& progress = {});

    // Every check restore makes, on a scratch copy in a temporary folder; nothing else is touched.
    // secret: the password the profile had at the backup, or its recovery key.
    static Result<BackupInfo> verify(const QString& backupPath, const QString& secret, const Clock& clock);

    // Verifies and stages the new files beside vaultPath; the vault may stay open meanwhile.
    static Result<PreparedRestore> prepareRestore(const QString& backupPath, const QString& secret,
                                                  const QString& vaultPath, const Clock& clock);
    // prepareRestore + commit. The vault must be closed.
    static Result<BackupInfo> restore(const QString& backupPath, const QString& secret,
                                      const QString& vaultPath, const Clock& clock);

    // After a crash in the middle of commit(): puts <vault>.before-restore back when the vault
    // file or its header is missing, and removes leftovers otherwise. Safe to call at any time the
    // vault is closed.
    static Status recoverInterruptedRestore(const QString& vaultPath);

    static QString stagedPathFor(const QString& vaultPath)
    {
        return vaultPath + QStringLiteral(".restoring");
    }
    static QString previousPathFor(const QString& vaultPath)
    {
        return vaultPath + QStringLiteral(".before-restore");
    }

private:
    static Result<BackupInfo> stage(const QString& backupPath, const QString& secret,
                                    const QString& stagedPath, const Clock& clock);
};

} // namespace xaso::storage
