#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

std::vector<Migration> vaultSteps()
{
    return {
        {1, "vault metadata, profile, audit chain",
         R"SQL(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB
);
-- One row: the officer profile that owns this vault. The Ed25519 secret key lives here, inside the
-- encrypted file, never on disk in clear.
CREATE TABLE profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    display_name  TEXT NOT NULL,
    roles         TEXT NOT NULL,           -- comma-separated role ids (resources/data/roles.json)
    device_id     TEXT NOT NULL,           -- 32 hex characters, random at creation
    sign_public   BLOB NOT NULL CHECK (length(sign_public) = 32),
    sign_secret   BLOB NOT NULL CHECK (length(sign_secret) = 64),
    created_at_ms INTEGER NOT NULL
);
-- Append-only hash chain: hash = BLAKE2b-256(canonical row ‖ prev_hash), signature = Ed25519(hash).
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY NOT NULL,
    at_ms      INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,
    action     TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL,
    signature  BLOB NOT NULL
);
-- The chain's head, written in the same transaction as each row: a deleted tail is a gap too.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL
);
)SQL",
         {}},
        {2, "settings",
         R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
