#include "server/server_store.h"

#include "crypto/crypto.h"
#include "protocol/change.h"
#include "reference/roles.h"
#include "server/tls_identity.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace xaso::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerStore", text);
}

// 32 letters and digits without the 0/O and 1/I look-alikes: 16 of them carry 80 bits.
constexpr char kCodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 16;

QByteArray codeHash(const QString& normalised)
{
    return crypto::hash(QByteArrayLiteral("xaso-enrolment-v1") + normalised.toLatin1());
}

Result<DeviceRecord> readDevice(storage::Statement& st)
{
    DeviceRecord d;
    d.id = st.text(0);
    d.name = st.text(1);
    d.roles = st.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.publicKey = st.blob(3);
    d.enrolledAtMs = st.int64(4);
    if (!st.isNull(5))
        d.revokedAtMs = st.int64(5);
    if (!st.isNull(6))
        d.trustedSeq = st.int64(6);
    d.ackedSeq = st.int64(7);
    d.chainHash = st.blob(8);
    return d;
}

const char kDeviceColumns[] =
    "SELECT device_id, name, roles, public_key, enrolled_at_ms, revoked_at_ms, trusted_seq, "
    "acked_seq, chain_hash FROM srv_devices";

} // namespace

quint64 newEpoch()
{
    const QByteArray r = crypto::randomBytes(8);
    // Kept below 2^53 so it survives JSON numbers unchanged; never 0.
    return (qFromBigEndian<quint64>(r.constData()) & ((quint64(1) << 52) - 1)) | (quint64(1) << 52);
}

Result<std::unique_ptr<ServerStore>> ServerStore::create(const QString& dataDir, const QString& password,
                                                         const Clock& clock, crypto::KdfLimits limits)
{
    XASO_TRY(crypto::initializeCrypto());
    if (!QDir().mkpath(dataDir))
        return makeError(ErrorCode::Io, tr("Cannot create the data folder %1.").arg(dataDir));
    auto created = storage::Vault::create(vaultPath(dataDir), password,
                                          {QStringLiteral("Xã Số server"), {}, limits}, clock);
    if (!created)
        return created.error();
    std::unique_ptr<ServerStore> store(new ServerStore(dataDir, std::move(created->vault)));
    auto pems = generateTlsIdentity(QStringLiteral("xaso-server"), 3650);
    if (!pems)
        return pems.error();
    auto fp = sync::certificateFingerprint(pems->certPem);
    if (!fp)
        return fp.error();
    XASO_TRY(store->vault().writeAudited({QStringLiteral("server"), QStringLiteral("1"),
                                          QStringLiteral("init"), QStringLiteral("server created")},
                                         [&](storage::Database&) -> Status {
                                             XASO_TRY(store->setEpoch(newEpoch()));
                                             XASO_TRY(store->setMeta("srv_tls_key", pems->keyPem));
                                             return store->setMeta("srv_tls_cert", pems->certPem);
                                         }));
    pems->keyPem.fill('\0');
    QFile cert(certPath(dataDir));
    if (!cert.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        cert.write(pems->certPem) != pems->certPem.size())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(cert.fileName(), cert.errorString()));
    return store;
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& dataDir, const QString& password,
                                                       const Clock& clock)
{
    XASO_TRY(crypto::initializeCrypto());
    if (!QFile::exists(vaultPath(dataDir)))
        return makeError(
            ErrorCode::NotFound,
            tr("There is no server vault in %1. Create one with 'xaso-server init --data %1'.").arg(dataDir));
    auto vault = storage::Vault::open(vaultPath(dataDir), password, clock);
    if (!vault)
        return vault.error();
    return std::unique_ptr<ServerStore>(new ServerStore(dataDir, std::move(vault).value()));
}

