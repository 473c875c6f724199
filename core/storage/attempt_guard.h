#pragma once
// Unlock lock-out (Nghị định 85/2016 level 3: lock after 5 failed logins). The counter lives
// outside the vault's files — a wrong password must leave the vault byte-identical — in the
// per-user state folder ($XASO_STATE_DIR, or the platform's app-data folder), keyed by vault id.
// After 5 failures in a row each further attempt must wait 30 s, doubling up to 15 minutes.

#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace xaso::storage {

class AttemptGuard
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstDelayMs = 30'000;
    static constexpr qint64 kMaxDelayMs = 15 * 60'000;

    AttemptGuard(const Clock& clock, QString stateDir = defaultStateDir());
    static QString defaultStateDir();

    // Refuses (LockedOut, with the seconds to wait) while a back-off is running.
    Status check(const QByteArray& vaultId) const;
    void recordFailure(const QByteArray& vaultId);
    void recordSuccess(const QByteArray& vaultId);
    int failures(const QByteArray& vaultId) const;
    // Milliseconds still to wait; 0 when an attempt may be made now.
    qint64 remainingDelayMs(const QByteArray& vaultId) const;

private:
    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    State load(const QByteArray& vaultId) const;
    void save(const QByteArray& vaultId, const State& state) const;
    QString fileFor(const QByteArray& vaultId) const;

    const Clock& m_clock;
    QString m_dir;
};

} // namespace xaso::storage
