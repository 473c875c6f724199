#pragma once
// The write-ahead log left beside a vault (<vault>-wal) is checked before the vault is opened for
// writing (issue 10, "swapped WAL"). Internal to storage/database.cpp; not an API.
//
// Why: SQLite copies every committed WAL frame into the main file at the first checkpoint, and
// the closing connection checkpoints even when our open has just refused the vault. SQLite 3.15
// (Debian 12's SQLCipher 3.4.1) has no SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, so a WAL copied from
// another vault would overwrite this vault's pages with pages it can never decrypt. A connection
// opened with SQLITE_OPEN_READONLY cannot checkpoint (its file descriptor cannot take the
// exclusive lock sqlite3WalClose needs), so the check reads through one of those first.

#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QSet>
#include <QString>

namespace xaso::storage::wal {

struct WalScan
{
    bool present = false; // the file exists and is not empty
    qint64 committedFrames =
        0; // frames SQLite would replay: valid salts and checksums, up to the last commit
    quint32 pageSize = 0;
    quint32 databasePages = 0; // the database's size in pages after the last committed frame
    QSet<quint32> pages;       // page numbers those frames hold
};

// Reads <walPath> with SQLite's own rules for a WAL at recovery (wal.c, walIndexRecover): the
// 32-byte header (magic, version 3007000, page size, salts, header checksum), then 24-byte frame
// headers whose salts match and whose cumulative checksums over header and page are right; frames
// after the last commit frame do not count. Never throws; an unreadable file counts as absent.
WalScan scan(const QString& walPath);

// SQLCipher's raw-key literal x'<64 hex digits>' in locked memory (no PBKDF2 of SQLCipher's own).
crypto::SecureBytes keyLiteral(const crypto::SecureBytes& rawKey);

// When <dbPath>-wal holds committed frames: first the sizes (a vault never shrinks, as nothing
// runs VACUUM, so a WAL that ends with a database smaller than the vault file was not written on
// top of it: an older WAL of this vault, or another vault's); then it opens the vault read-only
// with rawKey and reads every page (the first page, then PRAGMA quick_check), so SQLCipher
// authenticates each page the WAL would bring in. Refuses (Tampered, naming the file) when one does not
// decrypt; the read-only connection closes without a checkpoint, so the vault and the WAL are left byte for
// byte. A wrong key for the main file itself (the first page is not in the WAL) → WrongPassword. OK at once,
// with no SQLite call, when there is no WAL or nothing committed in it.
Status verifyLeftover(const QString& dbPath, const crypto::SecureBytes& rawKey, int busyTimeoutMs);

} // namespace xaso::storage::wal
