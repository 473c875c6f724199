#pragma once
// Dashboard aggregates maintained in the same transaction as the writes they count, so every
// dashboard query reads a handful of rows instead of grouping a million (DESIGN.md targets).
// Each repository that writes records bumps its counters; rebuild() recomputes them from the records.
//   name: what is counted, e.g. "residents.by_hamlet"; k1, k2: its dimensions ('' when unused).

#include "storage/database.h"

namespace xaso::domain {

struct AggregateRow
{
    QString k1;
    QString k2;
    qint64 value = 0;
};

class Aggregates
{
public:
    explicit Aggregates(storage::Database& db) : m_db(db) {}

    Status bump(const QString& name, const QString& k1, const QString& k2, qint64 delta);
    Result<qint64> value(const QString& name, const QString& k1 = {}, const QString& k2 = {});
    Result<QList<AggregateRow>> rows(const QString& name);
    // Drops every counter whose name starts with prefix (before a rebuild from the records).
    Status clear(const QString& prefix);

private:
    storage::Database& m_db;
};

} // namespace xaso::domain
