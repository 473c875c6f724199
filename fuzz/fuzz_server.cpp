// The commune server's request handling without a socket: SyncService::handle (sync/server), which
// the Poco HTTPS front feeds one request at a time. It routes the target, authenticates signed
// requests, parses the pull query (epoch=, after=), the enrolment JSON and the push batch, and
// writes refusals to the audit log of a real server vault (created once per process; state such as
// enrolled devices and accepted pushes carries over between inputs, as on a live server).
//
// Input layout, so the fuzzer can reach past authentication:
//   byte 0: flags  0x01 sign the request with the fuzz device's key (as a device would)
//                  0x02 send this build's schema version in X-Xaso-Schema
//                  0x04 re-sign a decodable push body for the fuzz device and the server's epoch
//                  0x08 replace "@CODE@" in the body with a fresh enrolment code
//   then the head up to the first blank line: "METHOD TARGET", then "Name: value" header lines;
//   the rest is the body.

#include "fuzz_support.h"

#include "protocol/request_auth.h"
#include "reference/roles.h"
#include "server/sync_service.h"
#include "storage/migrations.h"
#include "util/clock.h"

#include <QTemporaryDir>

#include <cstdio>

using namespace xaso;
using namespace Qt::StringLiterals;

namespace {

struct Server
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<sync::ServerStore> store;
    RoleCatalog catalog = RoleCatalog::load().value();
    std::unique_ptr<sync::SyncService> service;

    Server()
    {
        auto created = sync::ServerStore::create(dir.path(), u"máy chủ fuzz 2026"_s, clock,
                                                 crypto::KdfLimits::interactive());
        if (!created)
            qFatal("cannot create the fuzz server: %s", qPrintable(created.message()));
        store = std::move(created).value();
        sync::ServiceConfig config;
        config.tables.add(u"notes"_s, u"residents"_s);
        config.tables.add(u"welfare_notes"_s, u"welfare"_s);
        service = std::make_unique<sync::SyncService>(*store, catalog, config);
        // The fuzz device is enrolled, so signed requests and the corpus batch get past authentication.
        auto code = store->createEnrolment(u"fuzz"_s, {u"cong_an"_s}, 24 * 3600 * 1000);
        if (!code || !store->redeemEnrolment(*code, fuzz::fuzzDeviceId(), fuzz::fuzzPublicKey()))
            qFatal("cannot enrol the fuzz device");
    }
};

Server& server()
{
    static Server s;
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::initialize();
    if (size < 1 || size > 1024 * 1024)
        return 0;
    Server& s = server();
    const uint8_t flags = data[0];
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    sync::ServiceRequest request;
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);

    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    request.target = space < 0 ? QByteArray("/") : requestLine.mid(space + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }

    static const crypto::SecureBytes secret = fuzz::fuzzSecretKey();
    if (flags & 0x08) {
        auto code = s.store->createEnrolment(u"fuzz-enrol"_s, {u"cong_an"_s}, 3600 * 1000);
        if (code)
            request.body.replace("@CODE@", code->toUtf8());
    }
    if (flags & 0x04) {
        auto batch = sync::decodeBatch(request.body);
        auto epoch = s.store->epoch();
        if (batch && epoch) {
            sync::BatchHeader h = batch->header;
            h.deviceId = fuzz::fuzzDeviceId();
            h.epoch = *epoch;
            request.body = sync::encodeBatch(h, batch->changes, secret);
        }
    }
    if (flags & 0x02)
        request.headers.insert("x-xaso-schema", QByteArray::number(storage::latestSchemaVersion()));
    if (flags & 0x01) {
        const auto signedHeaders =
            sync::signRequest(request.method, request.target, request.body, fuzz::fuzzDeviceId(), secret);
        for (const auto& [name, value] : signedHeaders)
            request.headers.insert(name.toLower(), value);
    }

    const sync::ServiceReply reply = s.service->handle(request);
    static const bool verbose = qEnvironmentVariableIsSet("XASO_FUZZ_VERBOSE");
    if (verbose) // to check what a corpus reaches: XASO_FUZZ_VERBOSE=1 fuzz_server --runs 0 corpus/server
        std::fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(),
                     request.target.left(60).constData(), reply.status, reply.body.left(160).constData());
    if (reply.status < 200 || reply.status > 599)
        fuzz::propertyFailed("SyncService answered with an impossible HTTP status");
    return 0;
}
