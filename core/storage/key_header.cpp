#include "storage/key_header.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QFile>
#include <QSaveFile>

namespace xaso::storage {

namespace {

constexpr char kMagic[8] = {'X', 'A', 'S', 'O', 'V', 'K', 'H', '\n'};
constexpr int kPrefixBytes = 8 + 2 + KeyHeader::kVaultIdBytes + 1 + 8 + 8 + 16 + 16 + KeyHeader::kDbSaltBytes;
constexpr int kTotalBytes = kPrefixBytes + 2 * KeyHeader::kSlotBytes;
constexpr quint64 kMaxOps = 64;
constexpr quint64 kMaxMem = quint64(4) * 1024 * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("KeyHeader", text);
}

} // namespace

namespace {
QByteArray serializedPrefix(const KeyHeader& h, bool withPasswordSalt, bool withRecoverySalt);
}

QByteArray KeyHeader::authenticatedPrefix(Slot slot) const
{
    return serializedPrefix(*this, slot == Slot::Password, slot == Slot::Recovery);
}

namespace {
QByteArray serializedPrefix(const KeyHeader& h, bool withPasswordSalt, bool withRecoverySalt)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.writeRawData(kMagic, sizeof kMagic);
    s << h.formatVersion;
    s.writeRawData(h.vaultId.constData(), KeyHeader::kVaultIdBytes);
    s << h.kdfAlgorithm << quint64(h.kdfLimits.opsLimit) << quint64(h.kdfLimits.memLimit);
    if (withPasswordSalt)
        s.writeRawData(h.passwordSalt.constData(), crypto::kSaltBytes);
    if (withRecoverySalt)
        s.writeRawData(h.recoverySalt.constData(), crypto::kSaltBytes);
    s.writeRawData(h.dbSalt.constData(), KeyHeader::kDbSaltBytes);
    return out;
}
} // namespace

QByteArray KeyHeader::serialize() const
{
    // On disk the order is: fixed fields up to the limits, password salt, recovery salt, db salt.
    return serializedPrefix(*this, true, true) + passwordSlot + recoverySlot;
}

Result<KeyHeader> KeyHeader::parse(const QByteArray& bytes)
{
    if (bytes.size() < 10 || !bytes.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return makeError(ErrorCode::Tampered, tr("The key header does not start with the Xã Số signature "
                                                 "(bytes 1–8): it is not a vault key header."));
    KeyHeader h;
    QDataStream s(bytes);
    s.setByteOrder(QDataStream::LittleEndian);
    s.skipRawData(sizeof kMagic);
    s >> h.formatVersion;
    if (h.formatVersion > kFormatVersion)
        return makeError(ErrorCode::NewerFormat,
                         tr("The vault uses key-header format %1; this version of Xã Số reads up to format %2. "
                            "Install a newer Xã Số to open it.")
                             .arg(h.formatVersion)
                             .arg(kFormatVersion));
    if (h.formatVersion < kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("The key header declares format %1, older than any Xã Số wrote; refused.")
                             .arg(h.formatVersion));
    if (bytes.size() != kTotalBytes)
        return makeError(ErrorCode::Tampered, tr("The key header is %1 bytes long; format %2 has exactly %3.")
                                                  .arg(bytes.size())
                                                  .arg(kFormatVersion)
                                                  .arg(kTotalBytes));
    auto take = [&s](int n) {
        QByteArray b(n, Qt::Uninitialized);
        s.readRawData(b.data(), n);
        return b;
    };
    h.vaultId = take(kVaultIdBytes);
    quint64 ops = 0, mem = 0;
    s >> h.kdfAlgorithm >> ops >> mem;
    h.kdfLimits = {ops, mem};
    h.passwordSalt = take(crypto::kSaltBytes);
    h.recoverySalt = take(crypto::kSaltBytes);
    h.dbSalt = take(kDbSaltBytes);
    h.passwordSlot = take(kSlotBytes);
    h.recoverySlot = take(kSlotBytes);
    if (h.kdfAlgorithm != 2)
        return makeError(ErrorCode::Unsupported,
                         tr("Byte 27 of the key header names key-derivation algorithm %1; only Argon2id (2) is "
                            "accepted.")
                             .arg(h.kdfAlgorithm));
    const auto floor = crypto::KdfLimits::interactive();
    if (ops < floor.opsLimit || mem < floor.memLimit || ops > kMaxOps || mem > kMaxMem)
        return makeError(ErrorCode::Tampered,
                         tr("The key header's Argon2id limits (%1 passes, %2 MiB) are outside the accepted "
                            "range; refused.")
                             .arg(ops)
                             .arg(mem / (1024 * 1024)));
    return h;
}

Result<KeyHeader> KeyHeader::read(const QString& vaultPath)
{
    QFile f(pathFor(vaultPath));
    if (!f.exists())
        return makeError(ErrorCode::NotFound,
                         tr("The key header %1 is missing; without it the vault cannot be opened.").arg(f.fileName()));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    return parse(f.read(kTotalBytes + 1));
}

Status KeyHeader::write(const QString& vaultPath) const
{
    QSaveFile f(pathFor(vaultPath));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    const QByteArray bytes = serialize();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

} // namespace xaso::storage
