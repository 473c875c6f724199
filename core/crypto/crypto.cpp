#include "crypto/crypto.h"

#include "util/logging.h"

#include <QCoreApplication>

#include <sodium.h>

namespace xaso::crypto {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Crypto", text);
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// Known answers computed once with libsodium 1.0.18 and checked against the RFC 8032 test 1
// vector (Ed25519 public key from the all-zero-but-for-the-vector seed) and BLAKE2b-256("abc").
bool selfTest()
{
    // BLAKE2b-256("abc")
    const QByteArray abc = hash(QByteArrayLiteral("abc")).toHex();
    if (abc != QByteArrayLiteral("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"))
        return false;
    // RFC 8032, Ed25519 test 1: seed → public key; signature over the empty message.
    const QByteArray seed = QByteArray::fromHex(
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    SecureBytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(pk, sk.data(), bytes(seed));
    const QByteArray pub(reinterpret_cast<const char*>(pk), sizeof pk);
    if (pub.toHex() != QByteArrayLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))
        return false;
    const QByteArray sig = sign(sk, QByteArray());
    if (sig.toHex() != QByteArrayLiteral("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                         "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"))
        return false;
    // AEAD round trip with a one-bit tamper.
    SecureBytes key = SecureBytes::random(kKeyBytes);
    QByteArray sealed = seal(key, QByteArrayLiteral("xaso"), QByteArrayLiteral("ad"));
    auto back = openSealed(key, sealed, QByteArrayLiteral("ad"));
    if (!back || back->size() != 4)
        return false;
    sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 1);
    return !openSealed(key, sealed, QByteArrayLiteral("ad")).ok();
}

} // namespace

Status initializeCrypto()
{
    static int state = 0; // 0 untested, 1 ok, -1 failed
    if (state == 0) {
        state = (sodium_init() >= 0 && selfTest()) ? 1 : -1;
        if (state < 0)
            qCCritical(lcCrypto) << "libsodium self-test failed";
    }
    if (state < 0)
        return makeError(ErrorCode::Internal,
                         tr("The cryptography library failed its self-test; Xã Số will not run."));
    return {};
}

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Result<SecureBytes> deriveKeyFromPassword(const QByteArray& passwordUtf8, const QByteArray& salt,
                                          KdfLimits limits)
{
    if (salt.size() != kSaltBytes)
        return makeError(ErrorCode::InvalidArgument, tr("The key derivation salt has the wrong size."));
    SecureBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), passwordUtf8.constData(), quint64(passwordUtf8.size()),
                      bytes(salt), limits.opsLimit, size_t(limits.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Internal,
                         tr("Not enough memory to derive the key from the password (Argon2id needs %1 MiB).")
                             .arg(limits.memLimit / (1024 * 1024)));
    return key;
}

QByteArray seal(const SecureBytes& key, const unsigned char* plain, std::size_t size,
                const QByteArray& associatedData)
{
    QByteArray out(qsizetype(kNonceBytes + size + kTagBytes), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, plain, size,
                                               bytes(associatedData), quint64(associatedData.size()),
                                               nullptr, nonce, key.data());
    return out;
}

QByteArray seal(const SecureBytes& key, const QByteArray& plain, const QByteArray& associatedData)
{
    return seal(key, bytes(plain), std::size_t(plain.size()), associatedData);
}

Result<SecureBytes> openSealed(const SecureBytes& key, const QByteArray& sealed,
                               const QByteArray& associatedData)
{
    if (key.size() != kKeyBytes || sealed.size() < kNonceBytes + kTagBytes)
        return makeError(ErrorCode::Tampered, tr("The sealed data is too short to be valid."));
    SecureBytes plain(std::size_t(sealed.size() - kNonceBytes - kTagBytes));
    unsigned long long written = 0;
    const auto* nonce = bytes(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &written, nullptr, nonce + kNonceBytes,
                                                   quint64(sealed.size() - kNonceBytes), bytes(associatedData),
                                                   quint64(associatedData.size()), nonce, key.data()) != 0)
        return makeError(ErrorCode::Tampered, tr("The key is wrong or the sealed data was changed."));
    return plain;
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(size));
    return out;
}

QByteArray hash(const QByteArray& data)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kHashBytes, bytes(data),
                       quint64(data.size()), nullptr, 0);
    return out;
}

SecureBytes keyedHash(const SecureBytes& key, const QByteArray& data)
{
    SecureBytes out(kHashBytes);
    crypto_generichash(out.data(), kHashBytes, bytes(data), quint64(data.size()), key.data(), key.size());
    return out;
}

SigningKeyPair SigningKeyPair::generate()
{
    SigningKeyPair pair;
    pair.publicKey.resize(kSignPublicBytes);
    pair.secretKey = SecureBytes(kSignSecretBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray sign(const SecureBytes& secretKey, const QByteArray& message)
{
    QByteArray sig(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, bytes(message),
                         quint64(message.size()), secretKey.data());
    return sig;
}

bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != kSignPublicBytes || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()),
                                       bytes(publicKey)) == 0;
}

} // namespace xaso::crypto
