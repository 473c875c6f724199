#pragma once
// Backup and restore of xaso-server's data folder. The backup file holds the vault (SQLCipher,
// encrypted with the data key), its WAL, its key header (the data key wrapped under the server
// password and recovery key) and the public certificate, behind a BLAKE2b checksum: nothing in it
// is readable without the server password or recovery key. A restore writes the files back (moving
// what was there aside) and starts a new epoch, so every client re-sends what the backup lacks.

#include "server/server_store.h"

namespace xaso::sync {

// A consistent snapshot taken while writers are held off (the server may keep running).
Status backupServer(ServerStore& store, const QString& outFile);

struct RestoreResult
{
    quint64 epoch = 0;
    qint64 epochBase = 0;
    QString movedAsideTo; // where the replaced files went, if any
};

// The server must be stopped. Opens the restored vault with the password to prove it is whole.
Result<RestoreResult> restoreServer(const QString& dataDir, const QString& fromFile, const QString& password,
                                    const Clock& clock);

} // namespace xaso::sync
