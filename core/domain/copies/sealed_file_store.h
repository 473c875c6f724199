#pragma once
// Scans sealed at rest inside the (already encrypted) vault: each file is encrypted with
// XChaCha20-Poly1305 under its own key, derived from the vault's data key and the file's id, and
// stored with the BLAKE2b-256 hash of its plaintext. Reading checks the AEAD tag and the hash, so a
// changed byte is refused rather than shown. Files are content-addressed (id = hex of the hash)
// and immutable: written directly in the caller's transaction (not through RecordWriter, since
// there is nothing to edit or merge), never updated.

#include "storage/vault.h"

namespace xaso::domain {

struct SealedFileInfo
{
    QString id;   // 64 hex characters: the BLAKE2b-256 of the plaintext
    QString name; // the file name as given when first stored
    QString mime;
    qint64 size = 0;
    QByteArray hash; // 32 bytes
    qint64 createdAtMs = 0;
};

class SealedFileStore
{
public:
    explicit SealedFileStore(storage::Vault& vault) : m_vault(vault) {}

    // Must run inside the caller's transaction. The same content stored twice is kept once.
    Result<SealedFileInfo> store(const QString& name, const QString& mime, const QByteArray& plaintext);
    // The plaintext after checking the tag and the hash; Tampered when any byte was changed.
    Result<QByteArray> read(const QString& id);
    Result<SealedFileInfo> info(const QString& id);

    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024; // a scanned document, not a video

private:
    crypto::SecureBytes fileKey(const QString& id) const;
    static QByteArray associatedData(const QString& id);

    storage::Vault& m_vault;
};

} // namespace xaso::domain
