#pragma once
// What the conflict review shows beyond the sync library's ConflictInfo: the value the field had
// before the competing edits (the base), as far as this device wrote it, and a readable name for
// the record. Read-only queries on the officer's vault; no protocol logic.

#include "client/conflict_service.h"

#include <optional>

namespace xaso::desktop {

// The field's value in this device's last own change before its competing edit (before any of
// them when this device has no candidate). nullopt when this device never wrote the field: the base
// then came from another device and is not kept locally.
std::optional<QVariant> conflictBaseValue(storage::Database& db, const sync::ConflictInfo& conflict);

// "Nguyễn Thị Lan (040190001234)" for a resident; the record key otherwise.
QString conflictRecordText(storage::Database& db, const sync::ConflictInfo& conflict);

} // namespace xaso::desktop
