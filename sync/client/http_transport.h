#pragma once
// The client's view of the network: one request in, one response (or a transport error) out.
// HttpsTransport is the real one (Poco, pinned certificate); tests wrap it to cut the network,
// drop answers or return 429 at chosen moments.

#include "protocol/request_auth.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>

namespace xaso::sync {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query, e.g. "/pull?epoch=1&after=0"
    HeaderList headers;
    QByteArray body;
    QByteArray contentType = "application/octet-stream";
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    // A transport failure (no connection, reset, timeout) is ErrorCode::Io; a certificate that does
    // not match the pin is ErrorCode::Tampered. Any HTTP status is a response, not an error.
    virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
};

} // namespace xaso::sync
