#pragma once
// The key header stored beside the SQLCipher file (<vault>.header). Byte layout and rationale:
// docs/vault-format.md. It holds no secret in clear: the data key appears only wrapped, once under
// the password's key-encryption key and once under the recovery key.

#include "crypto/crypto.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace xaso::storage {

struct KeyHeader
{
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kVaultIdBytes = 16;
    static constexpr int kDbSaltBytes = 16;
    static constexpr int kSlotBytes = crypto::kNonceBytes + crypto::kKeyBytes + crypto::kTagBytes;

    quint16 formatVersion = kFormatVersion;
    QByteArray vaultId;      // 16 random bytes, also stored inside the vault
    quint8 kdfAlgorithm = 2; // 2 = Argon2id v1.3 (libsodium crypto_pwhash_ALG_ARGON2ID13)
    crypto::KdfLimits kdfLimits;
    QByteArray passwordSalt; // 16
    QByteArray recoverySalt; // 16
    QByteArray dbSalt;       // the first 16 bytes of the SQLCipher file this header belongs to
    QByteArray passwordSlot; // nonce ‖ XChaCha20-Poly1305(data key) ‖ tag
    QByteArray recoverySlot;

    enum class Slot { Password, Recovery };
    // The bytes a slot authenticates as associated data: every fixed field (magic, version, vault
    // id, KDF algorithm and limits, the vault file's salt) and the slot's own salt. Any change to
    // them (a downgraded version, weaker limits, another vault's id) breaks the slot.
    QByteArray authenticatedPrefix(Slot slot) const;
    QByteArray serialize() const;
    static Result<KeyHeader> parse(const QByteArray& bytes);

    static QString pathFor(const QString& vaultPath) { return vaultPath + QStringLiteral(".header"); }
    static Result<KeyHeader> read(const QString& vaultPath);
    // Atomic replace (write to a temp file, fsync, rename).
    Status write(const QString& vaultPath) const;
};

} // namespace xaso::storage
