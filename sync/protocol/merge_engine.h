#pragma once
// Applies one change to the per-field sync state (sync_field_state) the same way on every replica,
// client or server (docs/sync-protocol.md, "Merging and conflicts").
//
// Each field holds the writes no later known write has superseded ("siblings"). A write w is
// superseded by an incoming change c when c's author had seen w: same device (its chain is ordered),
// or w's server sequence <= c's seen_seq (the author's download cursor when it wrote c). Siblings
// with different values are a hard conflict: the provisional winner is the highest (hlc, device id),
// and every candidate is kept in sync_conflicts. A delete writes the pseudo-field 'deleted' = 1 and
// every insert or update writes 'deleted' = 0, so delete against edit is a conflict like any other.
// The result does not depend on the order changes arrive in.

#include "domain/changes/field_codec.h"
#include "protocol/change.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QHash>

#include <functional>
#include <optional>

namespace xaso::sync {

struct MergeOutcome
{
    bool duplicate = false;                   // every field already had this write or a later one
    QList<domain::FieldValue> changedWinners; // fields whose winning value changed (name, new value)
    int conflictsOpened = 0;
    int conflictsClosed = 0;
};

class MergeEngine
{
public:
    // The server sequence of one of our own changes, if the server acknowledged it (client only).
    using OwnServerSeq = std::function<std::optional<qint64>(qint64 deviceSeq)>;

    MergeEngine(storage::Database& db, const Clock& clock, QString localDeviceId = {}, OwnServerSeq own = {});

    // The field writes of a change: its fields plus the implicit 'deleted'.
    static Result<QList<domain::FieldValue>> fieldWrites(const ChangeRecord& change);

    // Call inside the caller's transaction. serverSeq: the server's sequence for this change, when
    // known (always on the server and for pulled changes; not for our own unacknowledged ones).
    Result<MergeOutcome> apply(const QString& deviceId, const ChangeRecord& change,
                               std::optional<qint64> serverSeq);

    // The winning value of every field of a record, e.g. to create its row.
    Result<QList<domain::FieldValue>> winners(const QString& table, const QString& recordKey);

    static inline const QString kDeletedField = QStringLiteral("deleted");

private:
    struct Sibling
    {
        QString device;
        qint64 deviceSeq = 0;
        qint64 hlc = 0;
        std::optional<qint64> serverSeq;
        QByteArray value;
    };
    // Every field's siblings of one record, by field name.
    Result<QHash<QString, QList<Sibling>>> siblings(const QString& table, const QString& key);
    bool supersededBy(const Sibling& s, const QString& device, const ChangeRecord& c) const;
    static const Sibling* winnerOf(const QList<Sibling>& siblings);
    Result<int> updateConflict(const QString& table, const QString& key, const QString& field,
                               const QList<Sibling>& current, const QList<Sibling>& removed,
                               const QString& device, const ChangeRecord& c, int* closed);

    storage::Database& m_db;
    const Clock& m_clock;
    QString m_local;
    OwnServerSeq m_own;
};

} // namespace xaso::sync
