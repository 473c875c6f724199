#include "server/sync_server.h"

#include "protocol/ssl_init.h"
#include "util/logging.h"

#include <QCoreApplication>

#include <Poco/Crypto/EVPPKey.h>
#include <Poco/Crypto/X509Certificate.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>

#include <atomic>
#include <mutex>
#include <sstream>

namespace xaso::sync {

class SyncServer::Impl
{
public:
    Impl(ServerStore& store, const RoleCatalog& catalog, SyncServerConfig config)
        : config(std::move(config)), service(store, catalog, this->config.service), store(store)
    {
    }

    SyncServerConfig config;
    SyncService service;
    ServerStore& store;
    std::mutex lock;
    std::atomic<int> inFlight{0};
    std::function<void()> hook;
    std::function<void(const QByteArray&, int)> replyHook;
    std::unique_ptr<Poco::ThreadPool> pool;
    std::unique_ptr<Poco::Net::HTTPServer> http;
    quint16 port = 0;

    void serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);
};

namespace {

class Handler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(SyncServer::Impl& impl) : m_impl(impl) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override;

private:
    SyncServer::Impl& m_impl;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(SyncServer::Impl& impl) : m_impl(impl) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_impl);
    }

private:
    SyncServer::Impl& m_impl;
};

void send(Poco::Net::HTTPServerResponse& response, int status, const QByteArray& body, const QByteArray& type)
{
    response.setStatus(Poco::Net::HTTPResponse::HTTPStatus(status));
    response.setContentType(type.toStdString());
    response.setContentLength(body.size());
    response.send().write(body.constData(), body.size());
}

} // namespace

void Handler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    try {
        m_impl.serve(request, response);
    } catch (const Poco::Exception& e) {
        qCWarning(lcSync) << "request failed:" << e.displayText().c_str();
    } catch (const std::exception& e) {
        qCWarning(lcSync) << "request failed:" << e.what();
    }
}

void SyncServer::Impl::serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    struct Count
    {
        std::atomic<int>& n;
        int value;
        explicit Count(std::atomic<int>& c) : n(c), value(++c) {}
        ~Count() { --n; }
    } count(inFlight);
    // Saturated: too many requests in progress, or connections queueing for a thread. Answer at once
    // and close, so this thread goes on to the queue and every waiting client hears "come back".
    const int queued = http ? http->queuedConnections() : 0;
    if (count.value > config.maxInFlight || queued > config.maxQueued) {
        response.setKeepAlive(false);
        response.set("Retry-After", std::to_string(config.retryAfterSeconds));
        send(
            response, 429,
            jsonBytes({{QStringLiteral("error"), QStringLiteral("busy")},
                       {QStringLiteral("reason"), QStringLiteral("The server is busy; try again shortly.")}}),
            "application/json");
        return;
    }
    ServiceRequest req;
    req.method = QByteArray::fromStdString(request.getMethod());
    req.target = QByteArray::fromStdString(request.getURI());
    for (const auto& [name, value] : request)
        req.headers.insert(QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value));
    const std::streamsize declared = request.getContentLength();
    if (declared > kMaxBatchBytes) {
        send(response, 413, jsonBytes({{QStringLiteral("error"), QStringLiteral("too-large")}}),
             "application/json");
        return;
    }
    std::string body;
    body.reserve(size_t(std::max<std::streamsize>(declared, 0)));
    char buffer[65536];
    std::istream& in = request.stream();
    while (in) {
        in.read(buffer, sizeof buffer);
        body.append(buffer, size_t(in.gcount()));
        if (qsizetype(body.size()) > kMaxBatchBytes) {
            send(response, 413, jsonBytes({{QStringLiteral("error"), QStringLiteral("too-large")}}),
                 "application/json");
            return;
        }
    }
    if (declared >= 0 && std::streamsize(body.size()) != declared) {
        // The client went away mid-upload: there is no one to answer and nothing to refuse.
        qCInfo(lcSync) << "request body cut short; ignored";
        return;
    }
    req.body = QByteArray::fromStdString(body);
    if (hook)
        hook();
    ServiceReply reply;
    {
        std::lock_guard<std::mutex> guard(lock);
        reply = service.handle(req);
    }
    if (replyHook)
        replyHook(req.target, reply.status);
    send(response, reply.status, reply.body, reply.contentType);
}

SyncServer::SyncServer(ServerStore& store, const RoleCatalog& catalog, SyncServerConfig config)
    : m_impl(std::make_unique<Impl>(store, catalog, std::move(config)))
{
}

SyncServer::~SyncServer()
{
    stop();
}

void SyncServer::setRequestHookForTests(std::function<void()> hook)
{
    m_impl->hook = std::move(hook);
}

void SyncServer::setReplyHookForTests(std::function<void(const QByteArray&, int)> hook)
{
    m_impl->replyHook = std::move(hook);
}

quint16 SyncServer::port() const
{
    return m_impl->port;
}

Status SyncServer::start()
{
    ensureSslInitialized();
    auto pems = m_impl->store.tls();
    if (!pems)
        return pems.error();
    auto fp = m_impl->store.certificateFingerprint();
    if (!fp)
        return fp.error();
    m_fingerprint = *fp;
    try {
        Poco::Net::Context::Params params;
        params.verificationMode = Poco::Net::Context::VERIFY_NONE;
        params.loadDefaultCAs = false;
        params.cipherList = "HIGH:!aNULL:!MD5:!RC4";
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
        context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                                  Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
        std::istringstream certStream(pems->certPem.toStdString());
        std::istringstream keyStream(pems->keyPem.toStdString());
        pems->keyPem.fill('\0');
        context->useCertificate(Poco::Crypto::X509Certificate(certStream));
        context->usePrivateKey(Poco::Crypto::EVPPKey(nullptr, &keyStream));
        Poco::Net::SecureServerSocket socket(
            Poco::Net::SocketAddress(m_impl->config.host.toStdString(), m_impl->config.port), 64, context);
        m_impl->port = socket.address().port();
        auto* httpParams = new Poco::Net::HTTPServerParams;
        httpParams->setMaxThreads(m_impl->config.threads);
        httpParams->setMaxQueued(256);
        httpParams->setKeepAlive(true);
        httpParams->setKeepAliveTimeout(Poco::Timespan(m_impl->config.keepAliveSeconds, 0));
        httpParams->setTimeout(Poco::Timespan(m_impl->config.receiveTimeoutSeconds, 0));
        m_impl->pool = std::make_unique<Poco::ThreadPool>(2, qMax(2, m_impl->config.threads));
        m_impl->http =
            std::make_unique<Poco::Net::HTTPServer>(new Factory(*m_impl), *m_impl->pool, socket, httpParams);
        m_impl->http->start();
    } catch (const Poco::Exception& e) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("SyncServer", "Cannot listen on %1:%2: %3")
                             .arg(m_impl->config.host)
                             .arg(m_impl->config.port)
                             .arg(QString::fromStdString(e.displayText())));
    }
    qCInfo(lcSync) << "listening on port" << m_impl->port;
    return {};
}

void SyncServer::stop()
{
    if (m_impl && m_impl->http) {
        m_impl->http->stopAll(true);
        m_impl->http.reset();
        m_impl->pool->joinAll();
        m_impl->pool.reset();
    }
}

} // namespace xaso::sync
