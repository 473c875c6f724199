#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// Welfare beneficiaries (model 32), social-assistance base levels, labour records (models 31, 34).
// resident_id is the 12-digit personal ID, indexed but with no foreign key: records may arrive (by
// import or sync, which applies tables in any order) before their resident does.
// Dates are ISO text (yyyy-MM-dd). Sensitive columns are marked -- SENSITIVE.
std::vector<Migration> welfareLabourSteps()
{
    return {
        {5,
         "welfare beneficiaries, base levels, labour records",
         R"SQL(
-- Mức chuẩn trợ giúp xã hội by period. Seeded from resources/data/welfare/ with fixed ids (equal on
-- every replica); an officer may add a level when a new decree raises it.
CREATE TABLE welfare_base_levels (
    id            TEXT PRIMARY KEY NOT NULL,
    amount        INTEGER NOT NULL CHECK (amount > 0),   -- VND per month
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,                                   -- last day, inclusive; NULL = open
    legal_basis   TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_hlc   INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    created_at_ms INTEGER NOT NULL
);
CREATE INDEX welfare_base_levels_from ON welfare_base_levels (valid_from);

CREATE TABLE welfare_beneficiaries (
    id                TEXT PRIMARY KEY NOT NULL,
    resident_id       TEXT,
    full_name         TEXT NOT NULL,
    name_key          TEXT NOT NULL,                      -- folded full_name, for search and order
    birth_date        TEXT NOT NULL,
    clause            TEXT NOT NULL,                      -- Nghị định 20/2021 Điều 5: k1 … k8, k5a … k5d
    point             TEXT,                               -- điểm a … l where the clause has points
    child_count       INTEGER,                            -- k4: children raised (the coefficient is per child)
    coefficient       REAL NOT NULL,                      -- total, from the rule table at the period
    base_level        INTEGER NOT NULL,                   -- VND
    monthly_amount    INTEGER NOT NULL,                   -- VND = round(base_level × coefficient)
    decision_number   TEXT NOT NULL,
    decision_date     TEXT,
    start_date        TEXT NOT NULL,
    end_date          TEXT,
    payment_kind      TEXT NOT NULL CHECK (payment_kind IN ('bank','ewallet','mobile_money','cash')),
    account_ref       TEXT,
    hamlet_code       TEXT NOT NULL DEFAULT '',
    disability_level  TEXT,                               -- SENSITIVE (health/disability): severe | especially_severe
    note              TEXT,
    row_version       INTEGER NOT NULL DEFAULT 1,
    updated_hlc       INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0,
    created_at_ms     INTEGER NOT NULL,
    verification      TEXT NOT NULL DEFAULT 'unverified'
                      CHECK (verification IN ('unverified','verified','mismatch','not_found')),
    verification_diff TEXT,
    verified_at_ms    INTEGER
);
CREATE INDEX welfare_resident ON welfare_beneficiaries (resident_id);
CREATE INDEX welfare_by_name ON welfare_beneficiaries (deleted, name_key, id);
CREATE INDEX welfare_by_hamlet ON welfare_beneficiaries (hamlet_code, deleted, name_key, id);
CREATE INDEX welfare_by_clause ON welfare_beneficiaries (clause, deleted, name_key, id);

CREATE TABLE labour_records (
    id                     TEXT PRIMARY KEY NOT NULL,
    resident_id            TEXT,
    full_name              TEXT NOT NULL,
    name_key               TEXT NOT NULL,
    birth_date             TEXT NOT NULL,
    sex                    TEXT NOT NULL CHECK (sex IN ('male','female')),
    hamlet_code            TEXT NOT NULL DEFAULT '',
    area_type              TEXT NOT NULL CHECK (area_type IN ('urban','rural')),
    education_level        TEXT,                          -- general education, e.g. 12/12
    technical_level        TEXT NOT NULL DEFAULT 'none' CHECK (technical_level IN
                           ('none','elementary','intermediate','college','university','postgraduate')),
    training_field         TEXT,
    status                 TEXT NOT NULL CHECK (status IN ('employed','unemployed','outside')),
    -- employed branch
    employment_status      TEXT CHECK (employment_status IS NULL OR employment_status IN
                           ('employer','own_account','family_worker','coop_member','employee')),
    occupation_code        TEXT,                          -- VSCO
    industry_code          TEXT,                          -- VSIC 2018
    contract_type          TEXT,
    employer               TEXT,
    workplace              TEXT,
    abroad                 INTEGER CHECK (abroad IS NULL OR abroad IN (0, 1)),
    -- unemployed branch
    unemployed_kind        TEXT CHECK (unemployed_kind IS NULL OR unemployed_kind IN ('never_worked','worked_before')),
    unemployed_months      INTEGER,
    previous_job           TEXT,
    -- outside the labour force
    outside_reason         TEXT,
    social_insurance_type  TEXT,
    social_insurance_no    TEXT,
    unemployment_insurance INTEGER NOT NULL DEFAULT 0 CHECK (unemployment_insurance IN (0, 1)),
    health_insurance_no    TEXT,
    income_band            TEXT,
    training_need          TEXT,
    row_version            INTEGER NOT NULL DEFAULT 1,
    updated_hlc            INTEGER NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0,
    created_at_ms          INTEGER NOT NULL,
    verification           TEXT NOT NULL DEFAULT 'unverified'
                           CHECK (verification IN ('unverified','verified','mismatch','not_found')),
    verification_diff      TEXT,
    verified_at_ms         INTEGER
);
CREATE INDEX labour_resident ON labour_records (resident_id);
CREATE INDEX labour_by_name ON labour_records (deleted, name_key, id);
CREATE INDEX labour_by_hamlet ON labour_records (hamlet_code, deleted, name_key, id);
CREATE INDEX labour_by_status ON labour_records (status, deleted, name_key, id);
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
