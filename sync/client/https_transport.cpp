#include "client/https_transport.h"

#include "protocol/ssl_init.h"

#include <QCoreApplication>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/StreamCopier.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <sstream>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HttpsTransport", text);
}

struct PinCheck
{
    QByteArray pin; // 32 raw bytes
    bool mismatch = false;
};

// Replaces OpenSSL's chain verification: the only certificate we trust is the pinned one.
int verifyPinned(X509_STORE_CTX* ctx, void* arg)
{
    auto* check = static_cast<PinCheck*>(arg);
    X509* cert = X509_STORE_CTX_get0_cert(ctx);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    const bool ok = cert && X509_digest(cert, EVP_sha256(), md, &n) == 1 && n == 32 &&
                    check->pin.size() == 32 && CRYPTO_memcmp(md, check->pin.constData(), 32) == 0;
    check->mismatch = !ok;
    if (!ok)
        X509_STORE_CTX_set_error(ctx, X509_V_ERR_CERT_UNTRUSTED);
    return ok ? 1 : 0;
}

} // namespace

struct HttpsTransport::Impl
{
    QUrl base;
    PinCheck check;
    int timeout = 30;
    Poco::Net::Context::Ptr context;
    std::unique_ptr<Poco::Net::HTTPSClientSession> session;
};

HttpsTransport::HttpsTransport(const QUrl& baseUrl, const QString& fingerprint, int timeoutSeconds)
    : m_impl(std::make_unique<Impl>())
{
    ensureSslInitialized();
    m_impl->base = baseUrl;
    m_impl->check.pin = QByteArray::fromHex(fingerprint.toLatin1());
    m_impl->timeout = timeoutSeconds;
    Poco::Net::Context::Params params;
    params.verificationMode = Poco::Net::Context::VERIFY_RELAXED; // peer certificate required…
    params.loadDefaultCAs = false;
    params.cipherList = "HIGH:!aNULL:!MD5:!RC4";
    m_impl->context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    m_impl->context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                                      Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
    // …and checked against the pin only (no CA, no host name: the pin is stronger than both).
    m_impl->context->enableExtendedCertificateVerification(false);
    SSL_CTX_set_cert_verify_callback(m_impl->context->sslContext(), &verifyPinned, &m_impl->check);
}

HttpsTransport::~HttpsTransport() = default;

Result<HttpResponse> HttpsTransport::send(const HttpRequest& request)
{
    Impl& d = *m_impl;
    try {
        if (!d.session) {
            d.session = std::make_unique<Poco::Net::HTTPSClientSession>(
                d.base.host().toStdString(), Poco::UInt16(d.base.port(443)), d.context);
            d.session->setTimeout(Poco::Timespan(d.timeout, 0));
            d.session->setKeepAlive(true);
        }
        Poco::Net::HTTPRequest req(request.method.toStdString(), request.target.toStdString(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : request.headers)
            req.set(name.toStdString(), value.toStdString());
        req.set("X-Xaso-Client", "xaso/1");
        if (request.method == "POST") {
            req.setContentType(request.contentType.toStdString());
            req.setContentLength(request.body.size());
        }
        d.check.mismatch = false;
        std::ostream& out = d.session->sendRequest(req);
        if (!request.body.isEmpty())
            out.write(request.body.constData(), request.body.size());
        Poco::Net::HTTPResponse resp;
        std::istream& in = d.session->receiveResponse(resp);
        std::ostringstream body;
        Poco::StreamCopier::copyStream(in, body);
        HttpResponse out2;
        out2.status = int(resp.getStatus());
        out2.body = QByteArray::fromStdString(body.str());
        if (resp.hasContentLength() && resp.getContentLength64() != Poco::Int64(out2.body.size())) {
            // The connection ended inside the answer: treat it like any other cut connection.
            d.session.reset();
            return makeError(ErrorCode::Io,
                             tr("The connection to the sync server was cut after %1 of %2 bytes of "
                                "its answer.")
                                 .arg(out2.body.size())
                                 .arg(qint64(resp.getContentLength64())));
        }
        for (const auto& [name, value] : resp)
            out2.headers.insert(QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value));
        return out2;
    } catch (const Poco::Exception& e) {
        d.session.reset(); // reconnect next time
        if (d.check.mismatch)
            return makeError(
                ErrorCode::Tampered,
                tr("The server's certificate does not match the fingerprint pinned at enrolment. "
                   "Nothing was sent. Ask the administrator whether the server was replaced."));
        return makeError(ErrorCode::Io, tr("Cannot reach the sync server %1: %2")
                                            .arg(d.base.toString(), QString::fromStdString(e.displayText())));
    } catch (const std::exception& e) {
        d.session.reset();
        return makeError(
            ErrorCode::Io,
            tr("Cannot reach the sync server %1: %2").arg(d.base.toString(), QString::fromLatin1(e.what())));
    }
}

} // namespace xaso::sync
