#pragma once
// The write path for residents, their households and checklists: the record through
// RecordWriter (outbox, versions, audit), the search tokens, the hamlet list and the dashboard
// counters, all inside the caller's transaction. The repositories use it one record at a time;
// ResidentImport and the demo generator use Mode::Bulk:
//
//     auto tx = storage::Transaction::begin(vault.db());
//     ResidentWriter writer(vault, ResidentWriter::Mode::Bulk);
//     for (const Resident& r : people) writer.addResident(r);      // validated beforehand
//     writer.finish(u"import"_s, u"10000 residents"_s);           // counters + one audit row
//     tx->commit();
//
// Bulk mode writes no audit row per record (one summary row in finish()), sums the counters in
// memory, keeps the clock in memory, and writes new residents' name index entries in sorted
// batches (NameIndexBatch): finish() writes what is still held, so call it before the commit. No
// role check and no validation here: callers do both (ResidentImport checks each ID is new
// before it adds the row; in bulk mode a taken ID is refused by the table's key).

#include "domain/changes/record_writer.h"
#include "domain/residents/hamlet_codes.h"
#include "domain/residents/household.h"
#include "domain/residents/name_index_batch.h"
#include "domain/residents/resident.h"
#include "domain/residents/resident_aggregates.h"

#include <QSet>

namespace xaso::domain {

class ResidentWriter
{
public:
    enum class Mode { PerRecord, Bulk };

    ResidentWriter(storage::Vault& vault, Mode mode);

    // createdAtMs is set from the clock; verification starts as given (normally unverified).
    // A record (also a deleted one) with the same ID → ErrorCode::Conflict naming the ID.
    Status addResident(Resident r);
    // Writes the fields that differ from `before` (the stored record). seenVersions: the field
    // versions the officer saw (column → version), to refuse an edit over someone else's.
    Status updateResident(const Resident& before, const Resident& after,
                          const QHash<QString, quint32>& seenVersions = {});
    Status removeResident(const Resident& stored); // tombstone

    // Fills h.id when empty.
    Result<QString> addHousehold(Household h);
    Status updateHousehold(const Household& before, const Household& after);
    Status removeHousehold(const Household& stored);

    // Inserts or updates the resident's checklist (the resident must exist).
    Status setChecklist(const DigitalChecklist& c);

    // Bulk mode: writes the summed counters and one audit row (table "residents"). Also safe to
    // call in per-record mode (writes the audit row only).
    Status finish(const QString& action, const QString& detail);

    qint64 residentsAdded() const { return m_added; }
    ResidentAggregates& counters() { return m_counters; }
    RecordWriter& records() { return m_writer; }

private:
    Status rememberHamlet(const QString& code);
    Status flushNames();

    storage::Vault& m_vault;
    Mode m_mode;
    RecordWriter m_writer;
    ResidentAggregates m_counters;
    HamletCodes m_hamlets;
    QSet<QString> m_hamletsSeen;
    residents::NameIndexBatch m_names; // bulk mode: new residents' entries, not yet written
    qint64 m_added = 0;
};

} // namespace xaso::domain
