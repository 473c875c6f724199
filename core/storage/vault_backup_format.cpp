#include "storage/vault_backup_format.h"

#include "storage/key_header.h"
#include "storage/vault_backup.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace xaso::storage::backup {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultBackup", text);
}

QByteArray macContext()
{
    return QByteArrayLiteral("xaso-backup-mac-v1");
}

qint64 Layout::payloadEnd() const
{
    return VaultBackup::kPrefixBytes + qint64(headerBytes) + qint64(dbBytes) + qint64(walBytes);
}

qint64 Layout::totalBytes() const
{
    return payloadEnd() + VaultBackup::kTrailerBytes;
}

QByteArray Layout::serializePrefix() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.writeRawData(kMagic, sizeof kMagic);
    s << formatVersion << quint16(0) << schemaVersion << createdAtMs;
    s.writeRawData(vaultId.constData(), KeyHeader::kVaultIdBytes);
    s << headerBytes << dbBytes << walBytes;
    return out;
}

QByteArray Trailer::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.writeRawData(kTrailerMagic, sizeof kTrailerMagic);
    s << length;
    s.writeRawData(digest.constData(), kDigestBytes);
    s.writeRawData(mac.constData(), kDigestBytes);
    return out;
}

Result<Layout> readLayout(QFile& file, Trailer* trailer)
{
    const qint64 size = file.size();
    const QByteArray head = file.read(VaultBackup::kPrefixBytes);
    const QByteArray magic(kMagic, sizeof kMagic);
    // A file cut inside the signature itself still counts as a (short) backup.
    const bool signed_ =
        head.size() >= magic.size() ? head.startsWith(magic) : (!head.isEmpty() && magic.startsWith(head));
    if (!signed_)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is not an Xã Số backup (it does not start with the backup signature).")
                             .arg(QFileInfo(file.fileName()).fileName()));
    if (head.size() < VaultBackup::kPrefixBytes)
        return makeError(
            ErrorCode::Tampered,
            tr("The backup is only %1 bytes long, shorter than its own %2-byte header: it was cut "
               "short. Nothing was changed.")
                .arg(size)
                .arg(VaultBackup::kPrefixBytes));
    Layout l;
    QDataStream s(head);
    s.setByteOrder(QDataStream::LittleEndian);
    s.skipRawData(sizeof kMagic);
    quint16 reserved = 0;
    s >> l.formatVersion >> reserved >> l.schemaVersion >> l.createdAtMs;
    l.vaultId.resize(KeyHeader::kVaultIdBytes);
    s.readRawData(l.vaultId.data(), KeyHeader::kVaultIdBytes);
    s >> l.headerBytes >> l.dbBytes >> l.walBytes;
    if (l.formatVersion > VaultBackup::kFormatVersion)
        return makeError(
            ErrorCode::NewerFormat,
            tr("The backup was written in format %1 by a newer Xã Số; this version reads format %2. "
               "Install a newer Xã Số to restore it. Nothing was changed.")
                .arg(l.formatVersion)
                .arg(VaultBackup::kFormatVersion));
    if (l.formatVersion < 1)
        return makeError(
            ErrorCode::Unsupported,
            tr("Bytes 9–10 of the backup name format %1, which no Xã Số wrote.").arg(l.formatVersion));
    // Bounds before any sum so a forged length cannot overflow.
    constexpr quint64 kMaxImage = quint64(1) << 46; // 64 TiB
    if (l.headerBytes == 0 || l.headerBytes > kMaxKeyHeaderBytes || l.dbBytes == 0 || l.dbBytes > kMaxImage ||
        l.walBytes > kMaxImage)
        return makeError(ErrorCode::Tampered,
                         tr("The section lengths in bytes 41–60 of the backup are impossible "
                            "(key header %1, database %2, log %3 bytes): the file is damaged.")
                             .arg(l.headerBytes)
                             .arg(l.dbBytes)
                             .arg(l.walBytes));
    if (size < l.totalBytes())
        return makeError(
            ErrorCode::Tampered,
            tr("The backup is %1 bytes long but its header says %2 bytes: it was cut short (%3 bytes "
               "are missing), perhaps while copying. Nothing was changed.")
                .arg(size)
                .arg(l.totalBytes())
                .arg(l.totalBytes() - size));
    if (size > l.totalBytes())
        return makeError(
            ErrorCode::Tampered,
            tr("The backup is %1 bytes long but its header says %2 bytes: %3 bytes were added after "
               "its end. Nothing was changed.")
                .arg(size)
                .arg(l.totalBytes())
                .arg(size - l.totalBytes()));
    if (!file.seek(l.payloadEnd()))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray tail = file.read(VaultBackup::kTrailerBytes);
    Trailer t;
    QDataStream ts(tail);
    ts.setByteOrder(QDataStream::LittleEndian);
    ts.skipRawData(sizeof kTrailerMagic);
    ts >> t.length;
    t.digest = tail.mid(16, kDigestBytes);
    t.mac = tail.mid(16 + kDigestBytes, kDigestBytes);
    if (tail.size() != VaultBackup::kTrailerBytes ||
        !tail.startsWith(QByteArray(kTrailerMagic, sizeof kTrailerMagic)) || t.length != l.payloadEnd())
        return makeError(ErrorCode::Tampered,
                         tr("The closing record of the backup (its last %1 bytes, from byte %2) "
                            "is damaged. Nothing was changed.")
                             .arg(VaultBackup::kTrailerBytes)
                             .arg(l.payloadEnd() + 1));
    if (trailer)
        *trailer = t;
    file.seek(0);
    return l;
}

struct Blake2b::State
{
    crypto_generichash_state state;
};

Blake2b::Blake2b() : m_state(std::make_unique<State>())
{
    crypto_generichash_init(&m_state->state, nullptr, 0, kDigestBytes);
}

Blake2b::Blake2b(const crypto::SecureBytes& key) : m_state(std::make_unique<State>())
{
    crypto_generichash_init(&m_state->state, key.data(), key.size(), kDigestBytes);
}

Blake2b::~Blake2b()
{
    sodium_memzero(&m_state->state, sizeof m_state->state);
}

void Blake2b::update(const char* data, qint64 size)
{
    crypto_generichash_update(&m_state->state, reinterpret_cast<const unsigned char*>(data),
                              static_cast<unsigned long long>(size));
}

QByteArray Blake2b::final()
{
    QByteArray out(kDigestBytes, Qt::Uninitialized);
    crypto_generichash_final(&m_state->state, reinterpret_cast<unsigned char*>(out.data()), kDigestBytes);
    return out;
}

bool syncFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(f.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(f.handle()) == 0;
#else
    return true;
#endif
}

bool syncFolder(const QString& folder)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(folder);
    return true; // NTFS journals renames itself
#endif
}

} // namespace xaso::storage::backup
