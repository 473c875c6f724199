#pragma once
// Shared by the sync suites: a real xaso-server (SyncServer on 127.0.0.1, ephemeral port, real TLS
// and its own vault) and officer devices (real vaults) that talk to it over HttpsTransport. Each
// device vault gets two small synced tables of the standard shape: notes (kind residents) and
// welfare_notes (kind welfare), so the suites do not depend on the record schemas.

#include "client/conflict_service.h"
#include "client/https_transport.h"
#include "client/sync_client.h"
#include "domain/changes/record_writer.h"
#include "protocol/batch.h"
#include "server/sync_server.h"
#include "storage/migrations.h"
#include "vault_fixture.h"

#include <QTest>

namespace xaso::test {

inline const QDateTime kStart(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

inline sync::TableKinds testTables()
{
    sync::TableKinds t = sync::TableKinds::defaults();
    t.add(QStringLiteral("notes"), QStringLiteral("residents"));
    t.add(QStringLiteral("welfare_notes"), QStringLiteral("welfare"));
    return t;
}

struct TestServer
{
    QTemporaryDir dir;
    ManualClock clock{kStart};
    std::unique_ptr<sync::ServerStore> store;
    RoleCatalog catalog = RoleCatalog::load().value();
    std::unique_ptr<sync::SyncServer> server;
    sync::SyncServerConfig config;

    explicit TestServer(sync::SyncServerConfig cfg = {}) : config(std::move(cfg))
    {
        auto created =
            sync::ServerStore::create(dir.path(), kPassword, clock, crypto::KdfLimits::interactive());
        if (!created)
            qFatal("cannot create the test server: %s", qPrintable(created.message()));
        store = std::move(created).value();
        config.service.tables = testTables();
        start();
    }
    void start()
    {
        server = std::make_unique<sync::SyncServer>(*store, catalog, config);
        if (auto s = server->start(); !s)
            qFatal("cannot start the test server: %s", qPrintable(s.message()));
        config.port = server->port(); // a restart keeps the address
    }
    void stop() { server.reset(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(server->port()); }
    QString fingerprint() const { return server->fingerprint(); }
    QString code(const QStringList& roles, const QString& name = QStringLiteral("may-test"))
    {
        return store->createEnrolment(name, roles, 24 * 3600 * 1000).value();
    }
    qint64 count(const QString& sql) { return store->db().scalar(sql).value().toLongLong(); }
};

struct Device
{
    TempVault tv;
    std::unique_ptr<sync::HttpTransport> transport;
    sync::HttpTransport* wire = nullptr; // what the client talks through (a test may wrap transport)
    QStringList progress;

    explicit Device(QStringList roles = {QStringLiteral("cong_an")}) : tv(std::move(roles))
    {
        tv.clock.set(kStart);
        const char* shape =
            "(id TEXT PRIMARY KEY NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, "
            "updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
            "created_at_ms INTEGER NOT NULL DEFAULT 0, title TEXT, body TEXT, amount INTEGER);";
        QVERIFY2(db().exec(QStringLiteral("CREATE TABLE notes %1 CREATE TABLE welfare_notes %1")
                               .arg(QString::fromLatin1(shape)))
                     .ok(),
                 "test tables");
    }
    storage::Vault& vault() { return *tv.vault; }
    storage::Database& db() { return tv.vault->db(); }
    QString id() const { return tv.vault->profile().deviceId; }

    Status enrol(TestServer& server, const QStringList& roles = {QStringLiteral("cong_an")})
    {
        return enrolAt(server, server.url(), roles);
    }
    // Enrols through another address that reaches the same server (e.g. a CuttingProxy).
    Status enrolAt(TestServer& server, const QString& url,
                   const QStringList& roles = {QStringLiteral("cong_an")})
    {
        transport = std::make_unique<sync::HttpsTransport>(QUrl(url), server.fingerprint(), 10);
        wire = transport.get();
        auto r = sync::SyncClient::enroll(vault(), *wire, url, server.code(roles), server.fingerprint());
        return r ? Status() : Status(r.error());
    }
    Result<sync::SyncReport> sync(sync::SyncOptions options = {})
    {
        options.sleep = [](qint64) {};
        options.progress = [this](const QString& line) { progress.append(line); };
        sync::SyncClient client(vault(), *wire, options);
        return client.sync();
    }
    Status write(const std::function<Status(domain::RecordWriter&)>& fn)
    {
        auto tx = storage::Transaction::begin(db());
        if (!tx)
            return tx.error();
        domain::RecordWriter w(vault());
        XASO_TRY(fn(w));
        return tx->commit();
    }
    Status insert(const QString& id, const QString& title, const QString& table = QStringLiteral("notes"))
    {
        return write([&](domain::RecordWriter& w) {
            return w.insert(table, id,
                            {{QStringLiteral("title"), title, 0},
                             {QStringLiteral("body"), QString(), 0},
                             {QStringLiteral("created_at_ms"), tv.clock.nowMs(), 0}});
        });
    }
    Status edit(const QString& id, const QString& field, const QVariant& value)
    {
        return write([&](domain::RecordWriter& w) {
            return w.update(QStringLiteral("notes"), id, {{field, value, 0}});
        });
    }
    Status remove(const QString& id)
    {
        return write([&](domain::RecordWriter& w) { return w.remove(QStringLiteral("notes"), id); });
    }
    QVariant field(const QString& id, const QString& column, const QString& table = QStringLiteral("notes"))
    {
        auto st = db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        st->bind(1, id);
        return st->step().value() ? st->value(0) : QVariant(QStringLiteral("<missing>"));
    }
    qint64 count(const QString& sql) { return db().scalar(sql).value().toLongLong(); }
    // A signed batch of this device's changes (after, after + n], built as the client would.
    QByteArray batch(qint64 after, int n)
    {
        sync::SyncState state = sync::requireSyncState(db()).value();
        sync::Outbox outbox(db(), state);
        sync::BatchHeader h;
        h.deviceId = id();
        h.schemaVersion = quint32(storage::latestSchemaVersion());
        h.epoch = state.epoch;
        h.prevChainHash = outbox.chainHashAt(id(), after).value();
        return sync::encodeBatch(h, outbox.range(after, n).value(), vault().signingSecret());
    }
    Result<sync::HttpResponse> post(const QByteArray& body)
    {
        return wire->send({"POST", "/push", {}, body, "application/octet-stream"});
    }
    QList<sync::ConflictInfo> conflicts() { return sync::ConflictService(vault()).list().value(); }
};

// A transport around the real one that fails on purpose.
class FaultyTransport final : public sync::HttpTransport
{
public:
    explicit FaultyTransport(sync::HttpTransport& inner) : m_inner(inner) {}
    int failBeforeSend = 0; // this many requests fail without reaching the server
    int dropAfterSend = 0;  // this many requests reach the server, then the answer is lost
    int busy = 0;           // this many requests are answered 429 Retry-After: 7
    QByteArray onlyPath;    // when set, faults apply only to targets starting with it
    int sent = 0;

    Result<sync::HttpResponse> send(const sync::HttpRequest& request) override
    {
        const bool eligible = onlyPath.isEmpty() || request.target.startsWith(onlyPath);
        if (eligible && failBeforeSend > 0) {
            --failBeforeSend;
            return makeError(ErrorCode::Io, QStringLiteral("injected: connection refused"));
        }
        if (eligible && busy > 0) {
            --busy;
            return sync::HttpResponse{429, "{}", {{"retry-after", "7"}}};
        }
        ++sent;
        auto r = m_inner.send(request);
        if (eligible && dropAfterSend > 0 && r) {
            --dropAfterSend;
            return makeError(ErrorCode::Io, QStringLiteral("injected: connection reset before the answer"));
        }
        return r;
    }

private:
    sync::HttpTransport& m_inner;
};

} // namespace xaso::test
