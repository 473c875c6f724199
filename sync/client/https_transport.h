#pragma once
// HTTPS to the commune server with Poco's HTTPSClientSession. No CA: the server's certificate must
// have the SHA-256 fingerprint pinned at enrolment, checked inside the TLS handshake before any
// request byte is sent.

#include "client/http_transport.h"

#include <QUrl>

#include <memory>

namespace xaso::sync {

class HttpsTransport final : public HttpTransport
{
public:
    // baseUrl: https://host:port; fingerprint: 64 hex (see protocol/fingerprint.h).
    HttpsTransport(const QUrl& baseUrl, const QString& fingerprint, int timeoutSeconds = 30);
    ~HttpsTransport() override;
    Result<HttpResponse> send(const HttpRequest& request) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace xaso::sync
