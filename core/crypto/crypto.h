#pragma once
// libsodium primitives as the vault and the sync protocol use them. Every function is safe to call
// only after initializeCrypto() succeeded.

#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>

namespace xaso::crypto {

constexpr int kKeyBytes = 32;          // data key, key-encryption key
constexpr int kSaltBytes = 16;         // crypto_pwhash_SALTBYTES
constexpr int kNonceBytes = 24;        // XChaCha20-Poly1305
constexpr int kTagBytes = 16;
constexpr int kHashBytes = 32;         // BLAKE2b-256
constexpr int kSignPublicBytes = 32;   // Ed25519
constexpr int kSignSecretBytes = 64;
constexpr int kSignatureBytes = 64;

// sodium_init plus a known-answer self-test of the primitives below. Call once at start-up.
Status initializeCrypto();

struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    static KdfLimits moderate();    // what every real profile is created with
    static KdfLimits interactive(); // the floor accepted at open; tests use it to stay quick
    bool operator==(const KdfLimits&) const = default;
};

// Argon2id: password → 32-byte key-encryption key.
Result<SecureBytes> deriveKeyFromPassword(const QByteArray& passwordUtf8, const QByteArray& salt,
                                          KdfLimits limits);

// XChaCha20-Poly1305 with a fresh random nonce; output = nonce ‖ ciphertext ‖ tag.
QByteArray seal(const SecureBytes& key, const unsigned char* plain, std::size_t size,
                const QByteArray& associatedData);
QByteArray seal(const SecureBytes& key, const QByteArray& plain, const QByteArray& associatedData);
// Reverse of seal(); fails (Tampered) when the key is wrong or any byte was changed.
Result<SecureBytes> openSealed(const SecureBytes& key, const QByteArray& sealed,
                               const QByteArray& associatedData);

QByteArray randomBytes(int size);
QByteArray hash(const QByteArray& data); // BLAKE2b-256
// Keyed BLAKE2b-256 (derives sub-keys, e.g. from a recovery key).
SecureBytes keyedHash(const SecureBytes& key, const QByteArray& data);

struct SigningKeyPair
{
    QByteArray publicKey; // 32 bytes
    SecureBytes secretKey; // 64 bytes
    static SigningKeyPair generate();
};
QByteArray sign(const SecureBytes& secretKey, const QByteArray& message);
bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

} // namespace xaso::crypto
