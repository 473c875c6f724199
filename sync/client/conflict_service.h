#pragma once
// Conflicts for a reviewer: list them, show every candidate value with its device and clock, and
// resolve one by writing the chosen value as a new change through RecordWriter (so it is signed
// and sent with the next push like any edit). On other replicas that change supersedes every
// candidate its author had seen, which settles the conflict there too.

#include "client/remote_applier.h"
#include "storage/vault.h"

#include <QVariant>
#include <optional>

namespace xaso::sync {

struct ConflictCandidate
{
    QString deviceId;
    qint64 deviceSeq = 0;
    qint64 hlc = 0;
    QVariant value;
    bool active = true;  // false once its own device superseded it
    bool winner = false; // the provisional winner: highest (hlc, device id) among active candidates
    bool mine = false;   // written on this device
};

struct ConflictInfo
{
    qint64 id = 0;
    QString table;
    QString recordKey;
    QString field; // "deleted" for delete against edit
    QString status; // open, resolved, superseded
    qint64 openedAtMs = 0;
    std::optional<qint64> closedAtMs;
    QString closedByDevice;
    QList<ConflictCandidate> candidates;
};

class ConflictService
{
public:
    explicit ConflictService(storage::Vault& vault) : m_vault(vault) {}
    // Derived data (search entries, counters) follows the resolved record through the same hooks
    // as a pulled change (RemoteChangeFollower in the app and xaso-cli).
    void setRecordHooks(RecordChangedHook changing, RecordChangedHook changed)
    {
        m_changing = std::move(changing);
        m_changed = std::move(changed);
    }

    Result<QList<ConflictInfo>> list(bool includeClosed = false);
    Result<ConflictInfo> get(qint64 id);

    enum class Keep { Mine, Theirs, Value };
    // Theirs = the provisional winner when it is not ours, else the best other candidate. Value is
    // typed like the candidates (a number when they are numbers); for 'deleted', "delete" or "restore".
    Status resolve(qint64 id, Keep keep, const QString& value = {});

private:
    Result<QVariant> chosenValue(const ConflictInfo& c, Keep keep, const QString& text);
    storage::Vault& m_vault;
    RecordChangedHook m_changing;
    RecordChangedHook m_changed;
};

} // namespace xaso::sync
