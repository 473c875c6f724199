#pragma once
// The dashboard counters of residents, households and the digital-citizen checklist
// (domain.md, "Writing"), bumped in the write transaction:
//   residents.total            ('', '')
//   residents.by_hamlet        (hamlet code, '')
//   residents.pyramid          (birth year or '', sex 'M'/'F'/''): birth-year buckets; the age
//                              pyramid is computed from them at query time (about 100 rows)
//   residents.token_count      (search token, ''): names holding the token (ResidentSearch)
//   records.added_week         ('residents' | 'households', ISO week "2026-W48" of created_at)
//   records.verification       ('residents', state)
//   records.verified_week      ('residents', ISO week of verified_at): records verified now, by
//   records.mismatch_week      ('residents', ISO week)                the week of their check
//   digital.by_hamlet          (hamlet code, 'vneid' | 'epayment' | 'address' | 'signature')
//   households.poverty         (status, '')
// A counter that falls to zero is removed, so the table always equals rebuild().

#include "domain/changes/aggregates.h"
#include "domain/residents/household.h"
#include "domain/residents/resident.h"

#include <QHash>

namespace xaso::domain {

class ResidentAggregates
{
public:
    explicit ResidentAggregates(storage::Database& db) : m_db(db), m_aggregates(db) {}

    // Deferred: deltas are summed in memory and written by flush() (bulk import: a handful of
    // counter writes instead of several per row). Call flush() before the transaction commits.
    void setDeferred(bool on) { m_deferred = on; }
    Status flush();

    Status residentAdded(const Resident& r); // uses r.createdAtMs and r.verification
    Status residentRemoved(const Resident& r);
    Status residentChanged(const Resident& before, const Resident& after);
    // A checklist row of a resident living in `hamlet`, before and after (either may be empty).
    Status checklistChanged(const QString& hamletBefore, const DigitalChecklist* before,
                            const QString& hamletAfter, const DigitalChecklist* after);
    Status householdAdded(const Household& h);
    Status householdRemoved(const Household& h);
    Status householdChanged(const Household& before, const Household& after);

    // Recomputes every counter listed above from the records.
    static Status rebuild(storage::Database& db);

    // One counter row.
    struct Key
    {
        QString name, k1, k2;
        bool operator==(const Key&) const = default;
    };

    // The counters one record counts in (a resident with its checklist, living in its hamlet; a
    // household): for rows written by sync.
    static QList<Key> keysOf(const Resident& r, const DigitalChecklist* checklist);
    static QList<Key> keysOf(const Household& h);

    // "2026-W48": the ISO week of a timestamp in Vietnam time (UTC+7), where officers work.
    static QString isoWeek(qint64 msSinceEpoch);
    static QString isoWeek(QDate date);

private:
    Status bump(const QString& name, const QString& k1, const QString& k2, qint64 delta);
    // Bumps the counters in `before` but not `after` down and those in `after` only up.
    Status apply(const QList<Key>& before, const QList<Key>& after);

    friend size_t qHash(const Key& k, size_t seed) { return qHashMulti(seed, k.name, k.k1, k.k2); }

    storage::Database& m_db;
    Aggregates m_aggregates;
    bool m_deferred = false;
    QHash<Key, qint64> m_pending;
};

} // namespace xaso::domain
