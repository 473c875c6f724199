#pragma once
// Importing a resident list (CSV in any encoding the reader knows, or XLSX): the header is found
// under any title rows and matched by folded aliases (resident_columns.h), every row is validated
// like a form, and the rows are written in ONE transaction through ResidentWriter's bulk mode (no
// audit row per record; one "import" audit row with the count).
//
//  - All or nothing by default: any invalid row → nothing written, and every bad row reported.
//  - skipInvalid: the valid rows are committed, the bad ones reported.
//  - dryRun: everything is checked (duplicate IDs included) and then rolled back.
//  - The progress callback may cancel: the transaction is rolled back, the vault is unchanged.
// Rows after a "Chủ hộ" (head of household) row, with a relation filled in, become members of a
// household created for that head, when the role may write households (groupHouseholds).

#include "domain/import/record_importer.h"
#include "domain/residents/record_access.h"
#include "io/header_locator.h"

#include <functional>

namespace xaso::domain {

// ImportIssue (record_importer.h): row as a spreadsheet shows it, column as headed in the file,
// reason for a person, and the field id (ResidentValidator::fieldLabel).

struct ImportSummary
{
    qint64 rowsRead = 0; // data rows (blank rows not counted)
    qint64 inserted = 0; // residents written (0 unless committed)
    qint64 invalidRows = 0;
    qint64 validRows = 0; // rows that would be written (what a dry run reports)
    qint64 householdsCreated = 0;
    bool committed = false;
    int headerRow = 0;
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings; // e.g. the ID disagrees with the birth year; never block
};

class ResidentImport
{
public:
    struct Options
    {
        bool dryRun = false;
        bool skipInvalid = false;
        bool groupHouseholds = true;
        // Called every few hundred rows with bytes read, total bytes and rows read; false cancels.
        std::function<bool(qint64 done, qint64 total, qint64 rows)> progress;
    };

    ResidentImport(storage::Vault& vault, const RoleCatalog& roles);

    // The header row and how its columns map, for a preview before importing.
    Result<io::HeaderMatch> inspect(const QString& path);

    // On success the summary says what was written. Invalid rows without skipInvalid →
    // ErrorCode::InvalidArgument (nothing written; summary() and errors() list every bad row).
    // Cancelled → ErrorCode::Cancelled. A mapping, when given, replaces the one from the header
    // (the officer fixed a column by hand); the header row is still located in the file.
    Result<ImportSummary> run(const QString& path, const Options& options);
    Result<ImportSummary> run(const QString& path, const Options& options, const io::ColumnMapping& mapping);
    Result<ImportSummary> run(const QString& path) { return run(path, Options()); }

    const ImportSummary& summary() const { return m_summary; }
    const QList<ImportIssue>& errors() const { return m_summary.errors; }

    // The errors of the last run as a table (row, column, problem): XLSX when the path ends in
    // .xlsx, else CSV (UTF-8 with BOM, for Excel).
    Status writeErrorReport(const QString& path) const;

private:
    Result<ImportSummary> runWith(const QString& path, const Options& options,
                                  const io::ColumnMapping* mapping);

    storage::Vault& m_vault;
    RecordAccess m_access;
    ImportSummary m_summary;
};

} // namespace xaso::domain
