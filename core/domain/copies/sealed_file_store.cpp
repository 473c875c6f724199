#include "domain/copies/sealed_file_store.h"

#include "crypto/crypto.h"

#include <QCoreApplication>

namespace xaso::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SealedFileStore", text);
}

} // namespace

crypto::SecureBytes SealedFileStore::fileKey(const QString& id) const
{
    return m_vault.deriveSubKey(QByteArrayLiteral("xaso-sealed-file-v1:") + id.toLatin1());
}

QByteArray SealedFileStore::associatedData(const QString& id)
{
    return QByteArrayLiteral("xaso-sealed-file-v1|") + id.toLatin1();
}

Result<SealedFileInfo> SealedFileStore::store(const QString& name, const QString& mime,
                                              const QByteArray& plaintext)
{
    storage::Database& db = m_vault.db();
    if (!db.inTransaction())
        return makeError(ErrorCode::Internal, tr("A sealed file is stored inside the record's transaction."));
    if (plaintext.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The file %1 is empty.").arg(name));
    if (plaintext.size() > kMaxBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The file %1 is larger than %2 MiB.").arg(name).arg(kMaxBytes / (1024 * 1024)));
    SealedFileInfo info;
    info.hash = crypto::hash(plaintext);
    info.id = QString::fromLatin1(info.hash.toHex());
    info.name = name;
    info.mime = mime.isEmpty() ? QStringLiteral("application/octet-stream") : mime;
    info.size = plaintext.size();
    info.createdAtMs = m_vault.clock().nowMs();
    const crypto::SecureBytes key = fileKey(info.id);
    if (key.isEmpty())
        return makeError(ErrorCode::Internal, tr("The vault is locked."));
    const QByteArray sealed = crypto::seal(key, plaintext, associatedData(info.id));
    auto st =
        db.cached("INSERT OR IGNORE INTO sealed_files (id, name, mime, size, hash, sealed, created_at_ms) "
                  "VALUES (?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, info.id).bind(2, info.name).bind(3, info.mime).bind(4, info.size).bind(5, info.hash);
    (*st)->bind(6, sealed).bind(7, info.createdAtMs);
    XASO_TRY((*st)->exec());
    return info;
}

Result<SealedFileInfo> SealedFileStore::info(const QString& id)
{
    auto st =
        m_vault.db().cached("SELECT name, mime, size, hash, created_at_ms FROM sealed_files WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no sealed file %1.").arg(id));
    SealedFileInfo out{id, (*st)->text(0), (*st)->text(1), (*st)->int64(2), (*st)->blob(3), (*st)->int64(4)};
    (*st)->reset();
    return out;
}

Result<QByteArray> SealedFileStore::read(const QString& id)
{
    auto st = m_vault.db().cached("SELECT name, hash, sealed FROM sealed_files WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no sealed file %1.").arg(id));
    const QString name = (*st)->text(0);
    const QByteArray hash = (*st)->blob(1);
    const QByteArray sealed = (*st)->blob(2);
    (*st)->reset();
    const crypto::SecureBytes key = fileKey(id);
    if (key.isEmpty())
        return makeError(ErrorCode::Internal, tr("The vault is locked."));
    auto opened = crypto::openSealed(key, sealed, associatedData(id));
    if (!opened)
        return makeError(ErrorCode::Tampered, tr("The sealed file “%1” has been altered or damaged (its "
                                                 "authentication tag does not match); it was not opened.")
                                                  .arg(name));
    QByteArray plain(reinterpret_cast<const char*>(opened->data()), qsizetype(opened->size()));
    const QByteArray actual = crypto::hash(plain);
    if (actual != hash || QString::fromLatin1(actual.toHex()) != id)
        return makeError(ErrorCode::Tampered,
                         tr("The sealed file “%1” does not match its recorded hash; it was "
                            "not opened.")
                             .arg(name));
    return plain;
}

} // namespace xaso::domain
