#include "storage/wal_check.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <array>
#include <cstring>

namespace xaso::storage::wal {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

constexpr quint32 kWalMagic = 0x377f0682; // | 1 when the checksums are big-endian
constexpr quint32 kWalVersion = 3007000;
constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

quint32 get32be(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 get32le(const unsigned char* p)
{
    return (quint32(p[3]) << 24) | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | quint32(p[0]);
}

// wal.c's walChecksumBytes: a Fletcher-like sum over pairs of 32-bit words, read in the byte order
// the WAL header's magic names. size is a multiple of 8.
void checksum(bool bigEndian, const unsigned char* data, qsizetype size, std::array<quint32, 2>& sum)
{
    quint32 s1 = sum[0];
    quint32 s2 = sum[1];
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndian ? get32be(data + i) : get32le(data + i);
        const quint32 x1 = bigEndian ? get32be(data + i + 4) : get32le(data + i + 4);
        s1 += x0 + s2;
        s2 += x1 + s1;
    }
    sum = {s1, s2};
}

// Closes without ever checkpointing: the connection is read-only (see wal_check.h).
struct ReadOnlyConnection
{
    sqlite3* db = nullptr;
    ~ReadOnlyConnection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString errorText() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};

// Runs sql and returns the first column of its first row; on an SQLite error, the error text in
// *failure instead.
QString firstValue(sqlite3* db, const char* sql, QString* failure)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        *failure = QString::fromUtf8(sqlite3_errmsg(db));
        return {};
    }
    QString value;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        value = text ? QString::fromUtf8(text) : QString();
    } else if (rc != SQLITE_DONE) {
        *failure = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return value;
}

Error foreignJournal(const QString& walPath, QString detail)
{
    // quick_check's report starts with "*** in database main ***"; the line after names the page.
    if (detail.startsWith(QLatin1String("***")))
        detail = detail.section(QLatin1Char('\n'), 1);
    return makeError(ErrorCode::Tampered,
                     tr("The journal file %1 beside the vault does not belong to it: a page it holds does "
                        "not decrypt with this vault's key or does not fit the vault (the file was copied "
                        "from another vault, is older than the vault, or is damaged: %2). Nothing was "
                        "changed: the vault and the journal file were left as they were. To open the vault "
                        "without it, move that file elsewhere; changes saved after the vault's last "
                        "checkpoint would then be missing.")
                         .arg(QDir::toNativeSeparators(walPath), detail.section(QLatin1Char('\n'), 0, 0)));
}

} // namespace

WalScan scan(const QString& walPath)
{
    WalScan out;
    QFile f(walPath);
    if (f.size() < kWalHeaderBytes || !f.open(QIODevice::ReadOnly))
        return out;
    out.present = true;
    const QByteArray head = f.read(kWalHeaderBytes);
    if (head.size() != kWalHeaderBytes)
        return out;
    const auto* h = reinterpret_cast<const unsigned char*>(head.constData());
    const quint32 magic = get32be(h);
    const quint32 pageSize = get32be(h + 8);
    if ((magic & 0xFFFFFFFEu) != kWalMagic || pageSize < 512 || pageSize > 65536 ||
        (pageSize & (pageSize - 1)))
        return out; // SQLite ignores such a file and rewrites it on the next write
    const bool bigEndian = (magic & 1u) != 0;
    std::array<quint32, 2> sum{0, 0};
    checksum(bigEndian, h, kWalHeaderBytes - 8, sum);
    if (sum[0] != get32be(h + 24) || sum[1] != get32be(h + 28) || get32be(h + 4) != kWalVersion)
        return out;
    out.pageSize = pageSize;

    QSet<quint32> pending; // pages of frames after the last commit seen so far
    const qsizetype frameBytes = kFrameHeaderBytes + qsizetype(pageSize);
    QByteArray frame(frameBytes, Qt::Uninitialized);
    for (qint64 n = 0;; ++n) {
        if (f.read(frame.data(), frameBytes) != frameBytes)
            break;
        const auto* fr = reinterpret_cast<const unsigned char*>(frame.constData());
        const quint32 pgno = get32be(fr);
        if (pgno == 0 || std::memcmp(fr + 8, h + 16, 8) != 0)
            break;
        checksum(bigEndian, fr, 8, sum);
        checksum(bigEndian, fr + kFrameHeaderBytes, qsizetype(pageSize), sum);
        if (sum[0] != get32be(fr + 16) || sum[1] != get32be(fr + 20))
            break;
        pending.insert(pgno);
        if (get32be(fr + 4) != 0) { // a commit frame: everything up to here will be replayed
            out.committedFrames = n + 1;
            out.databasePages = get32be(fr + 4);
            out.pages.unite(pending);
            pending.clear();
        }
    }
    return out;
}

