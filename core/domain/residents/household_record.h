#pragma once
// How households and digital-citizen checklists map onto their tables (schema v4), and their
// writes through RecordWriter with the counters. Shared by the repositories and ResidentWriter.

#include "domain/changes/record_writer.h"
#include "domain/residents/household.h"
#include "domain/residents/resident_aggregates.h"

namespace xaso::domain::households {

// A new key: 32 lowercase hex characters, the first 12 the creation time in milliseconds and
// the other 20 random (80 bits). Keys made later sort later, so an import's new households and
// their residents' household_id entries are appended to their indexes, not spread over them.
QString newId(qint64 nowMs);

Result<std::optional<Household>> load(storage::Database& db, const QString& id);
QString selectColumns();
Household fromRow(const storage::Statement& st);

// Inside the caller's transaction. insert() fills h.id (when empty) and h.createdAtMs.
Status insert(RecordWriter& writer, ResidentAggregates& counters, Household& h, qint64 nowMs);
Status update(RecordWriter& writer, ResidentAggregates& counters, const Household& before,
              const Household& after);
Status remove(RecordWriter& writer, ResidentAggregates& counters, const Household& h);

} // namespace xaso::domain::households

namespace xaso::domain::checklists {

Result<std::optional<DigitalChecklist>> load(storage::Database& db, const QString& residentId);

// Inserts the row or updates the changed dates; `hamlet` is the resident's hamlet for the counters.
Status write(storage::Database& db, RecordWriter& writer, ResidentAggregates& counters,
             const DigitalChecklist& c, const QString& hamlet, qint64 nowMs);
Status remove(RecordWriter& writer, ResidentAggregates& counters, const DigitalChecklist& c,
              const QString& hamlet);

} // namespace xaso::domain::checklists
