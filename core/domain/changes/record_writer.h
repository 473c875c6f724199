#pragma once
// The one write path for synced records. Each insert, update or delete, inside the caller's
// transaction: changes the row, bumps its versions, appends an outbox row (change_log) with the
// canonical field encoding and an HLC timestamp, and (unless the caller audits a whole batch
// itself, as an import does) appends an audit row. See docs/schema.md, "Synced tables".
//
// Every synced table has: id TEXT PRIMARY KEY, row_version INTEGER, updated_hlc INTEGER,
// deleted INTEGER (tombstone: a delete is a change that can conflict with an edit).
// Field versions: a field never edited since insert is at version 1 and has no field_versions row.

#include "domain/changes/field_codec.h"
#include "domain/changes/hlc.h"
#include "storage/vault.h"

#include <QHash>

namespace xaso::domain {

class RecordWriter
{
public:
    explicit RecordWriter(storage::Vault& vault);

    // When false, no audit row per record: the caller appends one summary row (bulk import).
    void setAuditEachRecord(bool on) { m_auditEach = on; }
    // Bulk writers: the clock stays in memory (HybridClock::setBuffered) until flushClock(),
    // which they call before the commit.
    void setClockBuffered(bool on) { m_hlc.setBuffered(on); }
    Status flushClock() { return m_hlc.flush(); }

    Status insert(const QString& table, const QString& id, const QList<FieldValue>& fields);
    // Fields whose baseVersion is non-zero must still be at that version, or the edit is refused
    // (ErrorCode::Conflict naming the field): someone changed it since the officer opened it.
    Status update(const QString& table, const QString& id, const QList<FieldValue>& changed);
    Status remove(const QString& table, const QString& id);

    // Current version of one field (1 when never edited since insert; 0 when the record is unknown).
    Result<quint32> fieldVersion(const QString& table, const QString& id, const QString& field);

    qint64 changesWritten() const { return m_changes; }

private:
    Status appendChange(const QString& table, const QString& id, const char* op, const QByteArray& fields,
                        qint64 hlc);
    Status audit(const QString& table, const QString& id, const char* op);
    Result<qint64> transactionId();
    Result<storage::Statement*> insertStatement(const QString& table, const QList<FieldValue>& fields);

    storage::Vault& m_vault;
    storage::Database& m_db;
    HybridClock m_hlc;
    bool m_auditEach = true;
    qint64 m_txn = 0;
    qint64 m_changes = 0;
    // The INSERT built for each table, for its next record with the same fields.
    struct InsertSql
    {
        QStringList columns;
        QByteArray sql;
    };
    QHash<QString, InsertSql> m_inserts;
};

// True for the identifiers our code builds SQL from (table and column names): [a-z_][a-z0-9_]*.
bool isSqlIdentifier(const QString& name);

} // namespace xaso::domain