crypto::SecureBytes keyLiteral(const crypto::SecureBytes& rawKey)
{
    const std::size_t hexBytes = rawKey.size() * 2;
    crypto::SecureBytes literal(hexBytes + 3);
    auto* out = literal.data();
    out[0] = 'x';
    out[1] = '\'';
    // sodium_bin2hex ends with a NUL, written where the closing quote then goes.
    sodium_bin2hex(reinterpret_cast<char*>(out + 2), hexBytes + 1, rawKey.data(), rawKey.size());
    out[2 + hexBytes] = '\'';
    return literal;
}

Status verifyLeftover(const QString& dbPath, const crypto::SecureBytes& rawKey, int busyTimeoutMs)
{
    const QString walPath = dbPath + QStringLiteral("-wal");
    if (!QFile::exists(walPath))
        return {}; // the usual case: the last connection folded and removed it on close
    QElapsedTimer timer;
    timer.start();
    const WalScan wal = scan(walPath);
    if (wal.committedFrames == 0)
        return {}; // nothing SQLite would replay

    const qint64 fileBytes = QFileInfo(dbPath).size();
    if (fileBytes > qint64(wal.databasePages) * wal.pageSize)
        return foreignJournal(walPath,
                              tr("it ends with a vault of %1 bytes, but the vault file already holds %2")
                                  .arg(qint64(wal.databasePages) * wal.pageSize)
                                  .arg(fileBytes));

    ReadOnlyConnection ro;
    const QByteArray nativePath = QFile::encodeName(dbPath);
    if (sqlite3_open_v2(nativePath.constData(), &ro.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Io, tr("Opening the vault: %1").arg(ro.errorText()));
    {
        const crypto::SecureBytes literal = keyLiteral(rawKey);
        if (sqlite3_key(ro.db, literal.data(), int(literal.size())) != SQLITE_OK)
            return makeError(ErrorCode::Storage, tr("Setting the vault key: %1").arg(ro.errorText()));
    }
    sqlite3_busy_timeout(ro.db, busyTimeoutMs);
    if (sqlite3_exec(ro.db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Storage, tr("Setting the vault key: %1").arg(ro.errorText()));

    // user_version reads the first page alone: when it fails and the WAL does not hold that page,
    // the vault file itself does not decrypt, i.e. the key is wrong.
    QString failure;
    firstValue(ro.db, "PRAGMA user_version;", &failure);
    if (!failure.isEmpty()) {
        if (!wal.pages.contains(1))
            return makeError(ErrorCode::WrongPassword,
                             tr("The vault could not be decrypted: the key is wrong, or the file is not an "
                                "Xã Số vault or is damaged."));
        return foreignJournal(walPath, failure);
    }
    // quick_check walks every b-tree page, the free-list trunk and the overflow chains: every page
    // SQLite would ever read back from the WAL passes SQLCipher's HMAC, and the pages it brings in
    // fit the vault's structure. Its cost grows with the vault (about 30 µs a page here), but it
    // runs only when a WAL holds committed frames: after a crash, or while another connection has
    // the vault open.
    const QString verdict = firstValue(ro.db, "PRAGMA quick_check(1);", &failure);
    if (!failure.isEmpty())
        return foreignJournal(walPath, failure);
    if (verdict != QLatin1String("ok"))
        return foreignJournal(walPath, verdict);
    qCInfo(lcStorage) << "a leftover WAL of" << wal.committedFrames << "committed frames ("
                      << wal.pages.size() << "pages) was verified in" << timer.elapsed() << "ms";
    return {};
}

} // namespace xaso::storage::wal
