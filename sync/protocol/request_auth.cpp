#include "protocol/request_auth.h"

#include "crypto/crypto.h"

#include <QCoreApplication>

namespace xaso::sync {

namespace {

QByteArray signedBytes(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                       const QByteArray& nonceHex)
{
    return QByteArrayLiteral("xaso-request-v1\n") + method + '\n' + target + '\n' + nonceHex + '\n' +
           crypto::hash(body).toHex();
}

} // namespace

HeaderList signRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                       const QString& deviceId, const crypto::SecureBytes& secret)
{
    const QByteArray nonce = crypto::randomBytes(16).toHex();
    const QByteArray signature = crypto::sign(secret, signedBytes(method, target, body, nonce)).toHex();
    return {{kHeaderDevice, deviceId.toLatin1()}, {kHeaderNonce, nonce}, {kHeaderSignature, signature}};
}

Status verifyRequest(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                     const QByteArray& nonceHex, const QByteArray& signatureHex, const QByteArray& publicKey)
{
    const QByteArray signature = QByteArray::fromHex(signatureHex);
    if (nonceHex.size() != 32 || signature.size() != crypto::kSignatureBytes ||
        !crypto::verifySignature(publicKey, signedBytes(method, target, body, nonceHex), signature))
        return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                                  "SyncProtocol", "The request's signature does not verify."));
    return {};
}

} // namespace xaso::sync
