#pragma once
// Làm sạch: comparing the residents with the commune police's extract of the national population
// database (a CSV or XLSX with the columns Số định danh cá nhân, Họ và tên, Ngày sinh, Giới tính;
// title rows above the header and an STT column are fine). Each resident becomes
//   verified   — the ID is in the extract and name (folded), birth date and sex agree;
//   mismatch   — the ID is there but some of them differ (the fields are listed);
//   not_found  — the ID is not in the extract.
// One transaction: the whole run is written or nothing. Records whose state does not change are
// not rewritten, so running the same extract twice changes nothing the second time.

#include "domain/residents/record_access.h"
#include "domain/residents/resident.h"
#include "io/column_mapping.h"

#include <functional>

namespace xaso::domain {

struct CleaningMismatch
{
    QString residentId;
    QString fullName;            // as recorded in the vault
    int referenceRow = 0;        // row number in the extract
    QStringList fields;          // columns that differ: full_name, birth_date, sex
    QStringList vaultValues;     // per field, as recorded
    QStringList referenceValues; // per field, as in the extract
};

struct CleaningRowError
{
    int row = 0;
    QString message;
};

struct CleaningSummary
{
    qint64 referenceRows = 0; // data rows read from the extract
    qint64 verified = 0;
    qint64 mismatched = 0;
    qint64 notFound = 0;      // residents whose ID the extract lacks
    qint64 referenceOnly = 0; // extract rows with no resident in the vault
    qint64 changed = 0;       // records whose verification state was rewritten
    QList<CleaningMismatch> mismatches;
    QList<CleaningRowError> rowErrors; // extract rows skipped (bad or repeated ID)
};

class Cleaning
{
public:
    struct Options
    {
        // Residents missing from the extract become not_found. Off for a partial extract (one hamlet).
        bool markMissingAsNotFound = true;
        // Called now and then with bytes read and total; returning false cancels (nothing is written).
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    Cleaning(storage::Vault& vault, const RoleCatalog& roles);

    Result<CleaningSummary> verifyAgainst(const QString& referencePath, const Options& options);
    Result<CleaningSummary> verifyAgainst(const QString& referencePath)
    {
        return verifyAgainst(referencePath, Options());
    }

    // A reviewer's decision after looking at a mismatch (or a record checked by hand): verified.
    Status markVerified(const QString& residentId);

    // The extract's columns, for HeaderLocator.
    static QList<io::FieldSpec> referenceSpecs();

private:
    storage::Vault& m_vault;
    RecordAccess m_access;
};

} // namespace xaso::domain
