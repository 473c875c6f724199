#pragma once
// The list of schema steps, one file per group of tables (schema_v1_vault.cpp, …).
// To change the schema, add a new step at the end of allSteps(); never edit a released one.

#include "storage/migrations.h"

namespace xaso::storage::schema {

std::vector<Migration> allSteps();

// Each file contributes its steps.
std::vector<Migration> vaultSteps(); // v1–v2: vault meta, profile, audit chain, settings

} // namespace xaso::storage::schema
