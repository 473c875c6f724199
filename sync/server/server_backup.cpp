#include "server/server_backup.h"

#include "crypto/crypto.h"
#include "protocol/byte_io.h"
#include "storage/key_header.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace xaso::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("XASO-SERVER-BACKUP-1\n");

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerBackup", text);
}

QStringList fileNames()
{
    const QString vault = QStringLiteral("server.xaso");
    return {vault, vault + QStringLiteral("-wal"), storage::KeyHeader::pathFor(vault), QStringLiteral("server-cert.pem")};
}

Result<QByteArray> readAll(const QString& path, bool optional)
{
    QFile f(path);
    if (!f.exists() && optional)
        return QByteArray();
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

Status backupServer(ServerStore& store, const QString& outFile)
{
    storage::Database& db = store.db();
    ByteWriter w;
    w.raw(kMagic);
    {
        // Fold the WAL in, then hold writers off while the files are read: the copy is one instant.
        XASO_TRY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")));
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        const QStringList names = fileNames();
        w.put<quint32>(quint32(names.size()));
        for (const QString& name : names) {
            auto bytes = readAll(QDir(store.dataDir()).filePath(name), name.endsWith(QLatin1String("-wal")));
            if (!bytes)
                return bytes.error();
            w.bytes16(name.toUtf8());
            w.put<quint64>(quint64(bytes->size()));
            w.raw(*bytes);
        }
    }
    w.raw(crypto::hash(w.data()));
    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(w.data()) != w.size() || !out.commit())
        return makeError(ErrorCode::Io, tr("Cannot write the backup %1: %2").arg(outFile, out.errorString()));
    XASO_TRY(store.vault().writeAudited({QStringLiteral("server"), QStringLiteral("1"), QStringLiteral("backup"),
                                         QStringLiteral("backup written")},
                                        [](storage::Database&) { return Status(); }));
    qCInfo(lcSync) << "backup written";
    return {};
}

Result<RestoreResult> restoreServer(const QString& dataDir, const QString& fromFile, const QString& password,
                                    const Clock& clock)
{
    auto bytes = readAll(fromFile, false);
    if (!bytes)
        return bytes.error();
    const QByteArray& b = *bytes;
    if (b.size() < kMagic.size() + 4 + crypto::kHashBytes || !b.startsWith(kMagic))
        return makeError(ErrorCode::InvalidArgument, tr("%1 is not a xaso-server backup.").arg(fromFile));
    const QByteArray body = b.left(b.size() - crypto::kHashBytes);
    if (crypto::hash(body) != b.right(crypto::kHashBytes))
        return makeError(ErrorCode::Tampered, tr("The backup %1 is damaged (its checksum does not match); nothing was "
                                                 "restored.").arg(fromFile));
    ByteReader r(body);
    QByteArray skip;
    r.raw(kMagic.size(), skip);
    quint32 count = 0;
    r.get(count);
    QList<QPair<QString, QByteArray>> files;
    const QStringList allowed = fileNames();
    for (quint32 i = 0; i < count; ++i) {
        quint16 nameLen = 0;
        quint64 len = 0;
        QByteArray name, data;
        if (!r.get(nameLen) || !r.raw(nameLen, name) || !r.get(len) || !r.raw(qsizetype(len), data) ||
            !allowed.contains(QString::fromUtf8(name)))
            return makeError(ErrorCode::Tampered, tr("The backup %1 is malformed at byte %2.").arg(fromFile).arg(r.offset()));
        files.append({QString::fromUtf8(name), data});
    }
    RestoreResult result;
    QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(ErrorCode::Io, tr("Cannot create the data folder %1.").arg(dataDir));
    // Never delete what was there: move it aside.
    const QString aside = QStringLiteral("before-restore-%1").arg(clock.nowMs());
    for (const QString& name : allowed + QStringList{QStringLiteral("server.xaso-shm")}) {
        if (!dir.exists(name))
            continue;
        dir.mkpath(aside);
        if (!dir.rename(name, aside + QLatin1Char('/') + name))
            return makeError(ErrorCode::Io, tr("Cannot move %1 aside before the restore.").arg(dir.filePath(name)));
        result.movedAsideTo = dir.filePath(aside);
    }
    for (const auto& [name, data] : files) {
        QSaveFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    }
    auto store = ServerStore::open(dataDir, password, clock);
    if (!store)
        return store.error();
    auto base = (*store)->db().scalar(QStringLiteral("SELECT COALESCE(MAX(server_seq), 0) FROM srv_changes"));
    if (!base)
        return base.error();
    result.epoch = newEpoch();
    result.epochBase = base->toLongLong();
    XASO_TRY((*store)->vault().writeAudited(
        {QStringLiteral("server"), QStringLiteral("1"), QStringLiteral("restore"),
         QStringLiteral("restored from a backup; new epoch")},
        [&](storage::Database&) -> Status {
            XASO_TRY((*store)->setEpoch(result.epoch));
            return (*store)->setEpochBase(result.epochBase);
        }));
    qCInfo(lcSync) << "restored from a backup; new epoch";
    return result;
}

} // namespace xaso::sync
