#include "storage/attempt_guard.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace xaso::storage {

AttemptGuard::AttemptGuard(const Clock& clock, QString stateDir) : m_clock(clock), m_dir(std::move(stateDir)) {}

QString AttemptGuard::defaultStateDir()
{
    const QString fromEnv = qEnvironmentVariable("XASO_STATE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/xaso/state");
}

QString AttemptGuard::fileFor(const QByteArray& vaultId) const
{
    return m_dir + QStringLiteral("/unlock-") + QString::fromLatin1(vaultId.toHex()) + QStringLiteral(".json");
}

AttemptGuard::State AttemptGuard::load(const QByteArray& vaultId) const
{
    QFile f(fileFor(vaultId));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    return {o.value(QStringLiteral("failures")).toInt(),
            qint64(o.value(QStringLiteral("lastFailureMs")).toDouble())};
}

void AttemptGuard::save(const QByteArray& vaultId, const State& state) const
{
    QDir().mkpath(m_dir);
    QSaveFile f(fileFor(vaultId));
    if (!f.open(QIODevice::WriteOnly))
        return;
    QJsonObject o{{QStringLiteral("failures"), state.failures},
                  {QStringLiteral("lastFailureMs"), double(state.lastFailureMs)}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    f.commit();
}

int AttemptGuard::failures(const QByteArray& vaultId) const
{
    return load(vaultId).failures;
}

qint64 AttemptGuard::remainingDelayMs(const QByteArray& vaultId) const
{
    const State s = load(vaultId);
    if (s.failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(s.failures - kFreeAttempts, 10);
    const qint64 delay = std::min(kFirstDelayMs << doublings, kMaxDelayMs);
    const qint64 waited = m_clock.nowMs() - s.lastFailureMs;
    return waited >= delay || waited < 0 ? (waited < 0 ? delay : 0) : delay - waited;
}

Status AttemptGuard::check(const QByteArray& vaultId) const
{
    const qint64 ms = remainingDelayMs(vaultId);
    if (ms <= 0)
        return {};
    return makeError(ErrorCode::LockedOut,
                     QCoreApplication::translate("AttemptGuard",
                                                 "%1 wrong passwords in a row. For your security, wait %2 seconds "
                                                 "before trying again.")
                         .arg(failures(vaultId))
                         .arg((ms + 999) / 1000));
}

void AttemptGuard::recordFailure(const QByteArray& vaultId)
{
    State s = load(vaultId);
    ++s.failures;
    s.lastFailureMs = m_clock.nowMs();
    save(vaultId, s);
}

void AttemptGuard::recordSuccess(const QByteArray& vaultId)
{
    QFile::remove(fileFor(vaultId));
}

} // namespace xaso::storage
