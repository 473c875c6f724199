#include "storage/schema/schema_steps.h"

namespace xaso::storage::schema {

// The plan's models (core/domain/plan/). The catalog itself is reference data compiled into the
// program (resources/data/catalog/); the vault keeps only what officers record, keyed by the model
// NUMBER plus the catalog version it was recorded under, so a later catalog can replace the
// current one without losing progress.
std::vector<Migration> planSteps()
{
    return {
        {7,
         "plan catalog versions, model assignments, model progress",
         R"SQL(
-- Local: which catalog versions this vault has recorded progress under.
CREATE TABLE plan_catalog_versions (
    version      INTEGER PRIMARY KEY NOT NULL,
    loaded_at_ms INTEGER NOT NULL
);
-- Synced: who leads a model (chủ trì) and who cooperates (phối hợp). A new assignment is a new
-- row; the current one is the latest by assigned_on, then created_at_ms, then id.
CREATE TABLE plan_assignments (
    id                TEXT PRIMARY KEY NOT NULL,
    row_version       INTEGER NOT NULL DEFAULT 1,
    updated_hlc       INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0,
    created_at_ms     INTEGER NOT NULL,
    model_number      INTEGER NOT NULL CHECK (model_number > 0),
    lead_role         TEXT NOT NULL,             -- a role id of resources/data/roles.json
    lead_officer_name TEXT NOT NULL DEFAULT '',
    cooperating       TEXT NOT NULL DEFAULT '',  -- comma-separated role ids or officer names
    assigned_on       TEXT NOT NULL              -- yyyy-MM-dd
);
CREATE INDEX plan_assignments_model ON plan_assignments (model_number, assigned_on, created_at_ms);
-- Synced: dated progress updates, the full history of a model. The status a person sees is
-- derived from the latest row and the catalog deadline (core/domain/plan/model_status.h).
CREATE TABLE model_progress (
    id               TEXT PRIMARY KEY NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    updated_hlc      INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    created_at_ms    INTEGER NOT NULL,
    model_number     INTEGER NOT NULL CHECK (model_number > 0),
    catalog_version  INTEGER NOT NULL,
    reported_on      TEXT NOT NULL,              -- yyyy-MM-dd
    reported_by      TEXT NOT NULL DEFAULT '',   -- the profile's display name
    status           TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done','blocked')),
    kpi_values       TEXT NOT NULL DEFAULT '',   -- canonical "id=value;id=value", ids sorted
    narrative        TEXT NOT NULL DEFAULT '',
    problems         TEXT NOT NULL DEFAULT '',   -- khó khăn, vướng mắc
    evidence_file_id TEXT                        -- sealed_files.id (hex BLAKE2b-256 of the file);
                                                 -- no foreign key: the bytes may reach a replica later
);
CREATE INDEX model_progress_model ON model_progress (model_number, reported_on, created_at_ms);
CREATE INDEX model_progress_created ON model_progress (created_at_ms);
)SQL",
         {}},
    };
}

} // namespace xaso::storage::schema
