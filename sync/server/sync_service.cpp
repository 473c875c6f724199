#include "server/sync_service.h"

#include "protocol/digest.h"
#include "protocol/pull_page.h"
#include "protocol/request_auth.h"
#include "storage/migrations.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <sqlcipher/sqlite3.h>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncService", text);
}

ServiceReply jsonReply(int status, const QJsonObject& o)
{
    return ServiceReply{status, jsonBytes(o), "application/json"};
}

} // namespace

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SyncService::SyncService(ServerStore& store, const RoleCatalog& catalog, ServiceConfig config)
    : m_store(store), m_catalog(catalog), m_config(std::move(config))
{
    if (m_config.minClientSchema <= 0)
        m_config.minClientSchema = storage::latestSchemaVersion();
}

void SyncService::releaseReadSnapshot()
{
    // A cached statement left on a row keeps the connection's read transaction open, so the server
    // would keep seeing the vault as it was (a `revoke` run from another process would not show)
    // and its next write would fail as "database is locked". Every request starts and ends fresh.
    sqlite3* db = m_store.db().handle();
    for (sqlite3_stmt* st = sqlite3_next_stmt(db, nullptr); st; st = sqlite3_next_stmt(db, st)) {
        if (sqlite3_stmt_busy(st))
            sqlite3_reset(st);
    }
}

ServiceReply SyncService::handle(const ServiceRequest& request)
{
    releaseReadSnapshot();
    ServiceReply reply = route(request);
    releaseReadSnapshot();
    return reply;
}

ServiceReply SyncService::route(const ServiceRequest& request)
{
    const QUrl url(QString::fromLatin1(request.target));
    const QString path = url.path();
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (post && path == QLatin1String("/enroll"))
        return enroll(request.body);
    if (post && path == QLatin1String("/push"))
        return push(request.body);
    if (!get || (path != QLatin1String("/status") && path != QLatin1String("/pull") &&
                 path != QLatin1String("/digest")))
        return jsonReply(404, {{QStringLiteral("error"), QStringLiteral("not-found")},
                               {QStringLiteral("reason"), tr("There is no such sync endpoint.")}});
    auto device = authenticate(request);
    if (!device)
        return refuse(device.code() == ErrorCode::PermissionDenied ? 403 : 401,
                      QString::fromLatin1(request.headers.value("x-xaso-device").left(32)), "auth",
                      device.message());
    if (path == QLatin1String("/status"))
        return status(*device);
    if (device->revoked())
        return refuse(403, device->id, "revoked",
                      tr("This device was revoked; the server sends it nothing."));
    if (auto s = checkSchema(request.headers.value("x-xaso-schema").toUInt()); !s)
        return refuse(426, device->id, "upgrade", s.message());
    if (path == QLatin1String("/digest"))
        return digest(*device);
    const QUrlQuery query(url);
    bool okEpoch = false, okAfter = false;
    const quint64 epoch = query.queryItemValue(QStringLiteral("epoch")).toULongLong(&okEpoch);
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&okAfter);
    if (!okEpoch || !okAfter || after < 0)
        return jsonReply(400, {{QStringLiteral("error"), QStringLiteral("malformed")},
                               {QStringLiteral("reason"), tr("A pull needs epoch= and after= numbers.")}});
    return pull(*device, epoch, after);
}

Status SyncService::checkSchema(quint32 clientSchema) const
{
    if (int(clientSchema) < m_config.minClientSchema)
        return makeError(
            ErrorCode::Unsupported,
            tr("Upgrade required: this device's vault has schema version %1 and the server needs at "
               "least %2. Update Xã Số on this device; its unsent changes are kept.")
                .arg(clientSchema)
                .arg(m_config.minClientSchema));
    return {};
}

Result<DeviceRecord> SyncService::authenticate(const ServiceRequest& request)
{
    const QString id = QString::fromLatin1(request.headers.value("x-xaso-device"));
    auto device = m_store.device(id);
    if (!device)
        return device.error();
    if (!device->has_value())
        return makeError(ErrorCode::PermissionDenied, tr("This device is not enrolled with this server."));
    XASO_TRY(verifyRequest(request.method, request.target, request.body,
                           request.headers.value("x-xaso-nonce"), request.headers.value("x-xaso-signature"),
                           (*device)->publicKey));
    return **device;
}

ServiceReply SyncService::refuse(int status, const QString& deviceId, const char* code, const QString& reason,
                                 QJsonObject extra)
{
    qCWarning(lcSync) << "refused" << code << "device" << deviceId << "status" << status;
    const QString detail = QString::fromLatin1(code) + QStringLiteral(": ") + reason.left(300);
    auto audited = m_store.vault().writeAudited({QStringLiteral("sync"),
                                                 deviceId.isEmpty() ? QStringLiteral("-") : deviceId,
                                                 QStringLiteral("sync-refused"), detail},
                                                [](storage::Database&) { return Status(); });
    if (!audited)
        qCWarning(lcSync) << "could not audit a refusal:" << audited.message();
    extra.insert(QStringLiteral("error"), QString::fromLatin1(code));
    extra.insert(QStringLiteral("reason"), reason);
    return jsonReply(status, extra);
}

