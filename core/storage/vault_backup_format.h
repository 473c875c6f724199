#pragma once
// Internals of the .xasobak format shared by backup and restore (the layout is documented in
// storage/vault_backup.h): the fixed prefix, its checks against the file's real length, streaming
// BLAKE2b, and fsync helpers.

#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;

namespace xaso::storage::backup {

inline constexpr char kMagic[8] = {'X', 'A', 'S', 'O', 'B', 'A', 'K', '\n'};
inline constexpr char kTrailerMagic[8] = {'X', 'A', 'S', 'O', 'E', 'N', 'D', '\n'};
inline constexpr int kDigestBytes = 32;
inline constexpr quint32 kMaxKeyHeaderBytes = 4096;
inline constexpr qint64 kChunkBytes = 1 << 20;

QByteArray macContext(); // "xaso-backup-mac-v1", the Vault::deriveSubKey context of the keyed digest

struct Layout
{
    quint16 formatVersion = 1;
    quint32 schemaVersion = 0;
    qint64 createdAtMs = 0;
    QByteArray vaultId; // 16 bytes
    quint32 headerBytes = 0;
    quint64 dbBytes = 0;
    quint64 walBytes = 0;

    qint64 payloadEnd() const; // L: prefix + key header + images
    qint64 totalBytes() const; // L + trailer
    QByteArray serializePrefix() const;
};

struct Trailer
{
    qint64 length = 0;
    QByteArray digest;
    QByteArray mac;
    QByteArray serialize() const;
};

// Reads and checks the prefix and the trailer of an open backup file: the magic, the version, the
// lengths against the file's real size (a cut-short file is named with both byte counts).
Result<Layout> readLayout(QFile& file, Trailer* trailer);

// Streaming BLAKE2b-256, plain or keyed (libsodium crypto_generichash).
class Blake2b
{
public:
    Blake2b();
    explicit Blake2b(const crypto::SecureBytes& key);
    ~Blake2b();
    Blake2b(const Blake2b&) = delete;
    Blake2b& operator=(const Blake2b&) = delete;
    void update(const char* data, qint64 size);
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    QByteArray final();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// fsync a file's data, and a folder's entries after a rename (no-op where the platform has none).
bool syncFile(const QString& path);
bool syncFolder(const QString& folder);

QString tr(const char* text); // the "VaultBackup" translation context

} // namespace xaso::storage::backup
