#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Residents (nhân khẩu), households (hộ) and the digital-citizen checklist (model 19).
// Repositories: core/domain/residents/. No FOREIGN KEY between synced tables: a replica may
// receive a resident before the household it points to; the repositories check links instead.
std::vector<Migration> residentSteps()
{
    return {
        {4,
         "residents, households, digital-citizen checklist, administrative units",
         R"SQL(
-- Administrative units by their permanent code (Quyết định 124/2004/QĐ-TTg), with validity dates
-- and the unit that took over after a merger (Quyết định 19/2025/QĐ-TTg). Reference data, not synced.
CREATE TABLE admin_units (
    code           TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    level          TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    valid_from     TEXT,            -- ISO date, NULL when unknown
    valid_to       TEXT,            -- ISO date of the last day; NULL while in force
    successor_code TEXT,            -- the unit it merged into
    legal_basis    TEXT
);

-- id is the 12-digit personal ID (số định danh cá nhân): issued IDs never change.
CREATE TABLE residents (
    id                  TEXT PRIMARY KEY NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1,
    updated_hlc         INTEGER NOT NULL,
    deleted             INTEGER NOT NULL DEFAULT 0,
    created_at_ms       INTEGER NOT NULL,
    old_cmnd            TEXT,            -- old ID card number, opaque
    full_name           TEXT NOT NULL,   -- NFC
    name_folded         TEXT NOT NULL,   -- text::foldForSearch(full_name)
    given_name_folded   TEXT NOT NULL,   -- folded given name (tên): list order and prefix search
    birth_date          TEXT,            -- ISO yyyy-mm-dd; NULL when only the year is known
    birth_year          INTEGER,
    sex                 TEXT CHECK (sex IN ('M', 'F')),
    ethnicity           TEXT,            -- SENSITIVE
    religion            TEXT,            -- SENSITIVE
    hamlet_code         TEXT NOT NULL DEFAULT '',
    permanent_address   TEXT,
    current_address     TEXT,
    permanent_unit_code TEXT,            -- admin_units.code
    current_unit_code   TEXT,            -- admin_units.code
    phone               TEXT,            -- national form, digits only
    household_id        TEXT,            -- households.id
    relation_to_head    TEXT,
    verification        TEXT NOT NULL DEFAULT 'unverified'
                        CHECK (verification IN ('unverified', 'verified', 'mismatch', 'not_found')),
    verification_diff   TEXT,            -- comma-separated field names that differ
    verified_at_ms      INTEGER
);
-- List order (keyset pagination): given name, full folded name, id; per hamlet and per state.
CREATE INDEX residents_sort ON residents (given_name_folded, name_folded, id);
CREATE INDEX residents_hamlet ON residents (hamlet_code, given_name_folded, name_folded, id);
CREATE INDEX residents_verification ON residents (verification, given_name_folded, name_folded, id);
-- Exact folded-name lookups and "same name, same birth date" duplicates.
CREATE INDEX residents_name ON residents (name_folded, birth_date);
-- Phone search, and "same phone, same given name" duplicates without a lookup per row.
CREATE INDEX residents_phone ON residents (phone, given_name_folded);
CREATE INDEX residents_household ON residents (household_id);

-- Every folded word of each name once, for prefix search on any name part (no FTS: DESIGN.md).
-- name_folded rides along so the other typed words filter the candidates of the rarest one
-- without a lookup per candidate. Derived from residents.full_name in the same transaction;
-- tombstoned residents have no tokens; not synced.
CREATE TABLE resident_tokens (
    token       TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    PRIMARY KEY (token, resident_id)
) WITHOUT ROWID;

-- Display names of hamlets (thôn/xóm) by the code stored on records. Derived, not synced.
CREATE TABLE hamlets (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);

-- Households (hộ) and their poverty assessment under Nghị định 07/2021/NĐ-CP: the 12 deprivation
-- indicators in 6 dimensions, each 1 when the household is deprived of it.
CREATE TABLE households (
    id                  TEXT PRIMARY KEY NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1,
    updated_hlc         INTEGER NOT NULL,
    deleted             INTEGER NOT NULL DEFAULT 0,
    created_at_ms       INTEGER NOT NULL,
    head_resident_id    TEXT,
    address             TEXT,
    hamlet_code         TEXT NOT NULL DEFAULT '',
    poverty_status      TEXT NOT NULL DEFAULT 'none'
                        CHECK (poverty_status IN ('poor', 'near_poor', 'average', 'none')),
    assessment_year     INTEGER,
    area_type           TEXT CHECK (area_type IN ('urban', 'rural')),
    ind_employment          INTEGER NOT NULL DEFAULT 0, -- việc làm: no stable job
    ind_dependents          INTEGER NOT NULL DEFAULT 0, -- người phụ thuộc: over half dependents
    ind_nutrition           INTEGER NOT NULL DEFAULT 0, -- dinh dưỡng: malnourished child under 16
    ind_health_insurance    INTEGER NOT NULL DEFAULT 0, -- bảo hiểm y tế: someone 6+ uninsured
    ind_adult_education     INTEGER NOT NULL DEFAULT 0, -- trình độ giáo dục người lớn (16–30)
    ind_child_schooling     INTEGER NOT NULL DEFAULT 0, -- tình trạng đi học của trẻ em (3–16)
    ind_housing_quality     INTEGER NOT NULL DEFAULT 0, -- chất lượng nhà ở
    ind_housing_area        INTEGER NOT NULL DEFAULT 0, -- diện tích nhà ở bình quân < 8 m²
    ind_drinking_water      INTEGER NOT NULL DEFAULT 0, -- nguồn nước sinh hoạt
    ind_latrine             INTEGER NOT NULL DEFAULT 0, -- nhà tiêu hợp vệ sinh
    ind_telecom             INTEGER NOT NULL DEFAULT 0, -- sử dụng dịch vụ viễn thông
    ind_information_access  INTEGER NOT NULL DEFAULT 0, -- phương tiện tiếp cận thông tin
    verification        TEXT NOT NULL DEFAULT 'unverified'
                        CHECK (verification IN ('unverified', 'verified', 'mismatch', 'not_found')),
    verification_diff   TEXT,
    verified_at_ms      INTEGER
);
CREATE INDEX households_hamlet ON households (hamlet_code);
CREATE INDEX households_head ON households (head_resident_id);

-- The digital-citizen checklist (model 19), one row per resident: the date each step was done,
-- NULL while not yet done.
CREATE TABLE digital_citizen (
    id                     TEXT PRIMARY KEY NOT NULL, -- residents.id
    row_version            INTEGER NOT NULL DEFAULT 1,
    updated_hlc            INTEGER NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0,
    created_at_ms          INTEGER NOT NULL,
    vneid_level2_date      TEXT,  -- VNeID identification level 2
    epayment_date          TEXT,  -- electronic payment account
    digital_address_date   TEXT,  -- digital address
    digital_signature_date TEXT   -- digital signature
);
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