ServiceReply SyncService::enroll(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString deviceId = o.value(QStringLiteral("device_id")).toString();
    auto device = m_store.redeemEnrolment(
        o.value(QStringLiteral("code")).toString(), deviceId,
        QByteArray::fromHex(o.value(QStringLiteral("public_key")).toString().toLatin1()));
    if (!device)
        return refuse(device.code() == ErrorCode::PermissionDenied ? 403 : 400, deviceId.left(32), "enrol",
                      device.message());
    auto epoch = m_store.epoch();
    if (!epoch)
        return jsonReply(500, {{QStringLiteral("error"), QStringLiteral("internal")}});
    return jsonReply(200, {{QStringLiteral("device_id"), device->id},
                           {QStringLiteral("epoch"), QString::number(*epoch)},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(device->roles)},
                           {QStringLiteral("server_name"), m_store.vault().profile().displayName},
                           {QStringLiteral("server_key"),
                            QString::fromLatin1(m_store.vault().profile().signingPublicKey.toHex())}});
}

ServiceReply SyncService::status(const DeviceRecord& device)
{
    auto epoch = m_store.epoch();
    auto base = m_store.epochBase();
    if (!epoch || !base)
        return jsonReply(500, {{QStringLiteral("error"), QStringLiteral("internal")}});
    return jsonReply(200, {{QStringLiteral("epoch"), QString::number(*epoch)},
                           {QStringLiteral("epoch_base"), *base},
                           {QStringLiteral("acked_seq"), device.ackedSeq},
                           {QStringLiteral("chain_hash"), QString::fromLatin1(device.chainHash.toHex())},
                           {QStringLiteral("revoked"), device.revoked()},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(device.roles)},
                           {QStringLiteral("min_schema"), m_config.minClientSchema}});
}

ServiceReply SyncService::pull(const DeviceRecord& device, quint64 epoch, qint64 after)
{
    auto current = m_store.epoch();
    if (!current)
        return jsonReply(500, {{QStringLiteral("error"), QStringLiteral("internal")}});
    if (epoch != *current)
        return jsonReply(
            409, {{QStringLiteral("error"), QStringLiteral("epoch")},
                  {QStringLiteral("epoch"), QString::number(*current)},
                  {QStringLiteral("reason"), tr("The server was restored; download again from the start.")}});
    const QStringList readable = m_config.tables.tablesWith(m_catalog, device.roles, Access::Read);
    auto st = m_store.db().cached(
        "SELECT server_seq, device_id, device_seq, txn, hlc, seen_seq, tbl, record_key, op, "
        "fields FROM srv_changes WHERE server_seq > ? ORDER BY server_seq LIMIT 4096");
    if (!st)
        return jsonReply(500, {{QStringLiteral("error"), QStringLiteral("internal")}});
    (*st)->bind(1, after);
    PullPage page;
    page.epoch = *current;
    page.nextAfter = after;
    qsizetype bytes = 0;
    int scanned = 0;
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return jsonReply(500, {{QStringLiteral("error"), QStringLiteral("internal")}});
        if (!*row)
            break;
        ++scanned;
        if (bytes >= m_config.pullPageBytes) {
            page.more = true;
            break;
        }
        page.nextAfter = (*st)->int64(0);
        const QString from = (*st)->text(1);
        const QString table = (*st)->text(6);
        if (from == device.id || !readable.contains(table))
            continue;
        PulledChange p;
        p.serverSeq = (*st)->int64(0);
        p.deviceId = from;
        p.change = ChangeRecord{(*st)->int64(2),           (*st)->int64(3), (*st)->int64(4), (*st)->int64(5),
                                ChangeOp((*st)->int32(8)), table,           (*st)->text(7),  (*st)->blob(9)};
        bytes += 40 + p.change.fields.size() + p.change.recordKey.size();
        page.changes.append(std::move(p));
    }
    if (scanned == 4096)
        page.more = true;
    return ServiceReply{200, encodePullPage(page), "application/octet-stream"};
}

ServiceReply SyncService::digest(const DeviceRecord& device)
{
    QJsonArray tables;
    for (const QString& table : m_config.tables.tablesWith(m_catalog, device.roles, Access::Read)) {
        auto d = fieldStateDigest(m_store.db(), table);
        if (!d)
            return jsonReply(500, {{QStringLiteral("error"), QStringLiteral("internal")}});
        tables.append(QJsonObject{{QStringLiteral("table"), d->table},
                                  {QStringLiteral("entries"), d->entries},
                                  {QStringLiteral("digest"), d->digest}});
    }
    return jsonReply(200, {{QStringLiteral("tables"), tables}});
}

} // namespace xaso::sync
