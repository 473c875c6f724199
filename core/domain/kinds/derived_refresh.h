#pragma once
// What this device derives from the records, brought up to date after changes from other devices
// were applied by sync: a pulled resident's search tokens (at once, per change), and the dashboard
// counters (once per sync: a remote change can move several counters, and recounting from the
// rows is what a counter is checked against anyway).

#include "reference/roles.h"
#include "storage/vault.h"

namespace xaso::domain {

// For the sync applier's record-changed hook, inside its transaction.
Status refreshAfterRemoteChange(storage::Database& db, const QString& table, const QString& recordKey);

// Every record counter recounted from the rows (residents, households, checklists, welfare,
// labour, land, certified copies), one kind per transaction.
Status rebuildRecordCounters(storage::Vault& vault, const RoleCatalog& roles);

} // namespace xaso::domain
