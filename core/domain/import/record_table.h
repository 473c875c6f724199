#pragma once
// The generic half of a record repository: one synced table described by a TableSpec, read into
// column → value maps, written through RecordWriter, with its dashboard counters kept in the same
// transaction and rebuildable from the rows. The typed repositories (welfare, labour, land,
// certified copies) convert their structs to and from these maps and add validation and rights.

#include "domain/changes/record_writer.h"
#include "domain/import/record_support.h"

#include <QMap>

#include <functional>

namespace xaso::domain {

using FieldMap = QMap<QString, QVariant>;

struct StoredRow
{
    RecordMeta meta;
    FieldMap fields; // data columns only
};

// One dashboard counter a row contributes to (value is added on insert, subtracted on delete).
struct AggregateKey
{
    QString name;
    QString k1;
    QString k2;
    qint64 value = 1;
};

struct TableSpec
{
    QString kind; // roles.json kind; k1 of the shared "records.*" counters
    QString table;
    QStringList columns;   // data columns, without id and the common columns
    QStringList sensitive; // -- SENSITIVE columns: never in list(), in get() only with the right
    QString sortColumn;    // TEXT column of the keyset order (e.g. name_key)
    bool descending = false;
    QString searchColumn;                                 // prefix search on this folded column; empty = none
    QString categoryColumn;                               // ListQuery::category filters on it; empty = none
    QString hamletColumn = QStringLiteral("hamlet_code"); // empty when the table has none
    bool verified = true;             // has verification, verification_diff, verified_at_ms
    bool countRecords = true;         // "records.added_week" and "records.verification" with k1 = kind
    QStringList ownAggregatePrefixes; // kind-specific counters cleared by a rebuild, e.g. "welfare."
    std::function<QList<AggregateKey>(const StoredRow&)> contributions; // kind-specific counters
};

class RecordTable
{
public:
    RecordTable(storage::Database& db, TableSpec spec) : m_db(db), m_spec(std::move(spec)) {}

    const TableSpec& spec() const { return m_spec; }

    // A live (not deleted) row, or nullopt.
    Result<std::optional<StoredRow>> load(const QString& id);
    // Live rows whose column equals value (e.g. co-owners of one land record).
    Result<QList<StoredRow>> loadWhere(const QString& column, const QString& value);
    // One keyset page; sensitive columns are left out.
    Result<Page<StoredRow>> list(const ListQuery& query);

    // Writes inside the caller's transaction and keeps the counters.
    Status insert(RecordWriter& writer, const QString& id, const FieldMap& fields, qint64 createdAtMs);
    Status update(RecordWriter& writer, const StoredRow& current, const FieldMap& changes);
    Status remove(RecordWriter& writer, const StoredRow& current);
    Status setVerification(RecordWriter& writer, const StoredRow& current, Verification state,
                           const QStringList& diff, qint64 atMs);

    // Recomputes this table's counters from its rows (call inside a transaction).
    Status rebuildAggregates();
    // For a row written by sync: what the stored row contributes to the counters now (nothing
    // when it is absent or deleted).
    Result<QList<AggregateKey>> contributionsNow(const QString& id);

    // The columns the officer changed in an edit (`original`: what they opened, `edited`: what
    // they saved), checked against `stored` (the row now): a column they changed that someone else
    // changed differently since is a Conflict naming it. Columns in `derived` (computed from the
    // others) are left out; the caller applies the changes to the stored row and recomputes them.
    static Result<FieldMap> officerChanges(const FieldMap& original, const FieldMap& edited,
                                           const FieldMap& stored, const QStringList& derived = {});
    // The columns whose value differs from `from` to `to`, with their values in `to`.
    static FieldMap differences(const FieldMap& from, const FieldMap& to);

private:
    QString selectColumns() const;
    StoredRow readRow(const storage::Statement& st) const;
    QList<AggregateKey> contributionsOf(const StoredRow& row) const;
    Status bump(const QList<AggregateKey>& keys, qint64 sign);

    storage::Database& m_db;
    TableSpec m_spec;
};

} // namespace xaso::domain
