#pragma once
// xaso-server's HTTPS front: Poco HTTPServer on a SecureServerSocket with the vault's TLS identity.
// Requests go to SyncService one at a time (one vault connection); when more than maxInFlight
// requests are in progress, or more than maxQueued connections wait for a thread, the server
// answers 429 with Retry-After and closes, instead of queueing without bound.

#include "server/sync_service.h"

#include <functional>
#include <memory>

namespace xaso::sync {

struct SyncServerConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: an ephemeral port (see SyncServer::port())
    int threads = 4;
    int maxInFlight = 16;
    // Connections waiting for a thread before new requests are answered 429 (shed, not queued).
    int maxQueued = 8;
    int retryAfterSeconds = 2;
    // An idle kept-alive connection gives its thread back after this long: with a thread per
    // connection, idle clients would otherwise starve everyone else (measured by sync_load).
    int keepAliveSeconds = 2;
    // A client that stops sending mid-request loses its thread after this long.
    int receiveTimeoutSeconds = 15;
    ServiceConfig service;
};

class SyncServer
{
public:
    SyncServer(ServerStore& store, const RoleCatalog& catalog, SyncServerConfig config);
    ~SyncServer();
    SyncServer(const SyncServer&) = delete;
    SyncServer& operator=(const SyncServer&) = delete;

    Status start();
    void stop();
    quint16 port() const;
    QString fingerprint() const { return m_fingerprint; }

    // Tests: called (outside the service lock) before each request is handled, e.g. to hold one
    // request in flight while another arrives.
    void setRequestHookForTests(std::function<void()> hook);
    // Tests: called (outside the service lock) after a request was handled and before its answer is
    // sent, e.g. to kill the client between the server's commit and the acknowledgement's arrival.
    void setReplyHookForTests(std::function<void(const QByteArray& target, int status)> hook);

    class Impl; // public so the request handlers in the .cpp can reach it

private:
    std::unique_ptr<Impl> m_impl;
    QString m_fingerprint;
};

} // namespace xaso::sync
