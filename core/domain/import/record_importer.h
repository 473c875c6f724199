#pragma once
// One import loop for every record kind: find the header (io::HeaderLocator), read the rows,
// let the kind's RowMapper turn each row into a record and validate it, and write inside one
// transaction. All or nothing by default: one bad row and nothing is written, with every bad row
// named (row number, column as headed in the file, reason). With skipInvalid the good rows are
// written and the bad ones reported. One audit row sums up the import; progress and cancel are
// checked between rows (a cancel rolls everything back).

#include "domain/changes/record_writer.h"
#include "domain/import/record_support.h"
#include "io/column_mapping.h"
#include "io/table_reader.h"
#include "reference/roles.h"

#include <functional>
#include <optional>

namespace xaso::domain {

struct ImportIssue
{
    int row = 0;    // row number in the file (0: not tied to one row)
    QString column; // the column as headed in the file, or the field's name
    QString reason;
    QString field; // the field id, when the mapper knows it (residents)
};

// A data row as the mapper sees it: cells looked up by field id.
class ImportRow
{
public:
    ImportRow(const io::TableRow& row, const io::ColumnMapping& mapping) : m_row(row), m_mapping(mapping) {}
    int rowNumber() const { return m_row.rowNumber; }
    QString value(const QString& fieldId) const { return m_mapping.value(m_row, fieldId); }
    bool has(const QString& fieldId) const { return m_mapping.isMapped(fieldId); }

private:
    const io::TableRow& m_row;
    const io::ColumnMapping& m_mapping;
};

// The per-kind half of an import.
class RowMapper
{
public:
    virtual ~RowMapper() = default;
    virtual QString kind() const = 0;  // roles.json kind: the profile needs Write on it
    virtual QString table() const = 0; // for the audit summary
    // Field ids are the table's column names, so validation issues map back to columns.
    virtual QList<io::FieldSpec> fieldSpecs() const = 0;

    // Called once before the first row of each import: drop anything kept from an earlier run.
    virtual void begin() {}
    // Parses and validates one row into the mapper's pending record; errors and warnings are keyed
    // by field id. Nothing is written.
    virtual Validation prepare(const ImportRow& row) = 0;
    // Writes the pending record (inside the import transaction, in a savepoint of its own). An
    // InvalidArgument or Conflict error is reported against the row; any other error stops the import.
    virtual Status write(RecordWriter& writer) = 0;
    // The field a refusal by write() is about (e.g. a number already in the register), for the report.
    virtual QString writeErrorField() const { return {}; }
    // True when write() only keeps the record and finish() writes it (rules spanning rows).
    virtual bool buffersRows() const { return false; }
    // After the last row, for rules spanning rows (e.g. the co-owners of one certificate): rows
    // refused here are added to `errors` (with their row numbers). A buffering mapper writes its
    // records here when `write` is true and returns how many it wrote.
    virtual Result<int> finish(RecordWriter& writer, bool write, QList<ImportIssue>& errors)
    {
        Q_UNUSED(writer);
        Q_UNUSED(write);
        Q_UNUSED(errors);
        return 0;
    }
};

struct ImportOptions
{
    bool skipInvalid = false;
    bool dryRun = false; // check and write every row, then roll back: the report, nothing written
    std::optional<io::ColumnMapping> mapping; // the officer's own mapping, instead of the located one
    std::function<void(qint64 done, qint64 total)> progress; // reader bytes; total 0 when unknown
    std::function<bool()> cancelled;                         // true → stop, roll back, ErrorCode::Cancelled
    int maxIssues = 1000; // issues kept in the report beyond this are counted only
};

struct ImportReport
{
    int headerRow = 0;
    int rowsRead = 0;
    int imported = 0; // records written (0 unless committed)
    int refused = 0;  // rows with errors
    bool committed = false;
    int issuesDropped = 0;
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
    // "Row 7, column “Ngày sinh”: …" lines for a person.
    QString summary() const;
};

class RecordImporter
{
public:
    RecordImporter(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_roles(roles) {}

    // Errors (not a report) for: no right, unreadable file, no header, missing required columns,
    // cancel, storage failure. Bad rows are in the report; without skipInvalid nothing is written.
    Result<ImportReport> run(const QString& path, RowMapper& mapper, const ImportOptions& options = {});
    Result<ImportReport> run(io::TableReader& reader, RowMapper& mapper, const ImportOptions& options = {});

private:
    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
};

} // namespace xaso::domain
