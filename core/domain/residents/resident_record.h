#pragma once
// How a Resident maps onto the residents table (schema v4) and its search tokens. Shared by the
// repository, the bulk writer, làm sạch and the duplicate merge, so each column is spelled once.

#include "domain/changes/field_codec.h"
#include "domain/residents/resident.h"
#include "storage/database.h"

namespace xaso::domain::residents {

// SENSITIVE columns (Luật 91/2025): read only for roles granted them, each read audited.
const QStringList& sensitiveColumns();

// Every stored field of a new record (derived folded keys included), for RecordWriter::insert.
QList<FieldValue> insertFields(const Resident& r);
// The fields whose stored value differs between two versions of a record.
QList<FieldValue> changedFields(const Resident& before, const Resident& after);

// Reads one record (deleted ones too when asked), sensitive fields always included: for
// internal use; callers decide what leaves the repository.
Result<std::optional<Resident>> load(storage::Database& db, const QString& id, bool includeDeleted = false);

// The SELECT column list matching fromRow(); the sensitive columns are NULL when not wanted.
QString selectColumns(bool sensitive, const QString& tableAlias = {});
Resident fromRow(const storage::Statement& st, bool sensitive);

// The name search index entries of one resident (resident_name_index, derived, same
// transaction): each word of the folded name alone and each pair of its words. A live resident
// has them, a tombstone none. Removing needs the name they were written for: the writers pass the
// stored name; after a pulled change, RemoteChangeFollower passes the name read before it.
Status insertNameEntries(storage::Database& db, const QString& id, const QString& fullName);
Status deleteNameEntries(storage::Database& db, const QString& id, const QString& fullName);
Status replaceNameEntries(storage::Database& db, const QString& id, const QString& oldFullName,
                          const QString& newFullName);

// The keys of those entries for one folded name: each distinct word with partner "" and each
// unordered pair of distinct words (word < partner in byte order, as SQLite's BINARY collation
// compares UTF-8), all under the last word (`given`, the list order's given name).
struct NameIndexEntries
{
    QString given;
    QList<std::pair<QString, QString>> keys; // (word, partner)
};
NameIndexEntries nameIndexEntries(const QString& folded);

// The folded given name (tên) the list is sorted by.
QString givenNameFolded(const QString& fullName);

} // namespace xaso::domain::residents
