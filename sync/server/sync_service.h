#pragma once
// The server's sync rules, independent of HTTP (sync_server.h feeds it requests): enrolment,
// verified atomic pushes, role-filtered pulls, status and per-table digests. Not thread-safe: the
// HTTP layer calls it under one lock. docs/sync-protocol.md describes every endpoint.

#include "protocol/batch.h"
#include "protocol/table_kinds.h"
#include "server/server_store.h"

#include <QHash>
#include <QJsonObject>

namespace xaso::sync {

struct ServiceConfig
{
    TableKinds tables = TableKinds::defaults();
    int minClientSchema = 0; // 0: this build's latest schema version
    qsizetype pullPageBytes = kTargetBatchBytes;
};

struct ServiceRequest
{
    QByteArray method;
    QByteArray target;                     // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct ServiceReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

class SyncService
{
public:
    SyncService(ServerStore& store, const RoleCatalog& catalog, ServiceConfig config);

    ServiceReply handle(const ServiceRequest& request);

    ServiceReply enroll(const QByteArray& body);
    ServiceReply push(const QByteArray& batchBytes);
    ServiceReply status(const DeviceRecord& device);
    ServiceReply pull(const DeviceRecord& device, quint64 epoch, qint64 after);
    ServiceReply digest(const DeviceRecord& device);

private:
    ServiceReply route(const ServiceRequest& request);
    void releaseReadSnapshot();
    Result<DeviceRecord> authenticate(const ServiceRequest& request);
    ServiceReply refuse(int status, const QString& deviceId, const char* code, const QString& reason,
                        QJsonObject extra = {});
    Status checkSchema(quint32 clientSchema) const;
    Result<QJsonArray> serverSeqRanges(const QString& deviceId, qint64 from, qint64 to);
    Result<QByteArray> storedChainHash(const DeviceRecord& device, qint64 seq);
    Status applyChanges(const DeviceRecord& device, const Batch& batch, qsizetype from, qsizetype to);
    Status quarantine(const DeviceRecord& device, const Batch& batch, qsizetype from,
                      const QByteArray& bytes);

    ServerStore& m_store;
    const RoleCatalog& m_catalog;
    ServiceConfig m_config;
};

QByteArray jsonBytes(const QJsonObject& object);

} // namespace xaso::sync
