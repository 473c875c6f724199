#pragma once
// Numbered, forward-only schema migrations. Each runs in its own transaction together with the
// PRAGMA user_version bump, so a vault is always at exactly one version. The schema reference is
// docs/schema.md.

#include "storage/database.h"

#include <functional>
#include <vector>

namespace xaso::storage {

struct Migration
{
    int version = 0; // 1, 2, 3 … with no gaps
    const char* summary = "";
    const char* sql = ""; // one or more statements; may be empty when apply is set
    std::function<Status(Database&)> apply; // optional data step after sql, same transaction
};

// Every migration this build knows, in order. Append only: never edit a released one.
const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();

Result<int> schemaVersion(Database& db);
// Brings db from its current version up to target (default: latest). A vault whose version is
// newer than this build knows is refused before anything is written.
Status migrate(Database& db, int target = -1);

} // namespace xaso::storage
