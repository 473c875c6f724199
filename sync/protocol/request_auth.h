#pragma once
// Signed requests for the endpoints that carry no signed batch (/status, /pull, /digest): the device
// signs "xaso-request-v1", the method, the target (path and query), a fresh random nonce and the
// BLAKE2b-256 of the body with its Ed25519 key. TLS (with the pinned server certificate) keeps the
// exchange private; the signature tells the server which enrolled device is asking.

#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace xaso::sync {

inline constexpr char kHeaderDevice[] = "X-Xaso-Device";
inline constexpr char kHeaderNonce[] = "X-Xaso-Nonce";
inline constexpr char kHeaderSignature[] = "X-Xaso-Signature";
inline constexpr char kHeaderSchema[] = "X-Xaso-Schema";

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

HeaderList signRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                       const QString& deviceId, const crypto::SecureBytes& secret);
Status verifyRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                     const QByteArray& nonceHex, const QByteArray& signatureHex, const QByteArray& publicKey);

} // namespace xaso::sync
