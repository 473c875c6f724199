#pragma once
// The list of schema steps, one file per group of tables (schema_v1_vault.cpp, …).
// To change the schema, add a new step at the end of allSteps(); never edit a released one.

#include "storage/migrations.h"

namespace xaso::storage::schema {

std::vector<Migration> allSteps();

// Each file contributes its steps.
std::vector<Migration> vaultSteps();     // v1–v2: vault meta, profile, audit chain, settings
std::vector<Migration> changeLogSteps(); // v3: outbox change log, field versions, aggregates
std::vector<Migration> residentSteps();  // v4: residents, households, digital-citizen checklist
std::vector<Migration> welfareLabourSteps(); // v5: welfare beneficiaries, base levels, labour
std::vector<Migration> landCopySteps();  // v6: land users and house owners, certified copies, sealed files
std::vector<Migration> planSteps();      // v7: plan catalog versions, assignments, model progress
std::vector<Migration> syncSteps();      // v8: sync state: server, cursors, conflicts, peers
std::vector<Migration> derivedSteps();   // v9–v11: search tokens by resident; name search index; tokens dropped

} // namespace xaso::storage::schema
