#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Sync state (docs/sync-protocol.md). One vault kind holds all of it: an officer's vault uses the
// sync_* tables, the commune server's vault (xaso-server) uses sync_field_state, sync_conflicts*,
// sync_quarantine and the srv_* tables. Device ids are 32 hex characters; no personal data here
// except the record values kept for conflict review, inside the encrypted vault.
std::vector<Migration> syncSteps()
{
    return {
        {8, "sync: server identity, cursors, field clocks, conflicts, quarantine, server tables",
         R"SQL(
-- The server this vault is enrolled with and where sync stands (one row once enrolled).
CREATE TABLE sync_server (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    url            TEXT NOT NULL,
    cert_sha256    TEXT NOT NULL,           -- pinned TLS certificate fingerprint (64 hex)
    server_key     BLOB,                    -- the server's Ed25519 public key
    server_name    TEXT NOT NULL DEFAULT '',
    roles          TEXT NOT NULL DEFAULT '',-- roles the server granted this device
    enrolled_at_ms INTEGER NOT NULL,
    epoch          INTEGER NOT NULL,        -- server epoch the cursor below belongs to
    epoch_base     INTEGER NOT NULL DEFAULT 0, -- the server's last sequence when that epoch began
    pulled_seq     INTEGER NOT NULL DEFAULT 0, -- download cursor: highest server sequence applied
    acked_seq      INTEGER NOT NULL DEFAULT 0, -- highest own change_log seq the server acknowledged
    chain_hash     BLOB NOT NULL,           -- chain hash after acked_seq
    folded_seq     INTEGER NOT NULL DEFAULT 0, -- own changes merged into sync_field_state
    last_sync_ms   INTEGER
);
-- The download cursor in force from each change_log seq on: a change written at seq s had seen the
-- server's changes up to seen_seq of the mark with the greatest from_seq <= s.
CREATE TABLE sync_seen_marks (
    from_seq INTEGER PRIMARY KEY NOT NULL,
    epoch    INTEGER NOT NULL,
    seen_seq INTEGER NOT NULL
);
-- The chain hash after each acknowledged batch, so a restored server can be re-sent from any of them.
CREATE TABLE sync_chain_marks (
    seq  INTEGER PRIMARY KEY NOT NULL,
    hash BLOB NOT NULL
);
-- Server sequences the server assigned to our own changes (from push acknowledgements).
CREATE TABLE sync_ack_ranges (
    dev_from INTEGER PRIMARY KEY NOT NULL,
    dev_to   INTEGER NOT NULL,
    srv_from INTEGER NOT NULL
);
-- Highest sequence applied per remote device: a change delivered twice is applied once.
CREATE TABLE sync_peers (
    device_id   TEXT PRIMARY KEY NOT NULL,
    applied_seq INTEGER NOT NULL
) WITHOUT ROWID;
-- Per-field clocks (a multi-value register): the writes of a field that no later known write has
-- superseded. One sibling = the current value; several with different values = a hard conflict,
-- whose provisional winner is the highest (hlc, device_id).
CREATE TABLE sync_field_state (
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,
    field      TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    hlc        INTEGER NOT NULL,
    server_seq INTEGER,                     -- null for our own changes (see sync_ack_ranges)
    value      BLOB NOT NULL,               -- one canonical value (type tag + bytes)
    PRIMARY KEY (tbl, record_key, field, device_id)
) WITHOUT ROWID;
CREATE TABLE sync_conflicts (
    id               INTEGER PRIMARY KEY NOT NULL,
    tbl              TEXT NOT NULL,
    record_key       TEXT NOT NULL,
    field            TEXT NOT NULL,          -- 'deleted' for delete against edit
    status           TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'superseded')),
    opened_at_ms     INTEGER NOT NULL,
    closed_at_ms     INTEGER,
    closed_by_device TEXT,
    closed_by_seq    INTEGER
);
CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts (tbl, record_key, field) WHERE status = 'open';
CREATE INDEX sync_conflicts_by_status ON sync_conflicts (status, id);
-- Every value that took part in a conflict; active = 0 once its own author superseded it.
CREATE TABLE sync_conflict_candidates (
    conflict_id INTEGER NOT NULL REFERENCES sync_conflicts (id),
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL,
    value       BLOB NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (conflict_id, device_id, device_seq)
) WITHOUT ROWID;
-- Changes held back for review: a revoked device's changes after its last trusted sequence (server),
-- or a remote change this vault cannot apply, e.g. an unknown table or column (client).
CREATE TABLE sync_quarantine (
    id        INTEGER PRIMARY KEY NOT NULL,
    at_ms     INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    payload   BLOB NOT NULL                -- the signed batch (server) or the change (client)
);

-- Server side (xaso-server's own vault) --------------------------------------------------------
CREATE TABLE srv_devices (
    device_id      TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    roles          TEXT NOT NULL,
    public_key     BLOB NOT NULL CHECK (length(public_key) = 32),
    enrolled_at_ms INTEGER NOT NULL,
    revoked_at_ms  INTEGER,
    trusted_seq    INTEGER,                 -- set on revocation: later changes are quarantined
    acked_seq      INTEGER NOT NULL DEFAULT 0,
    chain_hash     BLOB NOT NULL
) WITHOUT ROWID;
-- One-time enrolment codes, stored only as a hash.
CREATE TABLE srv_enrolments (
    code_hash     BLOB PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    roles         TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    used_at_ms    INTEGER,
    device_id     TEXT
) WITHOUT ROWID;
-- The union of every device's accepted changes, in the order the server applied them.
CREATE TABLE srv_changes (
    server_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id  TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    txn        INTEGER NOT NULL,
    hlc        INTEGER NOT NULL,
    seen_seq   INTEGER NOT NULL,
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,
    op         INTEGER NOT NULL,
    fields     BLOB NOT NULL,
    chain_hash BLOB NOT NULL,
    UNIQUE (device_id, device_seq)
);
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
