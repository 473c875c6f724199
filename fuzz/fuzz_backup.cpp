// The .xasobak reader (core/storage/vault_backup_format.h, vault_restore.cpp): the 60-byte prefix
// and the 80-byte trailer checked against the file's real length (readLayout), then the whole
// verification restore runs before anything is replaced (VaultBackup::verify: digest, schema
// version, key header, password, keyed digest, the images opened by SQLCipher, including the
// check of a WAL image, storage/wal_check.h). The WAL image is also given to wal::scan alone.
//
//   byte 0: flags  0x01 re-seal: write the right plain BLAKE2b digest into the trailer, so the
//                       checks after it (key header, unlock, keyed digest, images) are reached
//   bytes 1…: the backup file
//
// A layout that reads must serialise back to the same prefix (bar the reserved bytes 10–11) and
// trailer; every refusal carries a message. Unlocking runs Argon2id with the key header's limits:
// inputs whose header asks for more than the quick (interactive) limits are not unlocked, so one
// input cannot take seconds or gigabytes (fuzz_key_header covers that header parser).

#include "fuzz_support.h"

#include "crypto/crypto.h"
#include "storage/key_header.h"
#include "storage/vault_backup.h"
#include "storage/vault_backup_format.h"
#include "storage/wal_check.h"
#include "util/clock.h"

#include <QDebug>
#include <QFile>

using namespace xaso;
using namespace Qt::StringLiterals;

namespace {

// The password of the vault fuzz_seedgen backs up (tests/support/vault_fixture.h uses the same).
const QString kSeedPassword = u"Hưng-Đông#2026 an toàn"_s;

void checkLayout(const QByteArray& file, const storage::backup::Layout& l, const storage::backup::Trailer& t)
{
    using storage::VaultBackup;
    if (l.totalBytes() != file.size() || t.length != l.payloadEnd())
        fuzz::propertyFailed("readLayout accepted lengths that do not add up to the file");
    QByteArray prefix = file.left(VaultBackup::kPrefixBytes);
    prefix[10] = 0;
    prefix[11] = 0;
    if (l.serializePrefix() != prefix)
        fuzz::propertyFailed("a backup prefix that reads does not serialise to the same bytes");
    if (t.serialize() != file.right(VaultBackup::kTrailerBytes))
        fuzz::propertyFailed("a backup trailer that reads does not serialise to the same bytes");
}

void scanWalImage(const QByteArray& file, const storage::backup::Layout& l)
{
    if (l.walBytes == 0)
        return;
    const qint64 at = storage::VaultBackup::kPrefixBytes + qint64(l.headerBytes) + qint64(l.dbBytes);
    const QString path = fuzz::scratchPath(u"image-wal"_s);
    const QByteArray wal = file.mid(at, qsizetype(l.walBytes));
    if (!fuzz::writeScratch(path, reinterpret_cast<const uint8_t*>(wal.constData()), size_t(wal.size())))
        return;
    const storage::wal::WalScan scan = storage::wal::scan(path);
    if (scan.committedFrames > 0 &&
        (scan.pageSize == 0 || scan.committedFrames * (24 + qint64(scan.pageSize)) + 32 > wal.size() ||
         scan.pages.isEmpty() || scan.databasePages == 0))
        fuzz::propertyFailed("wal::scan counted frames the WAL image cannot hold");
}

// The key header inside the backup asks for no more than the interactive Argon2id limits.
bool quickToUnlock(const QByteArray& file, const storage::backup::Layout& l)
{
    auto header =
        storage::KeyHeader::parse(file.mid(storage::VaultBackup::kPrefixBytes, qsizetype(l.headerBytes)));
    if (!header)
        return true; // refused before any unlock
    const auto quick = crypto::KdfLimits::interactive();
    return header->kdfLimits.opsLimit <= quick.opsLimit && header->kdfLimits.memLimit <= quick.memLimit;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    QByteArray file(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString path = fuzz::scratchPath(u"input.xasobak"_s);

    storage::backup::Layout layout;
    for (int pass = 0; pass < 2; ++pass) {
        if (!fuzz::writeScratch(path, reinterpret_cast<const uint8_t*>(file.constData()),
                                size_t(file.size())))
            return 0;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        storage::backup::Trailer trailer;
        auto read = storage::backup::readLayout(f, &trailer);
        if (!read) {
            if (qEnvironmentVariableIsSet("XASO_FUZZ_VERBOSE"))
                qInfo().noquote() << read.message();
            if (read.message().isEmpty())
                fuzz::propertyFailed("readLayout refused without a message");
            return 0;
        }
        layout = *read;
        checkLayout(file, layout, trailer);
        if (pass == 1 || !(flags & 0x01))
            break;
        // Re-seal: the digest covers everything before the trailer (bytes 16–47 of it).
        storage::backup::Blake2b plain;
        plain.update(file.constData(), layout.payloadEnd());
        file.replace(qsizetype(layout.payloadEnd()) + 16, storage::backup::kDigestBytes, plain.final());
    }
    scanWalImage(file, layout);
    if ((flags & 0x01) && !quickToUnlock(file, layout))
        return 0;

    static ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    auto verified = storage::VaultBackup::verify(path, kSeedPassword, clock);
    if (qEnvironmentVariableIsSet("XASO_FUZZ_VERBOSE"))
        qInfo().noquote() << (verified ? u"verified: "_s + verified->profileName : verified.message());
    if (!verified && verified.message().isEmpty())
        fuzz::propertyFailed("VaultBackup::verify refused without a message");
    if (verified && verified->fileBytes != file.size())
        fuzz::propertyFailed("a verified backup reports another size than its file");
    return 0;
}
