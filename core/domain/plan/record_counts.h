#pragma once
// Counts of digitised records read from the dashboard aggregates that the record repositories keep
// in their write transactions (domain/changes/aggregates.h), so a dashboard or the weekly report
// reads a few rows instead of grouping a million. A counter that is missing reads as 0.
//
// Counters read here (k1, k2):
//   records.added_week     kind, ISO week "2026-W48"   records added that week
//   records.verified_week  kind, ISO week              records verified (làm sạch) that week
//   records.mismatch_week  kind, ISO week              records found to differ that week
//   records.verification   kind, state                 records now in each verification state
// The total of a kind is the sum of its verification states; for a kind that is not verified
// (certified copies) it is the sum of its weekly additions.

#include "domain/changes/aggregates.h"

#include <QMap>

namespace xaso::plan {

struct RecordKindInfo
{
    QString kind;    // RecordKind id, the k1 of the counters
    QString labelVi; // as the report names it
};

// The kinds officers digitise, in report order.
const QList<RecordKindInfo>& digitisedKinds();

class AggregateReader
{
public:
    explicit AggregateReader(storage::Database& db) : m_db(db) {}

    Result<qint64> value(const QString& name, const QString& k1 = {}, const QString& k2 = {});
    Result<QList<domain::AggregateRow>> rows(const QString& name);
    Result<QList<domain::AggregateRow>> rows(const QString& name, const QString& k1); // one k1
    Result<qint64> sum(const QString& name);                                          // over every k1, k2
    Result<qint64> sum(const QString& name, const QString& k1);                       // over k2
    Result<QMap<QString, qint64>> sumByK2(const QString& name);                       // over k1, per k2

private:
    storage::Database& m_db;
};

class RecordCounts
{
public:
    explicit RecordCounts(storage::Database& db) : m_reader(db) {}

    Result<qint64> total(const QString& kind);
    Result<qint64> inState(const QString& kind, const QString& state); // "verified", "mismatch", …
    Result<QMap<QString, qint64>> states(const QString& kind);
    Result<qint64> addedInWeek(const QString& kind, const QString& weekKey);
    Result<qint64> verifiedInWeek(const QString& kind, const QString& weekKey);
    Result<qint64> mismatchedInWeek(const QString& kind, const QString& weekKey);

    AggregateReader& reader() { return m_reader; }

private:
    AggregateReader m_reader;
};

} // namespace xaso::plan
