#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

std::vector<Migration> changeLogSteps()
{
    return {
        {3, "outbox change log, field versions, dashboard aggregates",
         R"SQL(
-- The outbox: one row per local record change, written in the same transaction as the change.
-- seq is this device's sequence; txn groups the changes of one local transaction.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc        INTEGER NOT NULL,
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields     BLOB NOT NULL,
    txn        INTEGER NOT NULL,
    acked      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_pending ON change_log (acked, seq);
-- Versions of fields edited since insert (an absent row means version 1).
CREATE TABLE field_versions (
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,
    field      TEXT NOT NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (tbl, record_key, field)
) WITHOUT ROWID;
-- Dashboard counters kept in the write transactions (core/domain/changes/aggregates.h).
CREATE TABLE aggregates (
    name  TEXT NOT NULL,
    k1    TEXT NOT NULL DEFAULT '',
    k2    TEXT NOT NULL DEFAULT '',
    value INTEGER NOT NULL,
    PRIMARY KEY (name, k1, k2)
) WITHOUT ROWID;
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
