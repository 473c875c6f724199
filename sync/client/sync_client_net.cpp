// SyncClient: enrolment, the server status check, and the request loop with backoff.

#include "client/sync_client.h"
#include "crypto/crypto.h"
#include "protocol/batch.h"
#include "protocol/change.h"
#include "protocol/fingerprint.h"
#include "protocol/request_auth.h"
#include "storage/migrations.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncClient", text);
}

QJsonObject jsonOf(const HttpResponse& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

SyncClient::SyncClient(storage::Vault& vault, HttpTransport& transport, SyncOptions options)
    : m_vault(vault), m_transport(transport), m_options(std::move(options))
{
    if (m_options.batchBytes <= 0)
        m_options.batchBytes = kTargetBatchBytes;
    m_random =
        m_options.jitterSeed ? QRandomGenerator(m_options.jitterSeed) : QRandomGenerator::securelySeeded();
}

void SyncClient::say(const QString& line)
{
    if (m_options.progress)
        m_options.progress(line);
}

Error SyncClient::refusal(const HttpResponse& r)
{
    const QJsonObject o = jsonOf(r);
    const QString reason = o.value(QStringLiteral("reason")).toString();
    const QString code = o.value(QStringLiteral("error")).toString();
    ErrorCode ec = ErrorCode::Internal;
    switch (r.status) {
    case 400:
        ec = ErrorCode::InvalidArgument;
        break;
    case 401:
    case 403:
        ec = ErrorCode::PermissionDenied;
        break;
    case 409:
        ec = ErrorCode::Conflict;
        break;
    case 426:
        ec = ErrorCode::Unsupported;
        break;
    default:
        ec = r.status >= 500 ? ErrorCode::Io : ErrorCode::Internal;
    }
    return makeError(ec, reason.isEmpty() ? tr("The sync server answered %1 %2.").arg(r.status).arg(code)
                                          : tr("The sync server refused: %1").arg(reason));
}

Result<HttpResponse> SyncClient::call(HttpRequest request, bool sign)
{
    request.headers.append({kHeaderSchema, QByteArray::number(m_schema)});
    if (sign)
        request.headers += signRequest(request.method, request.target, request.body,
                                       m_vault.profile().deviceId, m_vault.signingSecret());
    for (int attempt = 0;; ++attempt) {
        auto response = m_transport.send(request);
        qint64 wait = -1;
        if (!response) {
            if (response.code() != ErrorCode::Io || attempt + 1 >= m_options.maxAttempts)
                return response.error();
        } else if (response->status == 429) {
            if (attempt + 1 >= m_options.maxAttempts)
                return refusal(*response);
            bool ok = false;
            const qint64 seconds = response->headers.value("retry-after").trimmed().toLongLong(&ok);
            const qint64 asked = ok ? qBound(qint64(0), seconds, qint64(300)) * 1000 : m_options.backoffBaseMs;
            // Plus up to as much again at random: clients turned away together must not all come
            // back in the same instant (measured with 50 devices in tests/sync/tst_load.cpp).
            wait = asked + qint64(m_random.bounded(quint32(qMax<qint64>(asked, 1))));
        } else if (response->status >= 500 && attempt + 1 < m_options.maxAttempts) {
            qCInfo(lcSync) << "server error" << response->status << "- retrying";
        } else {
            return response;
        }
        if (wait < 0) {
            // Exponential backoff with "equal jitter": half the step fixed, half random.
            const qint64 step = qMin(m_options.backoffMaxMs, m_options.backoffBaseMs << qMin(attempt, 20));
            wait = step / 2 + qint64(m_random.bounded(quint32(qMax<qint64>(step / 2, 1))));
        }
        m_waits.append(wait);
        say(tr("Server unavailable or busy; retrying in %1 s.").arg(double(wait) / 1000.0, 0, 'f', 1));
        if (m_options.sleep)
            m_options.sleep(wait);
        else
            QThread::msleep(quint64(wait));
    }
}

Result<EnrolmentResult> SyncClient::enroll(storage::Vault& vault, HttpTransport& transport,
                                           const QString& url, const QString& code,
                                           const QString& fingerprint)
{
    const QString pin = normaliseFingerprint(fingerprint);
    if (pin.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a SHA-256 certificate fingerprint (64 hex digits, colons allowed).")
                             .arg(fingerprint));
    auto existing = loadSyncState(vault.db());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(
            ErrorCode::Conflict,
            tr("This vault is already enrolled with %1; nothing was changed.").arg((*existing)->url));
    const QJsonObject body{
        {QStringLiteral("code"), code},
        {QStringLiteral("device_id"), vault.profile().deviceId},
        {QStringLiteral("public_key"), QString::fromLatin1(vault.profile().signingPublicKey.toHex())}};
    HttpRequest request{
        "POST", "/enroll", {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json"};
    auto response = transport.send(request);
    if (!response)
        return response.error();
    const QJsonObject o = jsonOf(*response);
    if (response->status != 200)
        return makeError(
            response->status == 403 ? ErrorCode::PermissionDenied : ErrorCode::InvalidArgument,
            tr("The server refused the enrolment: %1").arg(o.value(QStringLiteral("reason")).toString()));
    SyncState state;
    state.url = url;
    state.certSha256 = pin;
    state.serverKey = QByteArray::fromHex(o.value(QStringLiteral("server_key")).toString().toLatin1());
    state.serverName = o.value(QStringLiteral("server_name")).toString();
    for (const QJsonValue& r : o.value(QStringLiteral("roles")).toArray())
        state.roles.append(r.toString());
    state.enrolledAtMs = vault.clock().nowMs();
    state.epoch = o.value(QStringLiteral("epoch")).toString().toULongLong();
    state.chainHash = genesisChainHash(vault.profile().deviceId);
    XASO_TRY(vault.writeAudited({QStringLiteral("sync_server"), QStringLiteral("1"), QStringLiteral("enroll"),
                                 QStringLiteral("enrolled with the sync server")},
                                [&](storage::Database& db) { return saveSyncState(db, state); }));
    return EnrolmentResult{state.serverName, state.roles, state.epoch};
}

Status SyncClient::reload()
{
    auto state = requireSyncState(m_vault.db());
    if (!state)
        return state.error();
    m_state = *state;
    auto schema = storage::schemaVersion(m_vault.db());
    if (!schema)
        return schema.error();
    m_schema = *schema;
    return {};
}

Status SyncClient::refreshStatus()
{
    XASO_TRY(reload());
    auto response = call({"GET", "/status", {}, {}, {}}, true);
    if (!response)
        return response.error();
    if (response->status != 200)
        return refusal(*response);
    const QJsonObject o = jsonOf(*response);
    if (!o.value(QStringLiteral("epoch")).isString())
        return makeError(ErrorCode::Io, tr("The sync server's status answer was incomplete; try again."));
    // A revoked device may still hand in its backlog up to its last trusted change (push says so).
    m_revoked = o.value(QStringLiteral("revoked")).toBool();
    if (m_schema < o.value(QStringLiteral("min_schema")).toInt())
        return makeError(
            ErrorCode::Unsupported,
            tr("Upgrade required: the server needs vault schema %1 and this vault has %2. Update Xã Số; "
               "unsent changes stay in this vault.")
                .arg(o.value(QStringLiteral("min_schema")).toInt())
                .arg(m_schema));
    const quint64 epoch = o.value(QStringLiteral("epoch")).toString().toULongLong();
    const qint64 serverAcked = o.value(QStringLiteral("acked_seq")).toInteger();
    if (epoch == m_state.epoch && serverAcked >= m_state.ackedSeq)
        return {}; // more acknowledged than we know: a lost answer; re-sending replays it and gets it back
    // The server was restored from a backup: download everything again and re-send what it lost.
    Outbox outbox(m_vault.db(), m_state);
    auto tx = storage::Transaction::begin(m_vault.db());
    if (!tx)
        return tx.error();
    const qint64 keep = qMin(serverAcked, m_state.ackedSeq);
    auto chain = outbox.chainHashAt(m_vault.profile().deviceId, keep);
    if (!chain)
        return chain.error();
    XASO_TRY(outbox.forgetAfter(keep));
    if (epoch != m_state.epoch) {
        m_state.epoch = epoch;
        m_state.epochBase = o.value(QStringLiteral("epoch_base")).toInteger();
        m_state.pulledSeq = 0;
        say(tr("The server was restored from a backup (new epoch): re-sending from change %1 and downloading "
               "again.")
                .arg(keep + 1));
    }
    m_state.ackedSeq = keep;
    m_state.chainHash = *chain;
    XASO_TRY(saveSyncState(m_vault.db(), m_state));
    XASO_TRY(
        m_vault.audit().append({QStringLiteral("sync_server"), QStringLiteral("1"), QStringLiteral("epoch"),
                                QStringLiteral("server restored; re-sending from %1").arg(keep + 1)}));
    return tx->commit();
}

} // namespace xaso::sync
