#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Land users and house owners (model 30), certified electronic copies (model 4) and the sealed
// scans they point to. resident_id is the 12-digit personal ID, indexed, with no foreign key (a
// co-owner may be imported or synced before the resident). Dates are ISO text (yyyy-MM-dd).
std::vector<Migration> landCopySteps()
{
    return {
        {6,
         "land records and co-owners, certified copies, sealed files",
         R"SQL(
CREATE TABLE land_records (
    id                 TEXT PRIMARY KEY NOT NULL,
    certificate_serial TEXT NOT NULL,                  -- số phát hành GCN, normalised "CS 123456"
    register_number    TEXT,                           -- số vào sổ cấp GCN
    map_sheet          TEXT,                           -- tờ bản đồ số
    parcel_number      TEXT,                           -- thửa đất số
    area_m2            REAL NOT NULL CHECK (area_m2 > 0),
    purpose            TEXT NOT NULL,                  -- land-use code(s): ONT, LUC, CLN, "ONT+CLN"
    term               TEXT,                           -- a date, a number of years, or 'lâu dài'
    origin             TEXT,
    address            TEXT,
    hamlet_code        TEXT NOT NULL DEFAULT '',
    house_area_m2      REAL CHECK (house_area_m2 IS NULL OR house_area_m2 >= 0),
    row_version        INTEGER NOT NULL DEFAULT 1,
    updated_hlc        INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    created_at_ms      INTEGER NOT NULL,
    verification       TEXT NOT NULL DEFAULT 'unverified'
                       CHECK (verification IN ('unverified','verified','mismatch','not_found')),
    verification_diff  TEXT,
    verified_at_ms     INTEGER
);
CREATE INDEX land_by_serial ON land_records (deleted, certificate_serial, id);
CREATE INDEX land_by_hamlet ON land_records (hamlet_code, deleted, certificate_serial, id);
CREATE INDEX land_by_purpose ON land_records (purpose, deleted, certificate_serial, id);

-- Users of the land and owners of the house on one certificate; shares sum to 100 %.
-- land_id has no foreign key for the same reason as resident_id (sync order).
CREATE TABLE land_co_owners (
    id            TEXT PRIMARY KEY NOT NULL,
    land_id       TEXT NOT NULL,
    resident_id   TEXT,
    full_name     TEXT NOT NULL,
    name_key      TEXT NOT NULL,
    share_percent REAL NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
    role          TEXT NOT NULL CHECK (role IN ('user','owner')),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_hlc   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    created_at_ms INTEGER NOT NULL
);
CREATE INDEX land_co_owners_land ON land_co_owners (land_id, deleted);
CREATE INDEX land_co_owners_resident ON land_co_owners (resident_id);
CREATE INDEX land_co_owners_name ON land_co_owners (name_key);

-- Scans of certified copies, sealed (XChaCha20-Poly1305 with a per-file key derived from the
-- vault's data key) inside the already encrypted vault. Content-addressed (id = hex of hash) and
-- immutable: written directly in the certification's transaction, never updated.
CREATE TABLE sealed_files (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    mime          TEXT NOT NULL,
    size          INTEGER NOT NULL,
    hash          BLOB NOT NULL CHECK (length(hash) = 32),   -- BLAKE2b-256 of the plaintext
    sealed        BLOB NOT NULL,
    created_at_ms INTEGER NOT NULL
);

-- Sổ chứng thực bản sao từ bản chính (Thông tư 01/2020/TT-BTP). The sequence restarts at 1 each
-- year and never repeats within a (year, book): the UNIQUE constraint is the backstop of the
-- allocation in CertifiedCopyRepository.
CREATE TABLE certified_copies (
    id                TEXT PRIMARY KEY NOT NULL,
    sequence          INTEGER NOT NULL CHECK (sequence > 0),
    book_number       TEXT NOT NULL,
    year              INTEGER NOT NULL,
    type_symbol       TEXT NOT NULL DEFAULT 'SCT/BS',
    number_text       TEXT NOT NULL,                       -- "15/2026/SCT/BS"
    register_key      TEXT NOT NULL,                       -- "2026|01|00000015", for order
    certified_on      TEXT NOT NULL,
    certifier_name    TEXT NOT NULL,
    certifier_title   TEXT NOT NULL,
    agency            TEXT NOT NULL,
    statement         TEXT,                                -- lời chứng
    original_doc_type TEXT NOT NULL,
    page_count        INTEGER NOT NULL CHECK (page_count > 0),
    requester_name    TEXT,
    name_key          TEXT NOT NULL DEFAULT '',            -- folded requester_name
    hamlet_code       TEXT NOT NULL DEFAULT '',
    file_id           TEXT,                                -- sealed_files.id
    file_hash         TEXT,                                -- BLAKE2b-256 hex of the plaintext scan
    row_version       INTEGER NOT NULL DEFAULT 1,
    updated_hlc       INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0,
    created_at_ms     INTEGER NOT NULL,
    verification      TEXT NOT NULL DEFAULT 'unverified'
                      CHECK (verification IN ('unverified','verified','mismatch','not_found')),
    verification_diff TEXT,
    verified_at_ms    INTEGER,
    UNIQUE (year, book_number, sequence)
);
CREATE INDEX certified_copies_order ON certified_copies (deleted, register_key, id);
CREATE INDEX certified_copies_by_hamlet ON certified_copies (hamlet_code, deleted, register_key, id);
CREATE INDEX certified_copies_by_book ON certified_copies (book_number, deleted, register_key, id);
CREATE INDEX certified_copies_name ON certified_copies (name_key);
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
