#pragma once
// Per-table digests that client and server compare after a sync: BLAKE2b-256 over every
// (record key, field, winning value) in (key, field) order, values in their digest form
// (value_codec.h). The server computes it from its field state, the client from its actual table
// rows, so a digest match means the officer's table holds what the server holds.

#include "storage/database.h"

#include <QVariant>

#include <memory>

namespace xaso::sync {

struct TableDigest
{
    QString table;
    qint64 entries = 0;
    QString digest; // 64 hex
    bool operator==(const TableDigest&) const = default;
};

class DigestBuilder
{
public:
    DigestBuilder();
    ~DigestBuilder();
    void add(const QString& recordKey, const QString& field, const QVariant& value);
    qint64 entries() const { return m_entries; }
    QString finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
    qint64 m_entries = 0;
};

// From sync_field_state: the winning value of every field of every record of the table.
Result<TableDigest> fieldStateDigest(storage::Database& db, const QString& table);

} // namespace xaso::sync
