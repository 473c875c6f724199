#pragma once
// The client's side of the per-table digest (protocol/digest.h): every (record, field) the sync
// state knows, with the value read from the record's actual row, so a matching digest proves the
// officer's table holds what the server holds.

#include "protocol/digest.h"

namespace xaso::sync {

Result<TableDigest> localTableDigest(storage::Database& db, const QString& table);

} // namespace xaso::sync