Result<QVariant> ServerStore::meta(const char* key)
{
    auto st = db().cached("SELECT value FROM vault_meta WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, QString::fromLatin1(key));
    auto row = (*st)->step();
    if (!row)
        return row.error();
    return *row ? (*st)->value(0) : QVariant();
}

Status ServerStore::setMeta(const char* key, const QVariant& value)
{
    auto st = db().cached("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)");
    if (!st)
        return st.error();
    return (*st)->bind(1, QString::fromLatin1(key)).bind(2, value).exec();
}

Result<quint64> ServerStore::epoch()
{
    auto v = meta("srv_epoch");
    if (!v)
        return v.error();
    if (v->isNull())
        return makeError(ErrorCode::Tampered,
                         tr("The server vault has no epoch; it was not made by xaso-server init."));
    return quint64(v->toLongLong());
}

Status ServerStore::setEpoch(quint64 epoch)
{
    return setMeta("srv_epoch", qint64(epoch));
}

Result<qint64> ServerStore::epochBase()
{
    auto v = meta("srv_epoch_base");
    if (!v)
        return v.error();
    return v->isNull() ? qint64(0) : v->toLongLong();
}

Status ServerStore::setEpochBase(qint64 seq)
{
    return setMeta("srv_epoch_base", seq);
}

Result<TlsPems> ServerStore::tls()
{
    auto key = meta("srv_tls_key");
    if (!key)
        return key.error();
    auto cert = meta("srv_tls_cert");
    if (!cert)
        return cert.error();
    if (key->isNull() || cert->isNull())
        return makeError(ErrorCode::NotFound, tr("The server vault holds no TLS certificate."));
    return TlsPems{key->toByteArray(), cert->toByteArray()};
}

Result<QString> ServerStore::certificateFingerprint()
{
    auto cert = meta("srv_tls_cert");
    if (!cert)
        return cert.error();
    return sync::certificateFingerprint(cert->toByteArray());
}

QString ServerStore::normaliseCode(const QString& code)
{
    QString out;
    for (QChar c : code) {
        if (c != QLatin1Char('-') && !c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

Result<QString> ServerStore::createEnrolment(const QString& name, const QStringList& roles, qint64 validForMs)
{
    auto catalog = RoleCatalog::load();
    if (!catalog)
        return catalog.error();
    XASO_TRY(catalog->validate(roles));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The device needs a name (--name)."));
    const QByteArray random = crypto::randomBytes(kCodeLength);
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kCodeAlphabet[quint8(random.at(i)) % 32]));
    }
    const qint64 now = clock().nowMs();
    XASO_TRY(m_vault->writeAudited(
        {QStringLiteral("srv_enrolments"), QStringLiteral("code"), QStringLiteral("enrol-code"),
         QStringLiteral("roles %1").arg(roles.join(QLatin1Char(',')))},
        [&](storage::Database& db) -> Status {
            auto st = db.prepare(
                QStringLiteral("INSERT INTO srv_enrolments (code_hash, name, roles, created_at_ms, "
                               "expires_at_ms) VALUES (?,?,?,?,?)"));
            if (!st)
                return st.error();
            st->bind(1, codeHash(normaliseCode(code))).bind(2, name.trimmed());
            st->bind(3, roles.join(QLatin1Char(','))).bind(4, now).bind(5, now + validForMs);
            return st->exec();
        }));
    return code;
}

Result<DeviceRecord> ServerStore::redeemEnrolment(const QString& code, const QString& deviceId,
                                                  const QByteArray& publicKey)
{
    if (!isDeviceId(deviceId) || publicKey.size() != crypto::kSignPublicBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The enrolment request has no valid device id or key."));
    auto st = db().prepare(QStringLiteral("SELECT name, roles, expires_at_ms, used_at_ms FROM srv_enrolments "
                                          "WHERE code_hash = ?"));
    if (!st)
        return st.error();
    st->bind(1, codeHash(normaliseCode(code)));
    auto row = st->step();
    if (!row)
        return row.error();
    const qint64 now = clock().nowMs();
    if (!*row || !st->isNull(3) || st->int64(2) < now)
        return makeError(ErrorCode::PermissionDenied,
                         tr("The enrolment code is wrong, was already used or has expired. Ask the server's "
                            "administrator for a new one."));
    DeviceRecord d;
    d.id = deviceId;
    d.name = st->text(0);
    d.roles = st->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.publicKey = publicKey;
    d.enrolledAtMs = now;
    d.chainHash = genesisChainHash(deviceId);
    auto existing = device(deviceId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict, tr("Device %1 is already enrolled.").arg(deviceId));
    XASO_TRY(m_vault->writeAudited(
        {QStringLiteral("srv_devices"), deviceId, QStringLiteral("enrol"), QStringLiteral("device enrolled")},
        [&](storage::Database& db) -> Status {
            auto used =
                db.prepare(QStringLiteral("UPDATE srv_enrolments SET used_at_ms = ?, device_id = ? WHERE "
                                          "code_hash = ? AND used_at_ms IS NULL"));
            if (!used)
                return used.error();
            XASO_TRY(used->bind(1, now).bind(2, deviceId).bind(3, codeHash(normaliseCode(code))).exec());
            if (db.changes() == 0) // redeemed by someone else a moment ago: one use only
                return makeError(ErrorCode::PermissionDenied, tr("The enrolment code was already used."));
            auto ins =
                db.prepare(QStringLiteral("INSERT INTO srv_devices (device_id, name, roles, public_key, "
                                          "enrolled_at_ms, chain_hash) VALUES (?,?,?,?,?,?)"));
            if (!ins)
                return ins.error();
            ins->bind(1, d.id).bind(2, d.name).bind(3, d.roles.join(QLatin1Char(','))).bind(4, d.publicKey);
            return ins->bind(5, now).bind(6, d.chainHash).exec();
        }));
    qCInfo(lcSync) << "device enrolled" << deviceId;
    return d;
}

Result<std::optional<DeviceRecord>> ServerStore::device(const QString& id)
{
    auto st =
        db().cached("SELECT device_id, name, roles, public_key, enrolled_at_ms, revoked_at_ms, trusted_seq, "
                    "acked_seq, chain_hash FROM srv_devices WHERE device_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DeviceRecord>();
    auto d = readDevice(**st);
    if (!d)
        return d.error();
    return std::optional<DeviceRecord>(*d);
}

Result<QList<DeviceRecord>> ServerStore::devices()
{
    auto st = db().prepare(QString::fromLatin1(kDeviceColumns) + QStringLiteral(" ORDER BY enrolled_at_ms"));
    if (!st)
        return st.error();
    QList<DeviceRecord> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto d = readDevice(*st);
        if (!d)
            return d.error();
        out.append(*d);
    }
    return out;
}

Status ServerStore::revoke(const QString& deviceId, std::optional<qint64> trustedSeq)
{
    auto d = device(deviceId);
    if (!d)
        return d.error();
    if (!d->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no enrolled device %1.").arg(deviceId));
    const qint64 trusted = trustedSeq.value_or((*d)->ackedSeq);
    XASO_TRY(m_vault->writeAudited(
        {QStringLiteral("srv_devices"), deviceId, QStringLiteral("revoke"),
         QStringLiteral("trusted up to %1").arg(trusted)},
        [&](storage::Database& db) -> Status {
            auto st =
                db.prepare(QStringLiteral("UPDATE srv_devices SET revoked_at_ms = ?, trusted_seq = ? WHERE "
                                          "device_id = ?"));
            if (!st)
                return st.error();
            return st->bind(1, clock().nowMs()).bind(2, trusted).bind(3, deviceId).exec();
        }));
    qCInfo(lcSync) << "device revoked" << deviceId;
    return {};
}

} // namespace xaso::sync
