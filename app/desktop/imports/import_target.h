#pragma once
// What the import wizard imports into, whatever the record kind: the fields it expects, and a run
// that either only checks (dry run: nothing is written) or writes in one transaction. Residents
// go through ResidentImport, the other kinds through RecordImporter with their RowMapper; each
// adapter lives in its own file, so this header includes neither.

#include "io/column_mapping.h"
#include "util/result.h"

#include <functional>

namespace xaso::desktop {

struct ImportRowIssue
{
    int row = 0;    // row number in the file (0: not tied to one row)
    QString column; // as headed in the file
    QString reason;
};

struct ImportOutcome
{
    qint64 rowsRead = 0;
    qint64 written = 0; // rows a real import writes (dry run) or wrote (commit)
    qint64 refused = 0; // rows with errors
    bool committed = false;
    QList<ImportRowIssue> errors;
    QList<ImportRowIssue> warnings;
};

class ImportTarget
{
public:
    // Called now and then with the reader's bytes done and total; returning false cancels (the
    // transaction is rolled back and run() answers ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    virtual ~ImportTarget() = default;
    virtual QString title() const = 0; // the kind as the officer calls it, e.g. "Residents"
    virtual QList<io::FieldSpec> fieldSpecs() const = 0;
    // Bad rows are an outcome, not an error: errors are for no right, an unreadable file, missing
    // required columns, cancel and storage failures. Without skipInvalid nothing is written when
    // any row is bad.
    virtual Result<ImportOutcome> run(const QString& path, const io::ColumnMapping& mapping, bool dryRun,
                                      bool skipInvalid, const Progress& progress) = 0;
};

// The problems of an import as a table (row, column, problem): XLSX when the path ends in .xlsx,
// else CSV (UTF-8 with BOM, for Excel).
Status writeIssueReport(const QString& path, const ImportOutcome& outcome);

} // namespace xaso::desktop
