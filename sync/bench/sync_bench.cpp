// xaso-sync-bench: a benchmark, not a test (DESIGN.md, "Performance targets"). Over loopback TLS
// with the real server and two real vaults: a first sync of 100,000 changes (push from one device,
// pull into another) and an incremental sync of 100 changes, each beside its target.
//   xaso-sync-bench [--changes N] [--incremental N]

#include "client/https_transport.h"
#include "client/sync_client.h"
#include "crypto/crypto.h"
#include "domain/changes/record_writer.h"
#include "server/sync_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace xaso;

namespace {

const QString kPassword = QStringLiteral("Bench-Đo#2026 tốc độ");

std::unique_ptr<storage::Vault> makeVault(const QString& path, const Clock& clock)
{
    auto v = storage::Vault::create(
        path, kPassword,
        {QStringLiteral("bench"), {QStringLiteral("cong_an")}, crypto::KdfLimits::interactive()}, clock);
    if (!v)
        qFatal("vault: %s", qPrintable(v.message()));
    auto s = v->vault->db().exec(
        QStringLiteral("CREATE TABLE bench_notes (id TEXT PRIMARY KEY NOT NULL, row_version INTEGER NOT NULL "
                       "DEFAULT 1, updated_hlc "
                       "INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, title TEXT, amount INTEGER)"));
    if (!s)
        qFatal("table: %s", qPrintable(s.message()));
    return std::move(v->vault);
}

void write(storage::Vault& vault, int from, int count)
{
    for (int i = from; i < from + count;) {
        auto tx = storage::Transaction::begin(vault.db());
        if (!tx)
            qFatal("%s", qPrintable(tx.message()));
        domain::RecordWriter w(vault);
        w.setAuditEachRecord(false);
        for (int end = qMin(from + count, i + 1000); i < end; ++i) {
            auto s =
                w.insert(QStringLiteral("bench_notes"), QStringLiteral("n%1").arg(i, 7, 10, QLatin1Char('0')),
                         {{QStringLiteral("title"), QStringLiteral("Hộ gia đình số %1, thôn Đông").arg(i), 0},
                          {QStringLiteral("amount"), qint64(i) * 1000, 0}});
            if (!s)
                qFatal("%s", qPrintable(s.message()));
        }
        if (auto s = tx->commit(); !s)
            qFatal("%s", qPrintable(s.message()));
    }
}

qint64 timedSync(storage::Vault& vault, sync::HttpTransport& wire, qint64* moved)
{
    QElapsedTimer t;
    t.start();
    sync::SyncOptions options;
    options.digests = sync::SyncOptions::DigestCheck::Daily; // as the app and xaso-cli sync
    auto r = sync::SyncClient(vault, wire, options).sync();
    if (!r)
        qFatal("sync: %s", qPrintable(r.message()));
    if (!r->divergent.isEmpty())
        qFatal("digests differ");
    *moved = r->pushed + r->pulled;
    return t.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("changes"), QStringLiteral("Changes in the first sync."), QStringLiteral("n"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("incremental"), QStringLiteral("Changes in the incremental sync."),
                 QStringLiteral("n"), QStringLiteral("100")});
    p.process(app);
    const int first = p.value(QStringLiteral("changes")).toInt();
    const int incremental = p.value(QStringLiteral("incremental")).toInt();
    if (!crypto::initializeCrypto())
        return 1;
    SystemClock clock;
    QTemporaryDir dir;
    auto store = sync::ServerStore::create(dir.filePath(QStringLiteral("server")), kPassword, clock,
                                           crypto::KdfLimits::interactive());
    auto catalog = RoleCatalog::load();
    if (!store || !catalog)
        qFatal("server setup failed: %s", qPrintable(!store ? store.message() : catalog.message()));
    sync::SyncServerConfig config;
    config.service.tables.add(QStringLiteral("bench_notes"), QStringLiteral("residents"));
    sync::SyncServer server(**store, *catalog, config);
    if (auto s = server.start(); !s)
        qFatal("%s", qPrintable(s.message()));
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());

    auto a = makeVault(dir.filePath(QStringLiteral("a.xaso")), clock);
    auto b = makeVault(dir.filePath(QStringLiteral("b.xaso")), clock);
    sync::HttpsTransport wireA(QUrl(url), server.fingerprint()), wireB(QUrl(url), server.fingerprint());
    for (auto [vault, wire] : {std::pair{a.get(), &wireA}, std::pair{b.get(), &wireB}}) {
        auto code = (*store)->createEnrolment(QStringLiteral("bench"), {QStringLiteral("cong_an")}, 3600000);
        if (!code || !sync::SyncClient::enroll(*vault, *wire, url, *code, server.fingerprint()))
            qFatal("enrolment failed");
    }

    write(*a, 0, first);
    qint64 moved = 0;
    const qint64 push = timedSync(*a, wireA, &moved);
    std::printf("first sync, push:  %lld changes in %lld ms\n", static_cast<long long>(moved),
                static_cast<long long>(push));
    const qint64 pull = timedSync(*b, wireB, &moved);
    std::printf("first sync, pull:  %lld changes in %lld ms\n", static_cast<long long>(moved),
                static_cast<long long>(pull));
    std::printf("  target: each under 10000 ms -> %s\n", push < 10000 && pull < 10000 ? "met" : "MISSED");

    write(*a, first, incremental);
    const qint64 push2 = timedSync(*a, wireA, &moved);
    std::printf("incremental push:  %lld changes in %lld ms\n", static_cast<long long>(moved),
                static_cast<long long>(push2));
    const qint64 pull2 = timedSync(*b, wireB, &moved);
    std::printf("incremental pull:  %lld changes in %lld ms\n", static_cast<long long>(moved),
                static_cast<long long>(pull2));
    std::printf("  target: each under 200 ms -> %s\n", push2 < 200 && pull2 < 200 ? "met" : "MISSED");
    server.stop();
    return 0;
}
